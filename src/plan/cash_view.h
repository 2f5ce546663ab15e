// The cash view (docs/recommend.md, Money over time): nominal
// money per horizon year, before (every app kept) and after the
// recommendation (kept and added products all year, each retired app until
// its exit, one-off costs in the year they fall), with the savings, their
// running sum, and the payback date: from when cumulative savings, accrued
// day by day, stay at or above zero to the end of the horizon. Never
// discounted: this is the money that leaves the bank account. It knows
// nothing of output.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/calendar.h"
#include "model/portfolio.h"

namespace appmix::plan {

struct CashYear {
  int year = 1;  // 1, 2, ...: the years [y-1, y) after the review date, the last ending at H
  base::CivilDate from;     // review date + floor((y-1) * 365.25) days
  base::CivilDate to;       // review date + floor(min(y, H) * 365.25) days
  std::int64_t before = 0;  // minor units
  std::int64_t after = 0;
  std::int64_t savings = 0;     // before - after
  std::int64_t cumulative = 0;  // running sum of savings
};

// A corner of the cumulative-savings curve: the curve is straight between
// corners, and two corners on one day are a step (a one-off cost).
struct SavingsPoint {
  long long day = 0;  // after the review date
  double value = 0;   // cumulative savings by then, minor units
};

struct CashView {
  std::vector<CashYear> years;
  // From day 0 (before any one-off) to the horizon's last day,
  // model.time.horizon_days().
  std::vector<SavingsPoint> curve;
  // The first day from which cumulative savings stay >= 0 to the end of the
  // horizon; nullopt when they end below zero.
  std::optional<base::CivilDate> payback;
};

// `one_off_day_zero`: one-off money paid on the review date besides the
// acquire costs (the integration plan's cost; 0 without one).
CashView cash_view(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                   std::int64_t one_off_day_zero = 0);

}  // namespace appmix::plan
