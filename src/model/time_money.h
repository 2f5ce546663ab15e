// Money true to the calendar (docs/inventory-format.md, Time): the review date and
// where it came from, each app's exit under its contract's notice and
// renewal terms, and the money of each choice over the horizon, with present
// values when a discount rate is set. Every money term is a minor-unit
// amount times a factor, rounded once, half away from zero; with no discount
// rate the factors are exact fractions and so are the terms. This is the
// one place that computes money: the objective, the plan and the reports
// read what it gives. It knows nothing of the solver or of output.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/calendar.h"
#include "inventory/inventory.h"

namespace appmix::model {

enum class AsOfSource { option, inventory, today };
std::string_view name_of(AsOfSource source);  // "option", "inventory", "today"
// The same for people: "--as-of", "the inventory's as_of", "today".
std::string_view words_for(AsOfSource source);

struct ReviewDate {
  base::CivilDate date;
  AsOfSource source = AsOfSource::today;
};

// What the command line says about the review date: --as-of, and the date
// to take for today when neither it nor the inventory gives one (tests set
// it; unset, the clock is read then, and only then).
struct AsOfRequest {
  std::optional<base::CivilDate> option;
  std::optional<base::CivilDate> today;

  // `today`, else today's date in UTC from the clock.
  base::CivilDate today_or_clock() const;
};

// --as-of if given, else the inventory's as_of, else today.
ReviewDate choose_review_date(const AsOfRequest& request, const inventory::Inventory& inventory);

base::CivilDate civil(const inventory::Date& date);

// When an app can leave if it is retired.
struct ContractExit {
  base::CivilDate exit;                      // X: the review date without a contract_end
  long long exit_day = 0;                    // days from the review date to X (>= 0)
  std::optional<base::CivilDate> notice_by;  // X - notice days; set with a contract_end
  int renewals = 0;                          // renewal terms added to contract_end
};

// The first of contract_end, contract_end + m months, + 2m months, ...
// (always counted from contract_end, clamped to the month's last day) whose
// notice deadline is on or after `review`.
ContractExit contract_exit(const inventory::Product& product, const inventory::Inventory& inventory,
                           const base::CivilDate& review);

// The horizon and the discount rate, as factors on minor-unit amounts.
// Times are measured in ticks: 1 / (1461 * 10^scale) of a year, where scale
// is the horizon's decimals, so that a day (4 * 10^scale ticks: a year is
// 365.25 days), a whole year and the horizon are all whole numbers of ticks.
class TimeMoney {
 public:
  TimeMoney() : TimeMoney({3, 0}, {0, 0}) {}
  TimeMoney(inventory::Decimal horizon_years, inventory::Decimal discount_rate);

  using Ticks = long long;
  Ticks day(long long days) const;  // t(days after the review date)
  Ticks year(long long years) const;
  Ticks horizon() const { return horizon_; }
  // floor(H * 365.25): the last day of the horizon.
  long long horizon_days() const;
  bool discounted() const { return discounted_; }

  // amount * a(t): paid continuously from the review date for t (a(t) = t
  // without a discount rate, else its present value).
  std::int64_t paid_for(std::int64_t annual, Ticks t) const;
  // amount * v(t): paid once at t.
  std::int64_t paid_at(std::int64_t amount, Ticks t) const;
  // Nominal money, never discounted: annual * (to - from), for the cash view.
  std::int64_t nominal(std::int64_t annual, Ticks from, Ticks to) const;

 private:
  long long scale_ = 1;  // 10^decimals of the horizon
  Ticks horizon_ = 0;
  bool discounted_ = false;
  long double log_rate_ = 0;  // ln(1 + r)
};

// The money of each choice of one product (docs/inventory-format.md, Time).
struct ProductMoney {
  std::int64_t chosen = 0;   // a kept app or an added candidate over the horizon
  std::int64_t dropped = 0;  // a retired app: paid until its exit, plus its retire cost then
  std::int64_t running_until_exit = 0;  // of `dropped`: annual * a(min(H, t(X)))
  std::int64_t retire_at_exit = 0;      // of `dropped`: retire * v(t(X))
};

ProductMoney app_money(const inventory::App& app, const ContractExit& exit, const TimeMoney& money);
ProductMoney candidate_money(const inventory::Candidate& candidate, const TimeMoney& money);

}  // namespace appmix::model
