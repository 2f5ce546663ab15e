// The look-ahead child bounds equal the child's Lagrangian value at the same
// multipliers when fixing the column forces nothing else, never exceed it
// otherwise, and so stay below the child's brute-force optimum.
#include <doctest/doctest.h>

#include "setcover/lagrangian.h"
#include "setcover/node_branching.h"
#include "setcover/test_instances.h"

namespace appmix::setcover {
namespace {

int decided_columns(const Instance& instance, const Subproblem& subproblem) {
  int count = 0;
  for (int j = 0; j < instance.num_columns(); ++j)
    count += subproblem.status(j) != Fixing::kFree;
  return count;
}

TEST_CASE("look-ahead child bounds match the child's Lagrangian value and stay valid") {
  int exact = 0, checked = 0;
  for (std::uint64_t seed = 1; seed <= 600; ++seed) {
    Random random(seed);
    Instance instance = testing::random_instance(random);
    for (int j = 0; j < instance.num_columns(); ++j)
      instance.set_fixing(ColumnIndex(j), Fixing::kFree);  // the subproblem decides here
    const Subproblem root(instance);
    if (root.infeasible() || root.active_rows().empty())
      continue;
    std::vector<double> u(instance.num_rows(), 0.0);
    for (const std::int32_t i : root.active_rows())
      u[i] = random.below(4) == 0 ? 0.0 : 6.0 * random.unit();
    std::vector<double> reduced(instance.num_columns(), 0.0);
    const double value = lagrangian_bound(instance, root, u, reduced);
    BranchScorer scorer(instance);
    for (const std::int32_t j : root.free_columns()) {
      const ChildBounds look = scorer.child_bounds(instance, root, u, reduced, value, j);
      for (const Fixing fixing : {Fixing::kIn, Fixing::kOut}) {
        CAPTURE(seed);
        CAPTURE(j);
        const double predicted = fixing == Fixing::kIn ? look.in : look.out;
        Subproblem child = root;
        child.fix(instance, j, fixing);
        const bool forced_nothing =
            decided_columns(instance, child) == decided_columns(instance, root) + 1;
        if (!child.propagate(instance))
          continue;
        const bool forced_more =
            decided_columns(instance, child) > decided_columns(instance, root) + 1;
        std::vector<double> child_u = u;
        for (int i = 0; i < instance.num_rows(); ++i) {
          if (child.need(i) <= 0)
            child_u[i] = 0;
        }
        std::vector<double> child_reduced(instance.num_columns(), 0.0);
        const double actual = lagrangian_bound(instance, child, child_u, child_reduced);
        CHECK(predicted <= actual + 1e-9);
        if (forced_nothing && !forced_more) {
          CHECK(predicted == doctest::Approx(actual).epsilon(1e-9));
          ++exact;
        }
        Instance fixed = instance;
        fixed.set_fixing(ColumnIndex(j), fixing);
        const Cost optimum = testing::BruteForce(fixed).optimum();
        if (optimum != std::numeric_limits<Cost>::max())
          CHECK(proven_bound(predicted) <= optimum);
        ++checked;
      }
    }
  }
  CHECK(exact > 1000);
  CHECK(checked > exact);
}

}  // namespace
}  // namespace appmix::setcover
