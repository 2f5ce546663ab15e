// Markdown form of `appmix batch`: a table with one line per inventory
// (written as each completes; a failed inventory names its first error),
// then the aggregates. Inventory text is escaped for table cells.
#include <fmt/format.h>

#include <cmath>

#include "base/figures_text.h"
#include "report/batch_writers.h"
#include "report/escape.h"
#include "report/markdown_table.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

class MarkdownWriter final : public BatchWriter {
 public:
  std::string begin(std::size_t inventories) override {
    return fmt::format("# Batch: {} {}\n\n", inventories,
                       inventories == 1 ? "inventory" : "inventories") +
           rows_.header();
  }

  std::string row(const compare::BatchRow& row) override {
    const std::string status(compare::name_of(row.status));
    if (compare::failed(row.status)) {
      return rows_.row({markdown_text(row.path), markdown_text(first_error(row)), "", "", "", "",
                        "", "", "", "", "", "", "", status, fmt::format("{:.2f}", row.seconds)});
    }
    return rows_.row(
        {markdown_text(row.path), markdown_text(row.organisation), std::to_string(row.apps_today),
         std::to_string(row.apps_after),
         base::money_text(row.cost_today, row.currency_exponent) + " " +
             markdown_text(row.currency),
         base::money_text(row.cost_after, row.currency_exponent), base::percent(row.savings),
         fmt::format("{} -> {}", row.feedback_today, row.feedback_after),
         std::to_string(row.unsanctioned_personal), std::to_string(row.gaps), row.as_of,
         row.payback.empty() ? "none" : row.payback, fmt::format("{}", row.integrations), status,
         fmt::format("{:.2f}", row.seconds)});
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
    MarkdownTable quartiles(
        {{""}, {"q1", true}, {"median", true}, {"q3", true}, {"mean", true}, {"total", true}});
    quartiles.add_row({"apps today", base::one_decimal(t.q1), base::one_decimal(t.median),
                       base::one_decimal(t.q3), base::one_decimal(a.mean_apps_today),
                       base::with_thousands(a.apps_today)});
    quartiles.add_row({"apps recommended", base::one_decimal(r.q1), base::one_decimal(r.median),
                       base::one_decimal(r.q3), base::one_decimal(a.mean_apps_after),
                       base::with_thousands(a.apps_after)});
    quartiles.add_row(
        {"savings", base::percent(s.q1), base::percent(s.median), base::percent(s.q3), "", ""});
    out += "\n" + quartiles.render() + "\n";
    for (const auto& [currency, money] : a.money) {
      const double saved = money.today == 0 ? 0.0
                                            : static_cast<double>(money.today - money.after) /
                                                  static_cast<double>(money.today);
      out += fmt::format("- Cost {}: {} today, {} recommended ({} saved), over {} {}.\n",
                         markdown_text(currency), base::money_text(money.today, money.exponent),
                         base::money_text(money.after, money.exponent), base::percent(saved),
                         money.inventories, money.inventories == 1 ? "inventory" : "inventories");
    }
    out += fmt::format(
        "- Feedback platforms: {} today, {} recommended; unsanctioned apps with personal data: "
        "{}; gaps: {}.\n",
        base::with_thousands(a.feedback_today), base::with_thousands(a.feedback_after),
        base::with_thousands(a.unsanctioned_personal), base::with_thousands(a.gaps));
    out += fmt::format(
        "- Survey: organisations use {:.1f} apps where {:.1f} are needed ({} fewer); this "
        "portfolio: {} apps today, {} recommended per inventory ({} fewer).\n",
        compare::kSurveyAppsUsed, compare::kSurveyAppsNeeded,
        base::percent(1.0 - compare::kSurveyAppsNeeded / compare::kSurveyAppsUsed),
        base::one_decimal(a.mean_apps_today), base::one_decimal(a.mean_apps_after),
        base::percent(a.app_reduction));
    return out;
  }

 private:
  // The rows are streamed, one line as each completes.
  const MarkdownTable rows_{{{"inventory"},
                             {"organisation"},
                             {"apps today", true},
                             {"recommended", true},
                             {"cost today", true},
                             {"cost after", true},
                             {"savings", true},
                             {"feedback platforms", true},
                             {"unsanctioned with personal data", true},
                             {"gaps", true},
                             {"as of"},
                             {"payback"},
                             {"integrations", true},
                             {"status"},
                             {"seconds", true}}};
};

}  // namespace

std::unique_ptr<BatchWriter> make_batch_markdown_writer() {
  return std::make_unique<MarkdownWriter>();
}

}  // namespace appmix::report
