#include "plan/cash_view.h"

#include <algorithm>

namespace appmix::plan {
namespace {

using Ticks = model::TimeMoney::Ticks;
__extension__ typedef __int128 Wide;

// Cumulative savings, day by day, in minor units times 1461 (a day is 4/1461
// of a year, so every accrual is a whole number): the last day they are
// below zero, or -1 when they never are. `ends_below` is set when the last
// day of the horizon is below zero.
struct Accrual {
  long long last_negative = -1;
  bool ends_below = false;
  std::vector<SavingsPoint> curve;
};

double minor_units(Wide value_times_1461) {
  return static_cast<double>(value_times_1461) / 1461.0;
}

Accrual accrue(const model::PortfolioModel& model, const std::vector<bool>& chosen,
               std::int64_t day_zero_one_off) {
  const long long last_day = model.time.horizon_days();
  // Per day: retire costs falling due, and annual costs that stop being paid.
  std::vector<Wide> retire_on(static_cast<std::size_t>(last_day) + 1, 0);
  std::vector<Wide> stops_on(static_cast<std::size_t>(last_day) + 1, 0);
  Wide slope = 0;  // per day, times 1461: 4 * (annual saved - annual added)
  Wide value = -static_cast<Wide>(day_zero_one_off) * 1461;
  for (int p = 0; p < model.num_products(); ++p) {
    const std::int64_t annual = model.products[p]->annual_cost;
    if (model.is_candidate(p)) {
      if (chosen[p]) {
        slope -= static_cast<Wide>(annual) * 4;
        value -= static_cast<Wide>(model.one_off[p]) * 1461;
      }
      continue;
    }
    if (chosen[p])
      continue;
    const long long exit = model.exits[p].exit_day;
    if (exit > last_day)
      continue;  // it leaves after the horizon: neither its saving nor its retire cost falls in it
    retire_on[static_cast<std::size_t>(exit)] += static_cast<Wide>(model.one_off[p]) * 1461;
    stops_on[static_cast<std::size_t>(exit)] += static_cast<Wide>(annual) * 4;
  }
  Accrual accrual;
  // Day 0 starts at zero; the one-offs paid on the review date are its first step.
  accrual.curve.push_back({0, 0.0});
  for (long long day = 0; day <= last_day; ++day) {
    // value is S(day) before the one-offs of `day`; the saving of an app
    // that left on `day` starts accruing after it.
    const Wide retire = retire_on[static_cast<std::size_t>(day)];
    const Wide stops = stops_on[static_cast<std::size_t>(day)];
    if (day > 0 && (retire != 0 || stops != 0))
      accrual.curve.push_back({day, minor_units(value)});
    value -= retire;
    if (day == 0 || retire != 0 || day == last_day)
      accrual.curve.push_back({day, minor_units(value)});
    if (value < 0)
      accrual.last_negative = day;
    slope += stops;
    value += slope;
  }
  accrual.ends_below = accrual.last_negative == last_day;
  return accrual;
}

}  // namespace

CashView cash_view(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                   std::int64_t one_off_day_zero) {
  const model::TimeMoney& time = model.time;
  CashView view;
  const Ticks horizon = time.horizon();
  const int years = static_cast<int>((horizon + time.year(1) - 1) / time.year(1));
  const auto day_of = [&](Ticks t) { return t / time.day(1); };
  std::int64_t cumulative = 0;
  for (int y = 1; y <= years; ++y) {
    const Ticks from = time.year(y - 1);
    const Ticks to = std::min(time.year(y), horizon);
    CashYear year;
    year.year = y;
    year.from = base::add_days(model.review.date, day_of(from));
    year.to = base::add_days(model.review.date, day_of(to));
    for (int p = 0; p < model.num_products(); ++p) {
      const std::int64_t annual = model.products[p]->annual_cost;
      const bool candidate = model.is_candidate(p);
      if (!candidate)
        year.before += time.nominal(annual, from, to);
      if (chosen[p]) {
        year.after += time.nominal(annual, from, to);
        if (candidate && y == 1)
          year.after += model.one_off[p];
        continue;
      }
      if (candidate)
        continue;
      // A retired app: paid until its exit, its retire cost in the year that
      // holds the exit (the last year for an exit at or beyond the horizon).
      const Ticks leaves = time.day(model.exits[p].exit_day);
      year.after += time.nominal(annual, from, std::max(from, std::min(to, leaves)));
      const bool exit_year =
          leaves >= horizon ? y == years : (leaves >= from && leaves < time.year(y));
      if (exit_year)
        year.after += model.one_off[p];
    }
    if (y == 1)
      year.after += one_off_day_zero;
    year.savings = year.before - year.after;
    cumulative += year.savings;
    year.cumulative = cumulative;
    view.years.push_back(year);
  }
  Accrual accrual = accrue(model, chosen, one_off_day_zero);
  view.curve = std::move(accrual.curve);
  if (!accrual.ends_below)
    view.payback = base::add_days(model.review.date, accrual.last_negative + 1);
  return view;
}

}  // namespace appmix::plan
