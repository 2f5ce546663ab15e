// The aggregates under a batch's rows (docs/batch.md): how many inventories,
// how many failed, median and quartiles of apps today, apps recommended and
// savings, totals (money per currency, since amounts in different
// currencies do not add up), and the portfolio against the survey figures
// the project is built on: 28.6 apps used where 18.6 are needed. Rows are
// added one at a time and then dropped, so only a few numbers per inventory
// are kept. It knows nothing of output formats.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "compare/batch_row.h"

namespace appmix::compare {

// The survey: organisations use 28.6 customer-facing apps on average and
// need 18.6 (a reduction of 35%).
inline constexpr double kSurveyAppsUsed = 28.6;
inline constexpr double kSurveyAppsNeeded = 18.6;

struct Quartiles {
  double q1 = 0, median = 0, q3 = 0;
};

// Quartiles with linear interpolation between closest ranks (the common
// "type 7" definition: position p * (n - 1)); all 0 for no values.
Quartiles quartiles_of(std::vector<double> values);

struct CurrencyTotals {
  std::int64_t today = 0;  // minor units
  std::int64_t after = 0;
  int exponent = 2;
  int inventories = 0;
};

struct BatchAggregate {
  int inventories = 0;
  int solved = 0;  // optimal or feasible
  int optimal = 0;
  int failed = 0;  // invalid or unreadable
  int unreadable = 0;
  long long apps_today = 0;  // totals over solved inventories
  long long apps_after = 0;
  long long feedback_today = 0;
  long long feedback_after = 0;
  long long unsanctioned_personal = 0;
  long long gaps = 0;
  std::map<std::string, CurrencyTotals> money;  // by currency code
  Quartiles apps_today_quartiles, apps_after_quartiles, savings_quartiles;
  double mean_apps_today = 0;  // over solved inventories, against kSurveyAppsUsed
  double mean_apps_after = 0;  // against kSurveyAppsNeeded
  double app_reduction = 0;    // 1 - apps_after / apps_today over the portfolio
};

class BatchAggregator {
 public:
  void add(const BatchRow& row);
  BatchAggregate result() const;

 private:
  BatchAggregate totals_;
  std::vector<double> apps_today_, apps_after_, savings_;
};

}  // namespace appmix::compare
