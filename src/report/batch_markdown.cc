// Markdown form of `appmix batch`: a table with one line per inventory
// (written as each completes; a failed inventory names its first error),
// then the aggregates. Inventory text is escaped for table cells.
#include <fmt/format.h>

#include <cmath>

#include "report/batch_writers.h"
#include "report/escape.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string number(double value) {
  return fmt::format("{:.1f}", std::round(value * 10.0) / 10.0 + 0.0);
}

class MarkdownWriter final : public BatchWriter {
 public:
  std::string begin(std::size_t inventories) override {
    return fmt::format(
        "# Batch: {} {}\n\n"
        "| inventory | organisation | apps today | recommended | cost today | cost after | "
        "savings | feedback platforms | unsanctioned with personal data | gaps | status | "
        "seconds |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n",
        inventories, inventories == 1 ? "inventory" : "inventories");
  }

  std::string row(const compare::BatchRow& row) override {
    if (compare::failed(row.status)) {
      return fmt::format("| {} | {} | | | | | | | | | {} | {:.2f} |\n", markdown_text(row.path),
                         markdown_text(first_error(row)), compare::name_of(row.status),
                         row.seconds);
    }
    return fmt::format(
        "| {} | {} | {} | {} | {} {} | {} | {} | {} -> {} | {} | {} | {} | {:.2f} |\n",
        markdown_text(row.path), markdown_text(row.organisation), row.apps_today, row.apps_after,
        money_text(row.cost_today, row.currency_exponent), markdown_text(row.currency),
        money_text(row.cost_after, row.currency_exponent), percent(row.savings), row.feedback_today,
        row.feedback_after, row.unsanctioned_personal, row.gaps, compare::name_of(row.status),
        row.seconds);
  }

  std::string end(const compare::BatchAggregate& a) override {
    std::string out = fmt::format(
        "\n## Aggregates\n\n{} {}: {} solved ({} proven optimal), {} failed.\n", a.inventories,
        a.inventories == 1 ? "inventory" : "inventories", a.solved, a.optimal, a.failed);
    if (a.solved == 0)
      return out;
    const auto& t = a.apps_today_quartiles;
    const auto& r = a.apps_after_quartiles;
    const auto& s = a.savings_quartiles;
    out += "\n| | q1 | median | q3 | mean | total |\n|---|---:|---:|---:|---:|---:|\n";
    out += fmt::format("| apps today | {} | {} | {} | {} | {} |\n", number(t.q1), number(t.median),
                       number(t.q3), number(a.mean_apps_today), with_thousands(a.apps_today));
    out += fmt::format("| apps recommended | {} | {} | {} | {} | {} |\n", number(r.q1),
                       number(r.median), number(r.q3), number(a.mean_apps_after),
                       with_thousands(a.apps_after));
    out += fmt::format("| savings | {} | {} | {} | | |\n\n", percent(s.q1), percent(s.median),
                       percent(s.q3));
    for (const auto& [currency, money] : a.money) {
      const double saved = money.today == 0 ? 0.0
                                            : static_cast<double>(money.today - money.after) /
                                                  static_cast<double>(money.today);
      out += fmt::format("- Cost {}: {} today, {} recommended ({} saved), over {} {}.\n",
                         markdown_text(currency), money_text(money.today, money.exponent),
                         money_text(money.after, money.exponent), percent(saved), money.inventories,
                         money.inventories == 1 ? "inventory" : "inventories");
    }
    out += fmt::format(
        "- Feedback platforms: {} today, {} recommended; unsanctioned apps with personal data: "
        "{}; gaps: {}.\n",
        with_thousands(a.feedback_today), with_thousands(a.feedback_after),
        with_thousands(a.unsanctioned_personal), with_thousands(a.gaps));
    out += fmt::format(
        "- Survey: organisations use {:.1f} apps where {:.1f} are needed ({} fewer); this "
        "portfolio: {} apps today, {} recommended per inventory ({} fewer).\n",
        compare::kSurveyAppsUsed, compare::kSurveyAppsNeeded,
        percent(1.0 - compare::kSurveyAppsNeeded / compare::kSurveyAppsUsed),
        number(a.mean_apps_today), number(a.mean_apps_after), percent(a.app_reduction));
    return out;
  }
};

}  // namespace

std::unique_ptr<BatchWriter> make_batch_markdown_writer() {
  return std::make_unique<MarkdownWriter>();
}

}  // namespace appmix::report
