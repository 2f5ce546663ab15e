// Markdown form of `appmix diff`, made to be posted as a pull-request
// comment: a headline with the money, a table of the figures, then one
// collapsible section per kind of change (empty ones left out) and the gates.
#include <fmt/format.h>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/diff_writers.h"
#include "report/escape.h"
#include "report/markdown_table.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string code(const std::string& text) {
  return "`" + markdown_text(text) + "`";
}

void details(std::string& out, const std::string& summary, const std::vector<std::string>& lines) {
  if (lines.empty())
    return;
  out += fmt::format("\n<details><summary>{} ({})</summary>\n\n", summary, lines.size());
  for (const std::string& line : lines)
    out += "- " + line + "\n";
  out += "\n</details>\n";
}

std::vector<std::string> ids(const std::vector<std::string>& list) {
  std::vector<std::string> out;
  for (const std::string& id : list)
    out.push_back(code(id));
  return out;
}

std::vector<std::string> findings(const base::Diagnostics& list) {
  std::vector<std::string> out;
  for (const base::Diagnostic& d : list) {
    out.push_back(fmt::format("**{}** {}:{}:{}: {} [{}]", base::severity_name(d.severity),
                              markdown_text(d.location.file), d.location.line, d.location.column,
                              markdown_text(d.message), markdown_text(d.rule)));
  }
  return out;
}

}  // namespace

std::string write_diff_markdown(const DiffReport& report) {
  const compare::InventoryDiff& diff = report.diff;
  const compare::SideFigures& a = diff.before;
  const compare::SideFigures& b = diff.after;
  std::string out =
      fmt::format("## appmix diff: {} → {}\n\n", code(report.old_label), code(report.new_label));
  if (!diff.compared) {
    out += fmt::format(
        "**{} has errors**: only findings are compared, and its policies were not evaluated "
        "(policy findings are neither new nor fixed).\n",
        broken_sides(a, b));
  } else {
    const bool same_currency = a.currency == b.currency;
    MarkdownTable figures({{""}, {"before", true}, {"after", true}, {"change", true}});
    const auto money_row = [&](const char* label, std::int64_t before, std::int64_t after) {
      figures.add_row(
          {label, base::money_text(before, a.currency_exponent) + " " + markdown_text(a.currency),
           base::money_text(after, b.currency_exponent) + " " + markdown_text(b.currency),
           same_currency ? base::signed_money_text(after - before, b.currency_exponent) : ""});
    };
    money_row("cost today", a.cost_today, b.cost_today);
    money_row("recommended cost", a.cost_after, b.cost_after);
    figures.add_row({"money counted from", base::iso_date(diff.review.date),
                     std::string(model::words_for(diff.review.source)), ""});
    const auto count_row = [&](const char* label, long long before, long long after) {
      figures.add_row({label, base::with_thousands(before), base::with_thousands(after),
                       (after > before ? "+" : "") + base::with_thousands(after - before)});
    };
    count_row("apps today", a.apps_today, b.apps_today);
    count_row("apps recommended", a.apps_after, b.apps_after);
    count_row("overlapping pairs", static_cast<long long>(a.overlap_pairs),
              static_cast<long long>(b.overlap_pairs));
    count_row("integrations to build", static_cast<long long>(a.integrations),
              static_cast<long long>(b.integrations));
    out += figures.render();

    details(out, "Apps added", ids(diff.apps_added));
    details(out, "Apps removed", ids(diff.apps_removed));
    details(out, "Candidates added", ids(diff.candidates_added));
    details(out, "Candidates removed", ids(diff.candidates_removed));
    std::vector<std::string> changed;
    for (const compare::ProductChange& change : diff.changed) {
      std::string line = code(change.id) + (change.candidate ? " (candidate):" : ":");
      for (std::size_t i = 0; i < change.fields.size(); ++i) {
        const compare::FieldChange& field = change.fields[i];
        line += fmt::format("{} {} {} → {}", i == 0 ? "" : ";", code(field.field),
                            field.before.empty() ? "(none)" : markdown_text(field.before),
                            field.after.empty() ? "(none)" : markdown_text(field.after));
      }
      changed.push_back(line);
    }
    details(out, "Changed", changed);
    details(out, "Capabilities added", ids(diff.capabilities_added));
    details(out, "Capabilities removed", ids(diff.capabilities_removed));
    const auto pairs = [&](const std::vector<compare::AppPairIds>& list) {
      std::vector<std::string> lines;
      for (const auto& [first, second] : list)
        lines.push_back(code(first) + " + " + code(second));
      return lines;
    };
    details(out, "Overlaps added", pairs(diff.overlaps_added));
    details(out, "Overlaps removed", pairs(diff.overlaps_removed));
    details(out, "Integrations to build added", pairs(diff.integrations_added));
    details(out, "Integrations to build dropped", pairs(diff.integrations_removed));
    std::vector<std::string> moves;
    for (const compare::DecisionChange& change : diff.decisions)
      moves.push_back(fmt::format("{}: {} → {}", code(change.id), change.before, change.after));
    details(out, "Recommendation changes", moves);
  }
  details(out, "New findings", findings(diff.new_findings));
  details(out, "Fixed findings", findings(diff.fixed_findings));
  if (compare::unchanged(diff))
    out +=
        "\nNo change to apps, candidates, capabilities, overlaps, findings or the "
        "recommendation.\n";
  if (!report.gates.empty()) {
    MarkdownTable gates({{"gate"}, {"result"}, {"why"}});
    for (const compare::GateOutcome& gate : report.gates)
      gates.add_row({gate.gate, gate.tripped ? "**tripped**" : "ok", markdown_text(gate.reason)});
    out += "\n" + gates.render();
  }
  return out;
}

}  // namespace appmix::report
