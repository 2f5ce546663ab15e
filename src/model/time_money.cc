#include "model/time_money.h"

#include <algorithm>
#include <cmath>

namespace appmix::model {
namespace {

// 128-bit intermediates: amounts up to 10^16 minor units times tick counts.
__extension__ typedef __int128 Wide;

long long power_of_ten(int exponent) {
  long long value = 1;
  for (int i = 0; i < exponent; ++i)
    value *= 10;
  return value;
}

// numerator / denominator (> 0), rounded half away from zero.
std::int64_t rounded_quotient(Wide numerator, Wide denominator) {
  Wide quotient = numerator / denominator;
  const Wide remainder = numerator % denominator;
  if ((remainder < 0 ? -remainder : remainder) * 2 >= denominator)
    quotient += numerator < 0 ? -1 : 1;
  return static_cast<std::int64_t>(quotient);
}

std::int64_t rounded(long double value) {
  return static_cast<std::int64_t>(std::round(value));  // halves away from zero
}

}  // namespace

std::string_view name_of(AsOfSource source) {
  switch (source) {
    case AsOfSource::option:
      return "option";
    case AsOfSource::inventory:
      return "inventory";
    case AsOfSource::today:
      return "today";
  }
  return "today";
}

std::string_view words_for(AsOfSource source) {
  switch (source) {
    case AsOfSource::option:
      return "--as-of";
    case AsOfSource::inventory:
      return "the inventory's as_of";
    case AsOfSource::today:
      return "today";
  }
  return "today";
}

base::CivilDate civil(const inventory::Date& date) {
  return base::CivilDate{date.year, date.month, date.day};
}

base::CivilDate AsOfRequest::today_or_clock() const {
  return today ? *today : base::today_utc();
}

ReviewDate choose_review_date(const AsOfRequest& request, const inventory::Inventory& inventory) {
  if (request.option)
    return {*request.option, AsOfSource::option};
  if (inventory.as_of)
    return {civil(*inventory.as_of), AsOfSource::inventory};
  return {request.today_or_clock(), AsOfSource::today};
}

ContractExit contract_exit(const inventory::Product& product, const inventory::Inventory& inventory,
                           const base::CivilDate& review) {
  ContractExit exit;
  exit.exit = review;
  if (!product.contract_end)
    return exit;
  const base::CivilDate end = civil(*product.contract_end);
  const long long notice = product.notice_days.value_or(inventory.notice_days);
  const long long term = product.renewal_months.value_or(inventory.renewal_months);
  const long long review_day = base::day_number(review);
  // Start a term or so before the review date rather than at contract_end,
  // so a contract that ended decades ago costs a few steps, not thousands.
  const long long months_late = (static_cast<long long>(review.year) * 12 + review.month) -
                                (static_cast<long long>(end.year) * 12 + end.month);
  long long renewals = std::max(0LL, months_late / term - 1);
  base::CivilDate candidate = base::add_months(end, renewals * term);
  while (base::day_number(candidate) - notice < review_day) {
    ++renewals;
    candidate = base::add_months(end, renewals * term);
  }
  exit.exit = candidate;
  exit.exit_day = base::day_number(candidate) - review_day;
  exit.notice_by = base::add_days(candidate, -notice);
  exit.renewals = static_cast<int>(renewals);
  return exit;
}

TimeMoney::TimeMoney(inventory::Decimal horizon_years, inventory::Decimal discount_rate) {
  scale_ = power_of_ten(horizon_years.scale);
  horizon_ = horizon_years.units * 1461;
  discounted_ = discount_rate.units != 0;
  if (discounted_)
    log_rate_ = std::log1p(static_cast<long double>(discount_rate.units) /
                           static_cast<long double>(power_of_ten(discount_rate.scale)));
}

TimeMoney::Ticks TimeMoney::day(long long days) const {
  return days * 4 * scale_;
}

TimeMoney::Ticks TimeMoney::year(long long years) const {
  return years * 1461 * scale_;
}

long long TimeMoney::horizon_days() const {
  return horizon_ / (4 * scale_);  // ticks are >= 0: division floors
}

std::int64_t TimeMoney::paid_for(std::int64_t annual, Ticks t) const {
  if (!discounted_)
    return rounded_quotient(static_cast<Wide>(annual) * t, static_cast<Wide>(year(1)));
  // a(t) = (1 - (1 + r)^-t) / ln(1 + r), with expm1 for accuracy at small r t.
  const long double years = static_cast<long double>(t) / static_cast<long double>(year(1));
  const long double factor = -std::expm1(-years * log_rate_) / log_rate_;
  return rounded(static_cast<long double>(annual) * factor);
}

std::int64_t TimeMoney::paid_at(std::int64_t amount, Ticks t) const {
  if (!discounted_)
    return amount;
  const long double years = static_cast<long double>(t) / static_cast<long double>(year(1));
  return rounded(static_cast<long double>(amount) * std::exp(-years * log_rate_));
}

std::int64_t TimeMoney::nominal(std::int64_t annual, Ticks from, Ticks to) const {
  return rounded_quotient(static_cast<Wide>(annual) * (to - from), static_cast<Wide>(year(1)));
}

ProductMoney app_money(const inventory::App& app, const ContractExit& exit,
                       const TimeMoney& money) {
  ProductMoney out;
  const TimeMoney::Ticks leaves = money.day(exit.exit_day);
  out.chosen = money.paid_for(app.annual_cost, money.horizon());
  out.running_until_exit = money.paid_for(app.annual_cost, std::min(money.horizon(), leaves));
  out.retire_at_exit = money.paid_at(app.retire_cost, leaves);
  out.dropped = out.running_until_exit + out.retire_at_exit;
  return out;
}

ProductMoney candidate_money(const inventory::Candidate& candidate, const TimeMoney& money) {
  ProductMoney out;
  out.chosen = money.paid_for(candidate.annual_cost, money.horizon()) + candidate.acquire_cost;
  return out;
}

}  // namespace appmix::model
