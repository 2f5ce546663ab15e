// appmix diff OLD NEW: what a change to an inventory does (docs/diff.md).
// OLD and NEW are files, directories or REV:PATH (read from git). An
// unreadable side (a bad revision included) gets its io-error on stderr and
// exit 3, and no result. Otherwise the result is written; exit 1 when NEW
// has errors or a --fail-on gate trips (each tripped gate is named on
// stderr), else 0.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

#include "analysis/checked_inventory.h"
#include "cli/as_of_option.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/format_table.h"
#include "cli/output_options.h"
#include "cli/solver_options.h"
#include "cli/usage_error.h"
#include "compare/inventory_diff.h"
#include "inventory/git_source.h"
#include "report/diagnostics_writers.h"
#include "report/diff_writers.h"
#include "setcover/parallel.h"

namespace appmix::cli {
namespace {

struct DiffArguments {
  std::string old_path;
  std::string new_path;
  std::vector<std::string> fail_on;
  SolverOptions solver;
  OutputOptions output;
  std::optional<base::CivilDate> as_of;
};

analysis::CheckedInventory load_side(const std::string& argument, const model::AsOfRequest& as_of) {
  if (inventory::names_git_revision(argument))
    return analysis::check_inventory_sources(inventory::git_sources(argument), as_of);
  return analysis::check_inventory(argument, as_of);
}

bool has_rule(const base::Diagnostics& diagnostics, std::string_view rule) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [&](const base::Diagnostic& d) { return d.rule == rule; });
}

// Policies run only on an inventory without errors, so a side with errors
// has no policy findings: they are neither fixed (NEW broken) nor new (OLD
// broken), just not evaluated. Drops them before the gates count findings;
// the writers say the policies were not evaluated.
void drop_unevaluated_policy_findings(compare::InventoryDiff& diff) {
  const auto drop_policies = [](base::Diagnostics& findings) {
    std::erase_if(findings,
                  [](const base::Diagnostic& d) { return d.rule.starts_with("policy-"); });
  };
  if (!diff.after.valid)
    drop_policies(diff.fixed_findings);
  if (!diff.before.valid)
    drop_policies(diff.new_findings);
}

using DiffWriter = std::function<std::string(const report::DiffReport&, bool color)>;

const FormatTable<DiffWriter>& diff_formats() {
  static const FormatTable<DiffWriter> formats = {
      {"text", report::write_diff_text},
      {"json",
       [](const report::DiffReport& report, bool) { return report::write_diff_json(report); }},
      {"markdown",
       [](const report::DiffReport& report, bool) { return report::write_diff_markdown(report); }},
      {"github",
       [](const report::DiffReport& report, bool) { return report::write_diff_github(report); }},
  };
  return formats;
}

int run_diff(const DiffArguments& arguments) {
  if (arguments.old_path == "-" && arguments.new_path == "-")
    return usage_error("'-' (standard input) may be given only once");
  analysis::CheckedInventory sides[2];
  const model::AsOfRequest as_of = as_of_request(arguments.as_of);
  setcover::run_workers(2, [&](int side) {
    sides[side] = load_side(side == 0 ? arguments.old_path : arguments.new_path, as_of);
  });
  if (sides[0].unreadable || sides[1].unreadable) {
    base::Diagnostics problems;
    for (const analysis::CheckedInventory& side : sides) {
      if (side.unreadable) {
        for (const base::Diagnostic& d : side.diagnostics) {
          if (d.rule == "io-error")
            problems.push_back(d);
        }
      }
    }
    std::fputs(
        report::write_diagnostics_text(problems, use_color_on_stderr(arguments.output)).c_str(),
        stderr);
    return kIo;
  }
  std::vector<std::string> inputs = sides[0].input_files();
  for (std::string& file : sides[1].input_files())
    inputs.push_back(std::move(file));
  inputs.push_back(arguments.old_path);
  inputs.push_back(arguments.new_path);
  if (auto conflict = output_conflict(arguments.output, inputs))
    return usage_error(*conflict);

  const std::string format = chosen_format(arguments.output);
  report::DiffReport report;
  report.old_label = arguments.old_path;
  report.new_label = arguments.new_path;
  report.provenance.version = APPMIX_VERSION;
  if (format == "json") {
    report::add_inputs(report.provenance, sides[0].sources);
    report::add_inputs(report.provenance, sides[1].sources);
  }
  report.diff =
      compare::diff_inventories(sides[0], sides[1], solve_options(arguments.solver), as_of);
  drop_unevaluated_policy_findings(report.diff);
  report.gates = compare::evaluate_gates(report.diff, arguments.fail_on);

  int code = emit(arguments.output, diff_formats()[format](report, use_color(arguments.output)));
  if (!report.diff.after.valid) {
    std::fputs(
        "appmix diff: NEW has errors (see the new findings; `appmix check` lists them all)\n",
        stderr);
    code = worst(code, kFindings);
  }
  // A side with no inventory file at all is a wrong path (REV:PATH spelled
  // for another folder, say), not a state to compare with: every gate would
  // pass by accident.
  for (int side = 0; side < 2; ++side) {
    if (has_rule(sides[side].diagnostics, "no-inventory-files")) {
      std::fprintf(stderr, "appmix diff: %s '%s' holds no inventory file: nothing to compare\n",
                   side == 0 ? "OLD" : "NEW",
                   (side == 0 ? arguments.old_path : arguments.new_path).c_str());
      code = worst(code, kFindings);
    }
  }
  for (const compare::GateOutcome& gate : report.gates) {
    if (gate.tripped) {
      std::fprintf(stderr, "appmix diff: --fail-on %s tripped: %s\n", gate.gate.c_str(),
                   gate.reason.c_str());
      code = worst(code, kFindings);
    } else if (!report.diff.compared &&
               (gate.gate == "cost-increase" || gate.gate == "overlap-increase")) {
      std::fprintf(stderr, "appmix diff: --fail-on %s not evaluated: %s\n", gate.gate.c_str(),
                   gate.reason.c_str());
    }
  }
  return code;
}

}  // namespace

Runner define_diff(CLI::App& command) {
  auto arguments = std::make_shared<DiffArguments>();
  arguments->output.formats = diff_formats().names();
  command.add_option("OLD", arguments->old_path, "inventory before: file, directory or REV:PATH")
      ->required();
  command.add_option("NEW", arguments->new_path, "inventory after: file, directory or REV:PATH")
      ->required();
  command
      .add_option("--fail-on", arguments->fail_on,
                  "exit 1 when one of these gates trips (comma-separated): "
                  "new-errors|new-warnings|cost-increase|overlap-increase")
      ->delimiter(',')
      ->check(one_of({"new-errors", "new-warnings", "cost-increase", "overlap-increase"}))
      ->option_text("GATE,...");
  add_solver_options(command, arguments->solver);
  add_as_of_option(command, arguments->as_of);
  add_output_options(command, arguments->output);
  return [arguments] { return run_diff(*arguments); };
}

}  // namespace appmix::cli
