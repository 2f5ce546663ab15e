// Text form of `appmix diff`: the money first (cost today and recommended,
// before -> after), then what changed, section by section (empty sections
// are left out), then the gates of --fail-on.
#include <fmt/format.h>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/diagnostics_writers.h"
#include "report/diff_writers.h"
#include "report/escape.h"
#include "report/text_table.h"

namespace appmix::report {

std::string_view broken_sides(const compare::SideFigures& before,
                              const compare::SideFigures& after) {
  return !before.valid && !after.valid ? "OLD and NEW" : !after.valid ? "NEW" : "OLD";
}

namespace {

void list_section(std::string& out, const char* title, const std::vector<std::string>& ids) {
  if (ids.empty())
    return;
  out += fmt::format("\n{} ({}):\n", title, ids.size());
  for (const std::string& id : ids)
    out += "  " + terminal_text(id) + "\n";
}

std::string shown_value(const std::string& value) {
  return value.empty() ? "(none)" : terminal_text(value);
}

}  // namespace

std::string write_diff_text(const DiffReport& report, bool color) {
  const compare::InventoryDiff& diff = report.diff;
  const compare::SideFigures& a = diff.before;
  const compare::SideFigures& b = diff.after;
  std::string out = fmt::format("appmix diff {} -> {}\n", terminal_text(report.old_label),
                                terminal_text(report.new_label));
  if (!diff.compared) {
    out += fmt::format(
        "\n{} has errors: only findings are compared, and its policies were not evaluated "
        "(policy findings are neither new nor fixed).\n",
        broken_sides(a, b));
  } else {
    TextTable table(
        {{""}, {"before", Align::right}, {"after", Align::right}, {"change", Align::right}});
    const bool same_currency = a.currency == b.currency;
    const auto money_row = [&](const char* label, std::int64_t before, std::int64_t after) {
      table.add_row(
          {label, base::money_text(before, a.currency_exponent) + " " + terminal_text(a.currency),
           base::money_text(after, b.currency_exponent) + " " + terminal_text(b.currency),
           same_currency ? base::signed_money_text(after - before, b.currency_exponent) : ""});
    };
    money_row("cost today", a.cost_today, b.cost_today);
    money_row("recommended cost", a.cost_after, b.cost_after);
    const auto count_row = [&](const char* label, long long before, long long after) {
      const long long change = after - before;
      table.add_row({label, base::with_thousands(before), base::with_thousands(after),
                     (change > 0 ? "+" : "") + base::with_thousands(change)});
    };
    count_row("apps today", a.apps_today, b.apps_today);
    count_row("apps recommended", a.apps_after, b.apps_after);
    count_row("overlapping pairs", static_cast<long long>(a.overlap_pairs),
              static_cast<long long>(b.overlap_pairs));
    count_row("integrations to build", static_cast<long long>(a.integrations),
              static_cast<long long>(b.integrations));
    out += "\n" + table.render();
    out += fmt::format("  both sides' money counted from {} ({})\n",
                       base::iso_date(diff.review.date), model::words_for(diff.review.source));
    if (!a.optimal || !b.optimal)
      out += "  (a recommendation was cut short by --time-limit: not proven least)\n";

    list_section(out, "apps added", diff.apps_added);
    list_section(out, "apps removed", diff.apps_removed);
    list_section(out, "candidates added", diff.candidates_added);
    list_section(out, "candidates removed", diff.candidates_removed);
    if (!diff.changed.empty()) {
      out += fmt::format("\nchanged ({}):\n", diff.changed.size());
      for (const compare::ProductChange& change : diff.changed) {
        out += fmt::format("  {}{}\n", terminal_text(change.id),
                           change.candidate ? " (candidate)" : "");
        for (const compare::FieldChange& field : change.fields)
          out += fmt::format("    {}: {} -> {}\n", field.field, shown_value(field.before),
                             shown_value(field.after));
      }
    }
    list_section(out, "capabilities added", diff.capabilities_added);
    list_section(out, "capabilities removed", diff.capabilities_removed);
    const auto pairs = [&](const char* title, const std::vector<compare::AppPairIds>& list) {
      if (list.empty())
        return;
      out += fmt::format("\n{} ({}):\n", title, list.size());
      for (const auto& [first, second] : list)
        out += fmt::format("  {} + {}\n", terminal_text(first), terminal_text(second));
    };
    pairs("overlaps added", diff.overlaps_added);
    pairs("overlaps removed", diff.overlaps_removed);
    pairs("integrations to build added", diff.integrations_added);
    pairs("integrations to build dropped", diff.integrations_removed);
    if (!diff.decisions.empty()) {
      out += fmt::format("\nrecommendation changes ({}):\n", diff.decisions.size());
      TextTable moves({{""}, {""}, {""}, {""}});
      for (const compare::DecisionChange& change : diff.decisions)
        moves.add_row({terminal_text(change.id), change.before, "->", change.after});
      out += moves.render();
    }
  }
  if (!diff.new_findings.empty()) {
    out += fmt::format("\nnew findings ({}):\n", diff.new_findings.size());
    out += write_diagnostics_text(diff.new_findings, color);
  }
  if (!diff.fixed_findings.empty()) {
    out += fmt::format("\nfixed findings ({}):\n", diff.fixed_findings.size());
    out += write_diagnostics_text(diff.fixed_findings, color);
  }
  if (compare::unchanged(diff))
    out +=
        "\nno change to apps, candidates, capabilities, overlaps, findings or the "
        "recommendation\n";
  if (!report.gates.empty()) {
    out += "\ngates:\n";
    for (const compare::GateOutcome& gate : report.gates)
      out += fmt::format("  {}: {} ({})\n", gate.gate, gate.tripped ? "TRIPPED" : "ok",
                         terminal_text(gate.reason));
  }
  return out;
}

}  // namespace appmix::report
