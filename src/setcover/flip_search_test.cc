// The penalty flip search and CFT's core against brute force on seeded random
// multicover instances: covers stay valid, never get worse, respect fixings,
// and the search reaches the optimum on nearly every small instance.
#include <doctest/doctest.h>

#include <algorithm>

#include "setcover/core.h"
#include "setcover/flip_search.h"
#include "setcover/reduce.h"
#include "setcover/test_instances.h"
#include "setcover/verify.h"

namespace appmix::setcover {
namespace {

using testing::BruteForce;
using testing::random_instance;

constexpr int kInstances = 1500;

// The worst cover of the instance: every column not fixed out.
Cover everything(const Instance& instance) {
  Cover cover;
  for (int j = 0; j < instance.num_columns(); ++j) {
    if (instance.fixing(ColumnIndex(j)) != Fixing::kOut) {
      cover.columns.emplace_back(j);
      cover.cost += instance.cost(ColumnIndex(j));
    }
  }
  return cover;
}

TEST_CASE("flip search returns valid covers, never worse, and finds small optima") {
  Random random(8128);
  int reached = 0, tried = 0;
  for (int k = 0; k < kInstances; ++k) {
    const Instance original = random_instance(random);
    CAPTURE(k);
    // Presolve caps demands at what the columns can give, so a cover exists.
    const Reduced reduced = reduce(original, ReductionOptions{});
    Instance instance = reduced.instance;
    if (instance.num_rows() == 0)
      continue;
    // Fix a few columns in and out to check that the search respects them.
    for (int j = 0; j < instance.num_columns(); ++j) {
      const auto draw = random.below(16);
      if (draw == 0)
        instance.set_fixing(ColumnIndex(j), Fixing::kIn);
      if (draw == 1)
        instance.set_fixing(ColumnIndex(j), Fixing::kOut);
    }
    const Cover start = everything(instance);
    if (!verify(instance, start.columns).ok)
      continue;  // fixing out made some row unservable
    const Cost optimum = BruteForce(instance).optimum();
    std::vector<double> weights(instance.num_rows());
    for (double& w : weights)
      w = k % 3 == 0 ? 0.0 : 10 * random.unit();  // zero weights must work too
    FlipParams params;
    params.max_steps = 1000;
    params.restart_after = 20;
    params.seed = k;
    FlipStatistics statistics;
    const Cover found = flip_search(instance, start, weights, params, &statistics);
    CHECK(statistics.moves + statistics.local_optima <= params.max_steps);
    CHECK(found.cost <= start.cost);
    CHECK(found.cost >= optimum);
    CHECK(std::is_sorted(found.columns.begin(), found.columns.end()));
    const Verification check = verify(instance, found.columns);
    CHECK_MESSAGE(check.ok, check.message);
    CHECK(check.cost == found.cost);
    ++tried;
    reached += found.cost == optimum;
  }
  CHECK(tried > kInstances / 5);  // presolve alone solves many
  // A local search gives no guarantee, but on up to 20 columns it should
  // almost always reach the optimum.
  CHECK(reached >= tried * 97 / 100);
}

TEST_CASE("flip search without moves returns its start") {
  Instance instance(2, {3, 1, 1}, {{RowIndex(0), RowIndex(1)}, {RowIndex(0)}, {RowIndex(1)}});
  FlipParams params;
  params.max_steps = 0;
  const Cover start{{ColumnIndex(0)}, 3};
  CHECK(flip_search(instance, start, {1.0, 1.0}, params).columns == start.columns);
  params.max_steps = 100;  // the cover of cost 2 is one swap away
  const Cover better = flip_search(instance, start, {1.0, 1.0}, params);
  CHECK(better.cost == 2);
  CHECK(better.columns == std::vector<ColumnIndex>{ColumnIndex(1), ColumnIndex(2)});
}

TEST_CASE("a core keeps the columns asked for, serves every row, and maps covers both ways") {
  Random random(2718);
  for (int k = 0; k < kInstances; ++k) {
    const Instance original = random_instance(random);
    CAPTURE(k);
    const Reduced reduced = reduce(original, ReductionOptions{});
    const Instance& instance = reduced.instance;
    if (instance.num_rows() == 0)
      continue;
    std::vector<double> reduced_costs(instance.num_columns());
    for (double& value : reduced_costs)
      value = 10 * random.unit() - 5;
    const Cover start = everything(instance);
    std::vector<ColumnIndex> keep;
    for (const ColumnIndex j : start.columns) {
      if (random.below(3) == 0)
        keep.push_back(j);
    }
    const int per_row = 1 + static_cast<int>(random.below(3));
    const Core core = make_core(instance, reduced_costs, keep, per_row);
    CHECK(std::is_sorted(core.origin.begin(), core.origin.end()));
    for (const ColumnIndex j : keep)
      CHECK(std::binary_search(core.origin.begin(), core.origin.end(), j));
    // Every row keeps min(max(per_row, demand), columns) columns, so the
    // core's columns together serve each row as the whole instance can.
    Cover all{{}, 0};
    for (int c = 0; c < core.instance.num_columns(); ++c) {
      all.columns.emplace_back(c);
      all.cost += core.instance.cost(ColumnIndex(c));
    }
    for (int i = 0; i < instance.num_rows(); ++i) {
      const auto whole = static_cast<int>(instance.columns_of(RowIndex(i)).size());
      const auto inside = static_cast<int>(core.instance.columns_of(RowIndex(i)).size());
      CHECK(inside >= std::min(whole, std::max(per_row, instance.demand(RowIndex(i)))));
      CHECK(core.instance.demand(RowIndex(i)) == instance.demand(RowIndex(i)));
    }
    const Cover lifted = core.lift(all);
    const Verification check = verify(instance, lifted.columns);
    CHECK_MESSAGE(check.ok, check.message);
    CHECK(check.cost == lifted.cost);
    CHECK(core.restrict(lifted).columns == all.columns);
  }
}

}  // namespace
}  // namespace appmix::setcover
