// appmix recommend PATH: the proven least-cost (or fewest-apps) mix of apps
// that still serves every business unit, with its consolidation plan. An
// invalid inventory gets check's diagnostics on stderr and check's exit code,
// and nothing is written. Gaps and policy breaches of the mix are findings
// inside the result (exit 0) unless --fail-on asks for exit 1.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>

#include "analysis/checked_inventory.h"
#include "base/atomic_output.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/format_table.h"
#include "cli/output_options.h"
#include "cli/review_command.h"
#include "cli/solver_options.h"
#include "cli/usage_error.h"
#include "optimise/lp_model.h"
#include "optimise/recommend.h"
#include "plan/review.h"
#include "report/provenance.h"
#include "report/recommend_writers.h"

namespace appmix::cli {
namespace {

struct RecommendArguments {
  ReviewArguments review;
  std::vector<std::string> fail_on;
  std::string emit_model;
  bool frontier = false;
  bool margins = false;
  OutputOptions output;
};

using RecommendWriter = std::function<std::string(const RecommendArguments&, const plan::Review&,
                                                  const analysis::CheckedInventory&)>;

const FormatTable<RecommendWriter>& recommend_formats() {
  static const FormatTable<RecommendWriter> formats = {
      {"text",
       [](const RecommendArguments& arguments, const plan::Review& review,
          const analysis::CheckedInventory&) {
         return report::write_recommend_text(review, use_color(arguments.output));
       }},
      {"json",
       [](const RecommendArguments&, const plan::Review& review,
          const analysis::CheckedInventory& checked) {
         report::Provenance provenance{APPMIX_VERSION, {}};
         report::add_inputs(provenance, checked.sources);
         return report::write_recommend_json(review, provenance);
       }},
      {"markdown",
       [](const RecommendArguments&, const plan::Review& review,
          const analysis::CheckedInventory&) { return report::write_recommend_markdown(review); }},
      {"csv",
       [](const RecommendArguments&, const plan::Review& review,
          const analysis::CheckedInventory&) { return report::write_recommend_csv(review); }},
  };
  return formats;
}

bool breaches_policy(const plan::Review& review) {
  return std::any_of(review.policies.begin(), review.policies.end(),
                     [](const plan::PolicyOutcome& outcome) { return !outcome.met_after(); });
}

int run_recommend(const RecommendArguments& arguments) {
  ReviewRequest request = arguments.review.request(arguments.output);
  request.frontier = arguments.frontier;
  request.margins = arguments.margins;
  if (arguments.margins && request.objective == optimise::ObjectiveKind::apps)
    return usage_error(
        "--margins prices each decision in money, which --objective apps does not minimise; "
        "use it with --objective cost");
  const auto before_solve = [&](const std::vector<std::string>& inputs) -> std::optional<int> {
    if (auto conflict = output_conflict(arguments.output, inputs))
      return usage_error(*conflict);
    if (arguments.emit_model.empty())
      return std::nullopt;
    OutputOptions model_file;
    model_file.output = arguments.emit_model;
    if (auto conflict = output_conflict(model_file, inputs))
      return usage_error("--emit-model: " + *conflict);
    if (!writes_to_stdout(arguments.output) &&
        std::filesystem::weakly_canonical(arguments.emit_model) ==
            std::filesystem::weakly_canonical(arguments.output.output)) {
      return usage_error("-o and --emit-model name the same file; give each its own");
    }
    return std::nullopt;
  };
  const auto with_review = [&](const analysis::CheckedInventory& checked,
                               const plan::Review& review) {
    const model::PortfolioModel& model = *review.model;
    int code = kSuccess;
    if (!arguments.emit_model.empty()) {
      const optimise::Objective objective = optimise::make_objective(model, request.objective);
      const std::optional<int> cap = request.objective == optimise::ObjectiveKind::apps
                                         ? std::optional<int>(review.recommendation.apps_after)
                                         : std::nullopt;
      std::string error;
      if (!base::write_file_atomically(arguments.emit_model,
                                       optimise::write_lp_model(model, objective, cap), error)) {
        print_error(error);
        code = kIo;
      }
    }
    code = worst(code, emit(arguments.output, recommend_formats()[chosen_format(arguments.output)](
                                                  arguments, review, checked)));
    const bool gaps = !model.gaps.empty();
    for (const std::string& gate : arguments.fail_on) {
      if ((gate == "gaps" && gaps) || (gate == "policy" && breaches_policy(review)))
        code = worst(code, kFindings);
    }
    return code;
  };
  return run_review_command(request, before_solve, with_review);
}

}  // namespace

Runner define_recommend(CLI::App& command) {
  auto arguments = std::make_shared<RecommendArguments>();
  arguments->output.formats = recommend_formats().names();
  add_review_arguments(command, arguments->review);
  command
      .add_option("--fail-on", arguments->fail_on,
                  "exit 1 on gaps and/or policy breaches (comma-separated): gaps|policy")
      ->delimiter(',')
      ->check(one_of({"gaps", "policy"}))
      ->option_text("WHAT,...");
  command
      .add_option("--emit-model", arguments->emit_model,
                  "write the model in CPLEX LP format to FILE")
      ->option_text("FILE");
  command.add_flag("--frontier", arguments->frontier,
                   "add the cost-apps frontier: the least cost of a mix of at most k apps, from "
                   "the fewest apps possible to the least-cost mix");
  command.add_flag("--margins", arguments->margins,
                   "add the price of the opposite decision for each product the optimisation "
                   "decided (--objective cost)");
  add_output_options(command, arguments->output);
  return [arguments, &command] {
    collect_forced(command, arguments->review);
    return run_recommend(*arguments);
  };
}

}  // namespace appmix::cli
