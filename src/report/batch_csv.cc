// CSV form of `appmix batch`: one record per inventory (kind "inventory"),
// then the aggregates as records of their own kinds (q1, median, q3, mean,
// total: one for counts, one per currency for money; survey) in the same columns, so a spreadsheet
// filters on `kind`. Cells are quoted and guarded against formula injection
// (escape.h); money is in major units, exact.
#include <fmt/format.h>

#include <cmath>

#include "inventory/money.h"
#include "report/batch_writers.h"
#include "report/escape.h"

namespace appmix::report {
namespace {

std::string fixed(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return fmt::format("{:.{}f}", std::round(value * scale) / scale + 0.0, decimals);
}

class CsvWriter final : public BatchWriter {
 public:
  std::string begin(std::size_t) override {
    return "kind,path,organisation,status,apps_today,apps_after,currency,cost_today,cost_after,"
           "savings_percent,feedback_today,feedback_after,unsanctioned_personal,gaps,seconds,"
           "error,as_of,payback,integrations\n";
  }

  std::string row(const compare::BatchRow& row) override {
    if (compare::failed(row.status)) {
      return fmt::format("inventory,{},,{},,,,,,,,,,,{:.3f},{},,,\n", csv_cell(row.path),
                         compare::name_of(row.status), row.seconds, csv_cell(first_error(row)));
    }
    return fmt::format("inventory,{},{},{},{},{},{},{},{},{},{},{},{},{},{:.3f},,{},{},{}\n",
                       csv_cell(row.path), csv_cell(row.organisation), compare::name_of(row.status),
                       row.apps_today, row.apps_after, csv_cell(row.currency),
                       inventory::format_minor_units(row.cost_today, row.currency_exponent),
                       inventory::format_minor_units(row.cost_after, row.currency_exponent),
                       fixed(row.savings * 100, 2), row.feedback_today, row.feedback_after,
                       row.unsanctioned_personal, row.gaps, row.seconds, row.as_of, row.payback,
                       row.integrations);
  }

  std::string end(const compare::BatchAggregate& a) override {
    std::string out;
    const auto quartile = [&](const char* kind, double today, double after, double savings) {
      out += fmt::format("{},,,,{},{},,,,{},,,,,,\n", kind, fixed(today, 2), fixed(after, 2),
                         fixed(savings * 100, 2));
    };
    const auto& t = a.apps_today_quartiles;
    const auto& r = a.apps_after_quartiles;
    const auto& s = a.savings_quartiles;
    quartile("q1", t.q1, r.q1, s.q1);
    quartile("median", t.median, r.median, s.median);
    quartile("q3", t.q3, r.q3, s.q3);
    out += fmt::format("mean,,,,{},{},,,,,,,,,,\n", fixed(a.mean_apps_today, 2),
                       fixed(a.mean_apps_after, 2));
    out += fmt::format("total,,,,{},{},,,,,{},{},{},{},,\n", a.apps_today, a.apps_after,
                       a.feedback_today, a.feedback_after, a.unsanctioned_personal, a.gaps);
    for (const auto& [currency, money] : a.money) {
      const double saved = money.today == 0 ? 0.0
                                            : static_cast<double>(money.today - money.after) /
                                                  static_cast<double>(money.today);
      out += fmt::format("total,,,,,,{},{},{},{},,,,,,\n", csv_cell(currency),
                         inventory::format_minor_units(money.today, money.exponent),
                         inventory::format_minor_units(money.after, money.exponent),
                         fixed(saved * 100, 2));
    }
    out +=
        fmt::format("survey,,,,{},{},,,,{},,,,,,\n", fixed(compare::kSurveyAppsUsed, 2),
                    fixed(compare::kSurveyAppsNeeded, 2),
                    fixed((1.0 - compare::kSurveyAppsNeeded / compare::kSurveyAppsUsed) * 100, 2));
    return out;
  }
};

}  // namespace

std::unique_ptr<BatchWriter> make_batch_csv_writer() {
  return std::make_unique<CsvWriter>();
}

}  // namespace appmix::report
