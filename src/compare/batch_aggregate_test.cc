#include "compare/batch_aggregate.h"

#include <doctest/doctest.h>

namespace appmix::compare {
namespace {

BatchRow solved(int apps_today, int apps_after, std::int64_t today, std::int64_t after,
                const char* currency = "EUR") {
  BatchRow row;
  row.status = RowStatus::optimal;
  row.apps_today = apps_today;
  row.apps_after = apps_after;
  row.cost_today = today;
  row.cost_after = after;
  row.savings = today == 0 ? 0.0 : static_cast<double>(today - after) / static_cast<double>(today);
  row.currency = currency;
  return row;
}

TEST_CASE("quartiles interpolate between closest ranks") {
  const Quartiles none = quartiles_of({});
  CHECK(none.median == 0);
  const Quartiles one = quartiles_of({7});
  CHECK(one.q1 == 7);
  CHECK(one.q3 == 7);
  // Sorted 1 2 3 4: positions 0.75, 1.5, 2.25.
  const Quartiles four = quartiles_of({4, 1, 3, 2});
  CHECK(four.q1 == doctest::Approx(1.75));
  CHECK(four.median == doctest::Approx(2.5));
  CHECK(four.q3 == doctest::Approx(3.25));
}

TEST_CASE("failed rows are counted but add no figures") {
  BatchAggregator aggregator;
  aggregator.add(solved(30, 20, 1000, 600));
  aggregator.add(solved(10, 5, 500, 500, "JPY"));
  BatchRow broken;
  broken.status = RowStatus::invalid;
  broken.apps_today = 99;
  aggregator.add(broken);
  BatchRow unreadable;
  unreadable.status = RowStatus::unreadable;
  aggregator.add(unreadable);
  const BatchAggregate result = aggregator.result();
  CHECK(result.inventories == 4);
  CHECK(result.solved == 2);
  CHECK(result.failed == 2);
  CHECK(result.unreadable == 1);
  CHECK(result.apps_today == 40);
  CHECK(result.apps_after == 25);
  CHECK(result.mean_apps_today == doctest::Approx(20));
  CHECK(result.app_reduction == doctest::Approx(1.0 - 25.0 / 40.0));
  CHECK(result.apps_today_quartiles.median == doctest::Approx(20));
  CHECK(result.savings_quartiles.median == doctest::Approx(0.2));
  // Money stays per currency.
  REQUIRE(result.money.size() == 2);
  CHECK(result.money.at("EUR").today == 1000);
  CHECK(result.money.at("JPY").after == 500);
}

}  // namespace
}  // namespace appmix::compare
