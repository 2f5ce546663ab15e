// GitHub Actions form of `appmix diff`: each new finding as an annotation
// (the same commands `check --format github` writes), one notice with the
// money and the counts, and an error for each tripped gate.
#include <fmt/format.h>

#include "base/figures_text.h"
#include "report/diagnostics_writers.h"
#include "report/diff_writers.h"
#include "report/escape.h"
#include "report/text_table.h"

namespace appmix::report {

std::string write_diff_github(const DiffReport& report) {
  const compare::InventoryDiff& diff = report.diff;
  std::string out = write_diagnostics_github(diff.new_findings);
  const compare::SideFigures& a = diff.before;
  const compare::SideFigures& b = diff.after;
  std::string summary;
  if (diff.compared) {
    summary = fmt::format(
        "cost today {} -> {} {}; recommended {} -> {} {}; apps +{} -{} ~{}; overlaps +{} -{}; "
        "recommendation changes {}; findings new {}, fixed {}",
        base::money_text(a.cost_today, a.currency_exponent),
        base::money_text(b.cost_today, b.currency_exponent), b.currency,
        base::money_text(a.cost_after, a.currency_exponent),
        base::money_text(b.cost_after, b.currency_exponent), b.currency, diff.apps_added.size(),
        diff.apps_removed.size(), diff.changed.size(), diff.overlaps_added.size(),
        diff.overlaps_removed.size(), diff.decisions.size(), diff.new_findings.size(),
        diff.fixed_findings.size());
  } else {
    summary = fmt::format("{} has errors: findings new {}, fixed {}", !b.valid ? "NEW" : "OLD",
                          diff.new_findings.size(), diff.fixed_findings.size());
  }
  out += "::notice title=appmix diff::" + github_message(summary) + "\n";
  for (const compare::GateOutcome& gate : report.gates) {
    if (gate.tripped)
      out += fmt::format("::error title=appmix diff --fail-on {}::{}\n", gate.gate,
                         github_message(gate.reason));
  }
  return out;
}

}  // namespace appmix::report
