// Text form of `appmix batch`: one aligned line per inventory, written as it
// completes. The rows are not held, so only the first column, the paths
// (all known before the first row), is as wide as its widest cell; the
// others have fixed widths, and a longer organisation pushes its line wider
// rather than being cut. Then the aggregates.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/figures_text.h"
#include "report/batch_writers.h"
#include "report/escape.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string pad(const std::string& text, std::size_t width, bool right = false) {
  const std::size_t shown = display_width(text);
  if (shown >= width)
    return text;
  const std::string fill(width - shown, ' ');
  return right ? fill + text : text + fill;
}

std::string trim_right(std::string text) {
  while (!text.empty() && text.back() == ' ')
    text.pop_back();
  return text + "\n";
}

class TextWriter final : public BatchWriter {
 public:
  TextWriter(bool color, const std::vector<std::string>& paths) : color_(color) {
    path_width_ = display_width("inventory");
    for (const std::string& path : paths)
      path_width_ = std::max(path_width_, display_width(terminal_text(path)));
  }

  std::string begin(std::size_t inventories) override {
    return fmt::format("appmix batch: {} {}\n\n", inventories,
                       inventories == 1 ? "inventory" : "inventories") +
           line({"inventory", "organisation", "apps", "after", "cost today", "cost after",
                 "savings", "feedback", "unsanct.", "gaps", "as of", "payback", "integr.", "status",
                 "seconds"});
  }

  std::string row(const compare::BatchRow& row) override {
    const std::string status(compare::name_of(row.status));
    if (compare::failed(row.status)) {
      const std::string shown = color_ ? "\x1b[1;31m" + status + "\x1b[0m" : status;
      return line({terminal_text(row.path), "", "", "", "", "", "", "", "", "", "", "", "", shown,
                   fmt::format("{:.2f}", row.seconds)},
                  color_ ? shown.size() - status.size() : 0) +
             "    " + terminal_text(first_error(row)) + "\n";
    }
    return line({terminal_text(row.path), terminal_text(row.organisation),
                 std::to_string(row.apps_today), std::to_string(row.apps_after),
                 base::money_text(row.cost_today, row.currency_exponent) + " " +
                     terminal_text(row.currency),
                 base::money_text(row.cost_after, row.currency_exponent),
                 base::percent(row.savings),
                 fmt::format("{}->{}", row.feedback_today, row.feedback_after),
                 std::to_string(row.unsanctioned_personal), std::to_string(row.gaps), row.as_of,
                 row.payback.empty() ? "none" : row.payback, std::to_string(row.integrations),
                 status, fmt::format("{:.2f}", row.seconds)});
  }

  std::string end(const compare::BatchAggregate& a) override {
    std::string out = fmt::format("\n{} {}: {} solved ({} proven optimal), {} failed\n",
                                  a.inventories, a.inventories == 1 ? "inventory" : "inventories",
                                  a.solved, a.optimal, a.failed);
    if (a.solved == 0)
      return out;
    TextTable table({{""},
                     {"q1", Align::right},
                     {"median", Align::right},
                     {"q3", Align::right},
                     {"mean", Align::right},
                     {"total", Align::right}});
    const auto& t = a.apps_today_quartiles;
    const auto& r = a.apps_after_quartiles;
    const auto& s = a.savings_quartiles;
    table.add_row({"apps today", base::one_decimal(t.q1), base::one_decimal(t.median),
                   base::one_decimal(t.q3), base::one_decimal(a.mean_apps_today),
                   base::with_thousands(a.apps_today)});
    table.add_row({"apps recommended", base::one_decimal(r.q1), base::one_decimal(r.median),
                   base::one_decimal(r.q3), base::one_decimal(a.mean_apps_after),
                   base::with_thousands(a.apps_after)});
    table.add_row(
        {"savings", base::percent(s.q1), base::percent(s.median), base::percent(s.q3), "", ""});
    out += "\n" + table.render();
    out += fmt::format(
        "\n  feedback platforms {} -> {}; unsanctioned apps with personal data {}; gaps {}\n",
        base::with_thousands(a.feedback_today), base::with_thousands(a.feedback_after),
        base::with_thousands(a.unsanctioned_personal), base::with_thousands(a.gaps));
    for (const auto& [currency, money] : a.money) {
      const double saved = money.today == 0 ? 0.0
                                            : static_cast<double>(money.today - money.after) /
                                                  static_cast<double>(money.today);
      out += fmt::format("  cost {}: {} -> {} ({} saved) over {} {}\n", terminal_text(currency),
                         base::money_text(money.today, money.exponent),
                         base::money_text(money.after, money.exponent), base::percent(saved),
                         money.inventories, money.inventories == 1 ? "inventory" : "inventories");
    }
    out += fmt::format(
        "\n  survey: organisations use {:.1f} apps where {:.1f} are needed ({} fewer);\n"
        "  this portfolio: {} apps today, {} recommended per inventory ({} fewer)\n",
        compare::kSurveyAppsUsed, compare::kSurveyAppsNeeded,
        base::percent(1.0 - compare::kSurveyAppsNeeded / compare::kSurveyAppsUsed),
        base::one_decimal(a.mean_apps_today), base::one_decimal(a.mean_apps_after),
        base::percent(a.app_reduction));
    return out;
  }

 private:
  // `hidden`: bytes of color escapes in the status cell, which take no column.
  std::string line(const std::vector<std::string>& cells, std::size_t hidden = 0) const {
    const std::size_t widths[] = {path_width_, 20, 5, 5, 16, 12, 7, 8, 8, 4, 10, 10, 7, 10, 7};
    static const bool right[] = {false, false, true,  true,  true, true,  true, true,
                                 true,  true,  false, false, true, false, true};
    std::string out = "  ";
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out += pad(cells[i], widths[i] + (i == 13 ? hidden : 0), right[i]);
      if (i + 1 < cells.size())
        out += "  ";
    }
    return trim_right(out);
  }

  bool color_;
  std::size_t path_width_ = 0;
};

}  // namespace

std::unique_ptr<BatchWriter> make_batch_text_writer(bool color,
                                                    const std::vector<std::string>& paths) {
  return std::make_unique<TextWriter>(color, paths);
}

}  // namespace appmix::report
