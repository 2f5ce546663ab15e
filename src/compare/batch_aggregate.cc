#include "compare/batch_aggregate.h"

#include <algorithm>
#include <cmath>

namespace appmix::compare {

namespace {

double at_fraction(const std::vector<double>& sorted, double fraction) {
  const double position = fraction * static_cast<double>(sorted.size() - 1);
  const std::size_t below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double weight = position - static_cast<double>(below);
  return sorted[below] + (sorted[above] - sorted[below]) * weight;
}

}  // namespace

Quartiles quartiles_of(std::vector<double> values) {
  if (values.empty())
    return {};
  std::sort(values.begin(), values.end());
  return {at_fraction(values, 0.25), at_fraction(values, 0.5), at_fraction(values, 0.75)};
}

void BatchAggregator::add(const BatchRow& row) {
  ++totals_.inventories;
  if (failed(row.status)) {
    ++totals_.failed;
    totals_.unreadable += row.status == RowStatus::unreadable;
    return;
  }
  ++totals_.solved;
  totals_.optimal += row.status == RowStatus::optimal;
  totals_.apps_today += row.apps_today;
  totals_.apps_after += row.apps_after;
  totals_.feedback_today += row.feedback_today;
  totals_.feedback_after += row.feedback_after;
  totals_.unsanctioned_personal += row.unsanctioned_personal;
  totals_.gaps += row.gaps;
  CurrencyTotals& money = totals_.money[row.currency];
  money.today += row.cost_today;
  money.after += row.cost_after;
  money.exponent = row.currency_exponent;
  ++money.inventories;
  apps_today_.push_back(row.apps_today);
  apps_after_.push_back(row.apps_after);
  savings_.push_back(row.savings);
}

BatchAggregate BatchAggregator::result() const {
  BatchAggregate result = totals_;
  result.apps_today_quartiles = quartiles_of(apps_today_);
  result.apps_after_quartiles = quartiles_of(apps_after_);
  result.savings_quartiles = quartiles_of(savings_);
  if (result.solved > 0) {
    result.mean_apps_today = static_cast<double>(result.apps_today) / result.solved;
    result.mean_apps_after = static_cast<double>(result.apps_after) / result.solved;
  }
  if (result.apps_today > 0) {
    result.app_reduction =
        1.0 - static_cast<double>(result.apps_after) / static_cast<double>(result.apps_today);
  }
  return result;
}

}  // namespace appmix::compare
