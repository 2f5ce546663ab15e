#include "cli/review_command.h"

#include <fmt/format.h>

#include <cstdio>

#include "base/figures_text.h"
#include "cli/as_of_option.h"
#include "cli/diagnostics_style.h"
#include "cli/exit_code.h"
#include "cli/progress_line.h"
#include "cli/usage_error.h"
#include "plan/review_pipeline.h"
#include "report/diagnostics_writers.h"
#include "report/text_table.h"

namespace appmix::cli {

int run_review_command(const ReviewRequest& request, const BeforeSolve& before_solve,
                       const WithReview& with_review) {
  const OutputOptions& output = *request.output;
  const analysis::CheckedInventory checked = analysis::check_inventory(request.path, request.as_of);
  base::Diagnostics shown;
  for (const base::Diagnostic& diagnostic : checked.diagnostics) {
    if (diagnostic.rule.rfind("policy-", 0) != 0)
      shown.push_back(diagnostic);
  }
  if (!shown.empty() && (!output.quiet || base::has_errors(shown)))
    std::fputs(report::write_diagnostics_text(
                   shown, text_style_for_stderr(output, report::source_texts(checked.sources)))
                   .c_str(),
               stderr);
  if (checked.unreadable)
    return kIo;
  if (!checked.inventory)
    return kFindings;
  std::vector<std::string> inputs = checked.input_files();
  inputs.push_back(request.path);
  if (const std::optional<int> code = before_solve(inputs))
    return *code;

  const inventory::Inventory& inventory = *checked.inventory;
  plan::ReviewSettings settings;
  settings.objective = request.objective;
  settings.solve = solve_options(request.solver);
  settings.forced = request.forced;
  settings.as_of = request.as_of;
  settings.frontier = request.frontier;
  settings.margins = request.margins;
  plan::ReviewRun run;
  {
    ProgressLine progress(output.quiet);
    if (progress.enabled()) {
      const int exponent = inventory.currency_exponent;
      const bool money = settings.objective == optimise::ObjectiveKind::cost;
      settings.on_progress = [&progress, &inventory, exponent,
                              money](const optimise::SearchProgress& p) {
        const auto value = [&](std::int64_t v) {
          return money ? base::money_text(v, exponent) + " " + inventory.currency
                       : base::with_thousands(v) + " apps";
        };
        progress.update(fmt::format("  searching: best {}, bound {}, {} nodes, {:.1f} s",
                                    value(p.incumbent), value(p.bound),
                                    base::with_thousands(p.nodes), p.seconds));
      };
    }
    run = plan::review_inventory(inventory, settings);
  }
  if (!run.forced_errors.empty()) {
    for (const std::string& error : run.forced_errors)
      print_error(error);
    return kUsage;
  }
  return with_review(checked, *run.review);
}

ReviewRequest ReviewArguments::request(const OutputOptions& output) const {
  ReviewRequest request;
  request.path = path;
  request.objective =
      objective == "apps" ? optimise::ObjectiveKind::apps : optimise::ObjectiveKind::cost;
  request.solver = solver;
  request.forced = forced;
  request.as_of = as_of_request(as_of);
  request.output = &output;
  return request;
}

void add_review_arguments(CLI::App& command, ReviewArguments& arguments) {
  command.add_option("PATH", arguments.path, "inventory file or directory; - reads stdin")
      ->required();
  // "money" is how people say cost; the suggestion saves a trip to --help.
  command
      .add_option("--objective", arguments.objective, "what to minimise: cost|apps (default cost)")
      ->check(one_of({"cost", "apps"}, {{"money", "cost"}, {"price", "cost"}, {"count", "apps"}}))
      ->option_text("WHAT");
  add_solver_options(command, arguments.solver);
  add_as_of_option(command, arguments.as_of);
  arguments.keep_option =
      command.add_option("--keep", arguments.keep, "force an app kept or a candidate added");
  arguments.retire_option = command.add_option("--retire", arguments.retire,
                                               "force an app retired or a candidate left out");
}

void collect_forced(const CLI::App& command, ReviewArguments& arguments) {
  std::size_t next_keep = 0, next_retire = 0;
  for (const CLI::Option* option : command.parse_order()) {
    if (option == arguments.keep_option && next_keep < arguments.keep.size())
      arguments.forced.push_back({arguments.keep[next_keep++], model::Decision::keep});
    else if (option == arguments.retire_option && next_retire < arguments.retire.size())
      arguments.forced.push_back({arguments.retire[next_retire++], model::Decision::drop});
  }
}

}  // namespace appmix::cli
