// The command-line side of the review pipeline that `recommend` and `report`
// share: check the inventory PATH (its loader findings on stderr, exit as
// check), then run plan/review_pipeline.h with progress on a terminal, and
// turn mistakes in --keep / --retire into usage errors. Each command then
// writes the review its own way; neither repeats a step of the other.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analysis/checked_inventory.h"
#include "cli/output_options.h"
#include "cli/solver_options.h"
#include "model/forced_decisions.h"
#include "optimise/objective.h"
#include "plan/review.h"

namespace appmix::cli {

struct ReviewRequest {
  std::string path;
  optimise::ObjectiveKind objective = optimise::ObjectiveKind::cost;
  SolverOptions solver;
  std::vector<model::ForcedRequest> forced;  // in the order given
  model::AsOfRequest as_of;                  // --as-of and today's date
  const OutputOptions* output = nullptr;     // for --quiet, colour and -o checks
  bool frontier = false;                     // --frontier (report: always)
  bool margins = false;                      // --margins (report: always, by cost)
};

// Called once the inventory is valid and before solving, with the files it
// read: a usage error (-o naming an input, ...) returns its exit code.
using BeforeSolve = std::function<std::optional<int>(const std::vector<std::string>& inputs)>;
// Called with the review; returns the command's exit code.
using WithReview =
    std::function<int(const analysis::CheckedInventory& checked, const plan::Review& review)>;

// Policy findings are part of the review, so only the loader's findings are
// printed here (errors always, the rest unless --quiet).
int run_review_command(const ReviewRequest& request, const BeforeSolve& before_solve,
                       const WithReview& with_review);

// The arguments `recommend` and `report` share: PATH, --objective, the
// solver options, --keep and --retire.
struct ReviewArguments {
  std::string path;
  std::string objective = "cost";
  SolverOptions solver;
  std::vector<std::string> keep;
  std::vector<std::string> retire;
  std::optional<base::CivilDate> as_of;
  CLI::Option* keep_option = nullptr;
  CLI::Option* retire_option = nullptr;
  std::vector<model::ForcedRequest> forced;  // filled by collect_forced

  ReviewRequest request(const OutputOptions& output) const;
};

// Adds them to `command`; `arguments` must outlive parsing.
void add_review_arguments(CLI::App& command, ReviewArguments& arguments);

// After parsing: --keep and --retire in the order they were given across
// both options (cli.md: `forced` lists the decisions in that order).
void collect_forced(const CLI::App& command, ReviewArguments& arguments);

}  // namespace appmix::cli
