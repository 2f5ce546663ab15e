// appmix recommend PATH: the proven least-cost (or fewest-apps) mix of apps
// that still serves every business unit, with its consolidation plan. An
// invalid inventory gets check's diagnostics on stderr and check's exit code,
// and nothing is written. Gaps and policy breaches of the mix are findings
// inside the result (exit 0) unless --fail-on asks for exit 1.
#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <sstream>

#include "analysis/checked_inventory.h"
#include "base/atomic_output.h"
#include "cli/commands.h"
#include "cli/diagnostics_style.h"
#include "cli/exit_code.h"
#include "cli/output_options.h"
#include "cli/progress_line.h"
#include "cli/solver_options.h"
#include "cli/usage_error.h"
#include "model/forced_decisions.h"
#include "optimise/lp_model.h"
#include "optimise/recommend.h"
#include "plan/review.h"
#include "report/diagnostics_writers.h"
#include "report/provenance.h"
#include "report/recommend_writers.h"
#include "report/text_table.h"

namespace appmix::cli {
namespace {

struct RecommendArguments {
  std::string path;
  std::string objective = "cost";
  SolverOptions solver;
  std::vector<std::string> fail_on;
  std::vector<std::string> keep;
  std::vector<std::string> retire;
  std::string emit_model;
  OutputOptions output;
  std::vector<model::ForcedRequest> forced;  // --keep / --retire in the order given
};

std::string render(const RecommendArguments& arguments, const std::string& format,
                   const plan::Review& review, const analysis::CheckedInventory& checked) {
  if (format == "json") {
    report::Provenance provenance{APPMIX_VERSION, {}};
    report::add_inputs(provenance, checked.sources);
    return report::write_recommend_json(review, provenance);
  }
  if (format == "markdown")
    return report::write_recommend_markdown(review);
  if (format == "csv")
    return report::write_recommend_csv(review);
  return report::write_recommend_text(review, use_color(arguments.output));
}

bool breaches_policy(const plan::Review& review) {
  for (const plan::PolicyOutcome& outcome : review.policies) {
    const bool counted = outcome.policy == "max_providers";
    if (counted ? static_cast<int>(outcome.after.size()) > outcome.limit : !outcome.after.empty())
      return true;
  }
  return false;
}

int run_recommend(const RecommendArguments& arguments) {
  const analysis::CheckedInventory checked = analysis::check_inventory(arguments.path);
  // Loader findings go to stderr; policy findings are part of the result.
  base::Diagnostics shown;
  for (const base::Diagnostic& diagnostic : checked.diagnostics) {
    if (diagnostic.rule.rfind("policy-", 0) != 0)
      shown.push_back(diagnostic);
  }
  if (!shown.empty() && (!arguments.output.quiet || base::has_errors(shown)))
    std::fputs(
        report::write_diagnostics_text(
            shown, text_style_for_stderr(arguments.output, report::source_texts(checked.sources)))
            .c_str(),
        stderr);
  if (checked.unreadable)
    return kIo;
  if (!checked.inventory)
    return kFindings;
  std::vector<std::string> inputs = checked.input_files();
  inputs.push_back(arguments.path);
  if (auto conflict = output_conflict(arguments.output, inputs))
    return usage_error(*conflict);
  if (!arguments.emit_model.empty()) {
    OutputOptions model_file;
    model_file.output = arguments.emit_model;
    if (auto conflict = output_conflict(model_file, inputs))
      return usage_error("--emit-model: " + *conflict);
    if (!writes_to_stdout(arguments.output) &&
        std::filesystem::weakly_canonical(arguments.emit_model) ==
            std::filesystem::weakly_canonical(arguments.output.output)) {
      return usage_error("-o and --emit-model name the same file; give each its own");
    }
  }
  const inventory::Inventory& inventory = *checked.inventory;
  const model::ForcedResolution forced =
      model::resolve_forced(model::build_model(inventory), arguments.forced);
  if (!forced.errors.empty()) {
    for (const std::string& error : forced.errors)
      print_error(error);
    return kUsage;
  }
  const model::PortfolioModel model = model::build_model(inventory, forced.decisions);
  optimise::RecommendOptions options;
  options.objective =
      arguments.objective == "apps" ? optimise::ObjectiveKind::apps : optimise::ObjectiveKind::cost;
  options.solve = solve_options(arguments.solver);
  std::vector<optimise::WhatIf> what_if;
  for (const auto& [product, decision] : forced.in_order)
    what_if.push_back({product, decision});
  std::optional<plan::Review> computed;
  {
    ProgressLine progress(arguments.output.quiet);
    if (progress.enabled()) {
      const int exponent = inventory.currency_exponent;
      const bool money = options.objective == optimise::ObjectiveKind::cost;
      options.on_progress = [&progress, &inventory, exponent,
                             money](const optimise::SearchProgress& p) {
        const auto value = [&](std::int64_t v) {
          return money ? report::money_text(v, exponent) + " " + inventory.currency
                       : report::with_thousands(v) + " apps";
        };
        progress.update(fmt::format("  searching: best {}, bound {}, {} nodes, {:.1f} s",
                                    value(p.incumbent), value(p.bound),
                                    report::with_thousands(p.nodes), p.seconds));
      };
    }
    computed.emplace(plan::make_review(model, optimise::recommend(model, what_if, options)));
  }
  const plan::Review& review = *computed;

  int code = kSuccess;
  if (!arguments.emit_model.empty()) {
    const optimise::Objective objective = optimise::make_objective(model, options.objective);
    const std::optional<int> cap = options.objective == optimise::ObjectiveKind::apps
                                       ? std::optional<int>(review.recommendation.apps_after)
                                       : std::nullopt;
    std::string error;
    if (!base::write_file_atomically(arguments.emit_model,
                                     optimise::write_lp_model(model, objective, cap), error)) {
      print_error(error);
      code = kIo;
    }
  }
  code = worst(code, emit(arguments.output,
                          render(arguments, chosen_format(arguments.output), review, checked)));
  const bool gaps = !model.gaps.empty();
  for (const std::string& gate : arguments.fail_on) {
    if ((gate == "gaps" && gaps) || (gate == "policy" && breaches_policy(review)))
      code = worst(code, kFindings);
  }
  return code;
}

}  // namespace

Runner define_recommend(CLI::App& command) {
  auto arguments = std::make_shared<RecommendArguments>();
  arguments->output.formats = {"text", "json", "markdown", "csv"};
  command.add_option("PATH", arguments->path, "inventory file or directory; - reads stdin")
      ->required();
  command.add_option("--objective", arguments->objective, "cost (default) or apps")
      ->check(CLI::IsMember({"cost", "apps"}));
  add_solver_options(command, arguments->solver);
  command.add_option("--fail-on", arguments->fail_on, "exit 1 on gaps and/or policy breaches")
      ->delimiter(',')
      ->check(CLI::IsMember({"gaps", "policy"}));
  CLI::Option* keep =
      command.add_option("--keep", arguments->keep, "force an app kept or a candidate added");
  CLI::Option* retire = command.add_option("--retire", arguments->retire,
                                           "force an app retired or a candidate left out");
  command
      .add_option("--emit-model", arguments->emit_model,
                  "write the model in CPLEX LP format to FILE")
      ->option_text("FILE");
  add_output_options(command, arguments->output);
  return [arguments, &command, keep, retire] {
    // cli.md: `forced` lists the decisions in the order given, across both options.
    std::size_t next_keep = 0, next_retire = 0;
    for (const CLI::Option* option : command.parse_order()) {
      if (option == keep && next_keep < arguments->keep.size())
        arguments->forced.push_back({arguments->keep[next_keep++], model::Decision::keep});
      else if (option == retire && next_retire < arguments->retire.size())
        arguments->forced.push_back({arguments->retire[next_retire++], model::Decision::drop});
    }
    return run_recommend(*arguments);
  };
}

}  // namespace appmix::cli
