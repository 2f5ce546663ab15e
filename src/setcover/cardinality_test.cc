// The cardinality-constrained search against enumeration of every subset on
// seeded random instances (costs of both signs, demands up to 3, fixings):
// for every K it finds the least cost of a cover with at most K columns, or
// proves there is none; bounds never pass the optimum when a limit stops it;
// a start cover is used; and the least cost never rises as K grows.
#include <doctest/doctest.h>

#include <limits>

#include "setcover/cardinality.h"
#include "setcover/reduce.h"
#include "setcover/test_instances.h"

namespace appmix::setcover {
namespace {

constexpr Cost kNone = std::numeric_limits<Cost>::max();

// Up to 13 columns, costs -8..20, demands capped to what the columns not
// fixed out can give (a set-cover instance as the solver receives it).
Instance random_signed_instance(Random& random) {
  Instance drawn = testing::random_instance(random);
  const int n = std::min(drawn.num_columns(), 13);
  std::vector<Cost> costs(n);
  std::vector<std::vector<RowIndex>> rows(n);
  for (int j = 0; j < n; ++j) {
    costs[j] = drawn.cost(ColumnIndex(j)) - (random.below(4) == 0 ? 8 : 0);
    const auto span = drawn.rows_of(ColumnIndex(j));
    rows[j].assign(span.begin(), span.end());
  }
  Instance instance(drawn.num_rows(), std::move(costs), rows);
  for (int j = 0; j < n; ++j)
    instance.set_fixing(ColumnIndex(j), drawn.fixing(ColumnIndex(j)));
  for (int i = 0; i < instance.num_rows(); ++i) {
    int reachable = 0;
    for (const ColumnIndex j : instance.columns_of(RowIndex(i))) {
      if (instance.fixing(j) != Fixing::kOut)
        ++reachable;
    }
    instance.set_demand(RowIndex(i), std::min(drawn.demand(RowIndex(i)), reachable));
  }
  return instance;
}

// Least cost per number of columns: best[k] over covers of exactly k columns.
std::vector<Cost> enumerate(const Instance& instance) {
  const int n = instance.num_columns(), m = instance.num_rows();
  std::vector<Cost> best(n + 1, kNone);
  for (unsigned mask = 0; mask < (1u << n); ++mask) {
    bool allowed = true;
    Cost cost = 0;
    std::vector<int> count(m, 0);
    for (int j = 0; j < n && allowed; ++j) {
      const bool in = (mask >> j) & 1u;
      const Fixing fixing = instance.fixing(ColumnIndex(j));
      if ((fixing == Fixing::kIn && !in) || (fixing == Fixing::kOut && in))
        allowed = false;
      if (in) {
        cost += instance.cost(ColumnIndex(j));
        for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
          ++count[i.value];
      }
    }
    for (int i = 0; i < m && allowed; ++i) {
      if (count[i] < instance.demand(RowIndex(i)))
        allowed = false;
    }
    if (allowed) {
      const int k = __builtin_popcount(mask);
      best[k] = std::min(best[k], cost);
    }
  }
  return best;
}

CardinalityOptions no_limits() {
  CardinalityOptions options;
  options.max_nodes = -1;
  return options;
}

TEST_CASE("solve_at_most finds the enumerated optimum for every K, or proves none") {
  Random random(20261206);
  for (int round = 0; round < 1500; ++round) {
    const Instance instance = random_signed_instance(random);
    const std::vector<Cost> exact = enumerate(instance);
    Cost at_most = kNone;
    Cost previous = kNone;
    for (int k = 0; k <= instance.num_columns(); ++k) {
      at_most = std::min(at_most, exact[k]);
      const CardinalityResult result = solve_at_most(instance, k, no_limits());
      INFO("round " << round << ", K = " << k);
      REQUIRE(result.optimal);
      REQUIRE(result.feasible == (at_most != kNone));
      if (!result.feasible)
        continue;
      CHECK(result.cost == at_most);
      CHECK(result.lower_bound == at_most);
      CHECK(static_cast<int>(result.columns.size()) <= k);
      Cost sum = 0;
      for (const ColumnIndex j : result.columns)
        sum += instance.cost(j);
      CHECK(sum == result.cost);
      CHECK(result.cost <= previous);
      previous = result.cost;
    }
  }
}

TEST_CASE("presolve keeping negative columns keeps every cardinality optimum") {
  Random random(31);
  ReductionOptions options;
  options.keep_negative = true;
  for (int round = 0; round < 1500; ++round) {
    const Instance instance = random_signed_instance(random);
    const std::vector<Cost> exact = enumerate(instance);
    const Reduced reduced = reduce(instance, options);
    REQUIRE(!reduced.infeasible);
    const int fixed = static_cast<int>(reduced.fixed_in.size());
    Cost at_most = kNone;
    for (int k = 0; k <= instance.num_columns(); ++k) {
      at_most = std::min(at_most, exact[k]);
      INFO("round " << round << ", K = " << k);
      if (k < fixed) {
        CHECK(at_most == kNone);
        continue;
      }
      const CardinalityResult result = solve_at_most(reduced.instance, k - fixed, no_limits());
      REQUIRE(result.optimal);
      REQUIRE(result.feasible == (at_most != kNone));
      if (result.feasible) {
        CHECK(reduced.fixed_cost + result.cost == at_most);
        CHECK(static_cast<int>(reduced.postsolve(result.columns).size()) <= k);
      }
    }
  }
}

TEST_CASE("a search cut short keeps its bound at or below the optimum") {
  Random random(7);
  for (int round = 0; round < 600; ++round) {
    const Instance instance = random_signed_instance(random);
    const std::vector<Cost> exact = enumerate(instance);
    Cost at_most = kNone;
    for (int k = 0; k <= instance.num_columns(); ++k) {
      at_most = std::min(at_most, exact[k]);
      CardinalityOptions options;
      options.max_nodes = static_cast<long long>(random.below(3));
      options.root_iterations = 1 + static_cast<int>(random.below(20));
      options.node_iterations = 1 + static_cast<int>(random.below(5));
      const CardinalityResult result = solve_at_most(instance, k, options);
      INFO("round " << round << ", K = " << k);
      if (at_most == kNone) {
        CHECK(!result.feasible);
        continue;
      }
      CHECK(result.lower_bound <= at_most);
      if (result.feasible) {
        CHECK(result.cost >= at_most);
        CHECK(static_cast<int>(result.columns.size()) <= k);
      }
      if (result.optimal)
        CHECK(result.cost == at_most);
    }
  }
}

TEST_CASE("a start cover within K is the first incumbent") {
  // Two rows; column 0 serves both at 10, columns 1 and 2 one each at 3.
  Instance instance(2, {10, 3, 3}, {{RowIndex(0), RowIndex(1)}, {RowIndex(0)}, {RowIndex(1)}});
  CardinalityOptions options;
  options.max_nodes = 0;  // no search at all: only the start
  CardinalityStart start;
  start.columns = {ColumnIndex(0)};
  start.has_cover = true;
  const CardinalityResult one = solve_at_most(instance, 1, options, start);
  CHECK(one.feasible);
  CHECK(one.cost == 10);
  CHECK(!one.optimal);
  const CardinalityResult two = solve_at_most(instance, 2, no_limits(), start);
  CHECK(two.cost == 6);
  CHECK(two.optimal);
  start.columns = {ColumnIndex(1), ColumnIndex(2)};  // two columns: not a start for K = 1
  CHECK(!solve_at_most(instance, 1, options, start).feasible);
}

}  // namespace
}  // namespace appmix::setcover
