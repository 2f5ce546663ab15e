// Brute force against the solver and its parts on seeded random multicover
// instances: the search finds the optimum, every bound stays below it, every
// heuristic above it, each reduction keeps it, and verify() accepts every
// reported cover.
#include <doctest/doctest.h>

#include "setcover/branch_and_bound.h"
#include "setcover/lagrangian.h"
#include "setcover/local_search.h"
#include "setcover/refinement.h"
#include "setcover/solver.h"
#include "setcover/test_instances.h"
#include "setcover/verify.h"

namespace appmix::setcover {
namespace {

using testing::BruteForce;
using testing::random_instance;

constexpr int kInstances = 1500;

SolveOptions exact_options() {
  SolveOptions options;
  options.time_limit_seconds = std::nullopt;  // work limits only: results must not depend on speed
  options.threads = 1;
  return options;
}

// Brute-force optimum of a reduced instance, lifted by its fixed cost.
Cost reduced_optimum(const Reduced& reduced) {
  Instance copy = reduced.instance;
  return reduced.fixed_cost + BruteForce(copy).optimum();
}

TEST_CASE("solve finds the brute-force optimum and verify accepts it") {
  Random random(20261124);
  for (int k = 0; k < kInstances; ++k) {
    const Instance instance = random_instance(random);
    const Cost optimum = BruteForce(instance).optimum();
    CAPTURE(k);
    SolveOptions options = exact_options();
    // Every other instance with the plain subgradient (recommend's direction).
    if (k % 2 == 1)
      options.direction = Direction::kPlain;
    const Result result = solve(instance, options);
    REQUIRE(result.optimal);
    CHECK(result.ended_by == EndedBy::kProof);
    CHECK(result.cost == optimum);
    CHECK(result.lower_bound == optimum);
    const Verification check = verify(instance, result.columns);
    CHECK_MESSAGE(check.ok, check.message);
    CHECK(check.cost == optimum);
    std::size_t short_rows = 0;
    for (const int missing : check.shortfall)
      short_rows += missing > 0;
    CHECK(result.shortfall.size() == short_rows);
  }
}

TEST_CASE("branch and bound alone, with weak bounds and no incumbent, finds the optimum") {
  Random random(31337);
  long long branched = 0;
  for (int k = 0; k < kInstances; ++k) {
    const Instance instance = random_instance(random);
    const Cost optimum = BruteForce(instance).optimum();
    CAPTURE(k);
    const Reduced reduced = reduce(instance, ReductionOptions{});
    const Subproblem root(reduced.instance);
    SearchOptions search;
    search.node_iterations = 3;  // weak bounds force branching
    search.batch_size = 1 + k % 4;
    // A third always dives (any node memory is over budget), a third switches
    // between diving and best first on a tiny budget.
    if (k % 3 == 0)
      search.node_memory = 0;
    else if (k % 3 == 1)
      search.node_memory = 512;
    const SearchResult found =
        branch_and_bound(reduced.instance, std::numeric_limits<Cost>::max(),
                         std::vector<double>(reduced.instance.num_rows(), 0.0), search);
    CHECK(found.ended_by == EndedBy::kProof);
    REQUIRE(found.best.has_value());
    CHECK(reduced.fixed_cost + found.best->cost == optimum);
    CHECK(reduced.fixed_cost + found.lower_bound == optimum);
    const Verification check = verify(instance, reduced.postsolve(found.best->columns));
    CHECK_MESSAGE(check.ok, check.message);
    branched += found.nodes > 1;
  }
  CHECK(branched > kInstances / 10);  // the test must exercise the tree
}

TEST_CASE("branch and bound prunes exactly the nodes whose bound reaches the incumbent") {
  // Integer costs: a node with ceil(L) >= UB cannot hold a cheaper cover and
  // must be dropped unevaluated; one with ceil(L) < UB may and must be kept.
  // Weak bounds and small batches make the incumbent improve while nodes wait
  // in the queue, so both sides of the boundary occur.
  Random random(4242);
  long long evaluated = 0, boundary_kept = 0;
  for (int k = 0; k < kInstances; ++k) {
    const Instance instance = random_instance(random);
    const Cost optimum = BruteForce(instance).optimum();
    CAPTURE(k);
    const Reduced reduced = reduce(instance, ReductionOptions{});
    const Cost core_optimum = optimum - reduced.fixed_cost;
    SearchOptions search;
    search.node_iterations = 2;
    search.batch_size = 1 + k % 2;
    bool stale = false;
    search.on_evaluate = [&](double bound, Cost incumbent) {
      ++evaluated;
      stale = stale || proven_bound(bound) >= incumbent;
      boundary_kept += proven_bound(bound) + 1 == incumbent;
    };
    const std::vector<double> zero(reduced.instance.num_rows(), 0.0);
    const SearchResult open_search =
        branch_and_bound(reduced.instance, std::numeric_limits<Cost>::max(), zero, search);
    CHECK_FALSE(stale);
    CHECK(open_search.ended_by == EndedBy::kProof);
    REQUIRE(open_search.best.has_value());
    CHECK(open_search.best->cost == core_optimum);
    // An incumbent one above the optimum: the optimum must still be found.
    const SearchResult near = branch_and_bound(reduced.instance, core_optimum + 1, zero, search);
    CHECK_FALSE(stale);
    REQUIRE(near.best.has_value());
    CHECK(near.best->cost == core_optimum);
    CHECK(near.lower_bound == core_optimum);
    // The optimum itself as incumbent: nothing better, and a proof.
    const SearchResult tight = branch_and_bound(reduced.instance, core_optimum, zero, search);
    CHECK_FALSE(stale);
    CHECK_FALSE(tight.best.has_value());
    CHECK(tight.ended_by == EndedBy::kProof);
    CHECK(tight.lower_bound == core_optimum);
    // Cut short: the search ends by proof exactly when no open node can
    // still beat the incumbent, i.e. when the bound reaches it.
    for (const long long limit : {1LL, 2LL, 3LL}) {
      SearchOptions cut = search;
      cut.max_nodes = limit;
      const SearchResult partial = branch_and_bound(reduced.instance, core_optimum + 1, zero, cut);
      const Cost incumbent = partial.best ? partial.best->cost : core_optimum + 1;
      CHECK(partial.lower_bound <= core_optimum);
      CHECK((partial.ended_by == EndedBy::kProof) == (partial.lower_bound >= incumbent));
    }
  }
  CHECK(evaluated > kInstances);
  CHECK(boundary_kept > 0);  // nodes one below the incumbent were evaluated
}

TEST_CASE("bounds stay below and heuristics above the optimum") {
  Random random(7);
  for (int k = 0; k < kInstances; ++k) {
    const Instance instance = random_instance(random);
    const Cost optimum = BruteForce(instance).optimum();
    CAPTURE(k);
    ReductionOptions none;
    none.necessity = none.dominated_rows = none.dominated_columns = false;
    const Reduced reduced = reduce(instance, none);
    const Instance& core = reduced.instance;
    const Subproblem root(core);
    REQUIRE_FALSE(root.infeasible());
    std::vector<double> reduced_costs(core.num_columns());
    // Any u >= 0 gives a bound: starting, random and optimised multipliers.
    std::vector<double> u = initial_multipliers(core, root);
    CHECK(reduced.fixed_cost + lagrangian_bound(core, root, u, reduced_costs) <= optimum + 1e-9);
    for (double& value : u)
      value = 20 * random.unit();
    CHECK(reduced.fixed_cost + lagrangian_bound(core, root, u, reduced_costs) <= optimum + 1e-9);
    SubgradientParams params;
    params.max_iterations = 200;
    const SubgradientResult lagrangian = optimise_multipliers(
        core, root, initial_multipliers(core, root), std::numeric_limits<Cost>::max(), params);
    CHECK(reduced.fixed_cost + proven_bound(lagrangian.bound) <= optimum);
    for (const std::vector<double>& weights : {std::vector<double>{}, lagrangian.u}) {
      const std::optional<Cover> greedy = greedy_cover(core, root, weights);
      REQUIRE(greedy.has_value());
      CHECK(reduced.fixed_cost + greedy->cost >= optimum);
      const Cover improved = improve_cover(core, root, *greedy);
      CHECK(improved.cost <= greedy->cost);
      CHECK(reduced.fixed_cost + improved.cost >= optimum);
      for (const Cover* cover : {&*greedy, &improved}) {
        const Verification check = verify(instance, reduced.postsolve(cover->columns));
        CHECK_MESSAGE(check.ok, check.message);
        CHECK(check.cost == reduced.fixed_cost + cover->cost);
      }
    }
    // A search cut short by its node limit still brackets the optimum.
    SearchOptions search;
    search.max_nodes = 1;
    const Cost incumbent = std::numeric_limits<Cost>::max();
    const SearchResult partial =
        branch_and_bound(core, incumbent, initial_multipliers(core, root), search);
    CHECK(reduced.fixed_cost + partial.lower_bound <= optimum);
    if (partial.best)
      CHECK(reduced.fixed_cost + partial.best->cost >= optimum);
  }
}

TEST_CASE("refinement, on the whole instance or on a core, returns a valid cover no worse") {
  Random random(515);
  for (int k = 0; k < kInstances; ++k) {
    const Instance instance = random_instance(random);
    const Cost optimum = BruteForce(instance).optimum();
    CAPTURE(k);
    const Reduced reduced = reduce(instance, ReductionOptions{});
    const Instance& core = reduced.instance;
    if (core.num_rows() == 0)
      continue;
    const Subproblem root(core);
    const std::optional<Cover> start = greedy_cover(core, root, {});
    REQUIRE(start.has_value());
    SubgradientParams params;
    params.max_iterations = 50;
    const SubgradientResult lagrangian =
        optimise_multipliers(core, root, initial_multipliers(core, root), start->cost, params);
    for (const int per_row : {0, 1, 2}) {
      CAPTURE(per_row);
      RefinementParams refinement;
      refinement.rounds = 3;
      refinement.iterations_per_round = 20;
      refinement.core_per_row = per_row;
      long long iterations = 0;
      const Cover refined = refine_cover(core, *start, lagrangian.u, refinement, iterations);
      CHECK(refined.cost <= start->cost);
      CHECK(reduced.fixed_cost + refined.cost >= optimum);
      CHECK(std::is_sorted(refined.columns.begin(), refined.columns.end()));
      const Verification check = verify(instance, reduced.postsolve(refined.columns));
      CHECK_MESSAGE(check.ok, check.message);
      CHECK(check.cost == reduced.fixed_cost + refined.cost);
    }
  }
}

TEST_CASE("each reduction alone, and all together, keep the optimum") {
  Random random(99);
  for (int k = 0; k < kInstances; ++k) {
    const Instance instance = random_instance(random);
    const Cost optimum = BruteForce(instance).optimum();
    CAPTURE(k);
    for (int rule = 0; rule < 5; ++rule) {
      CAPTURE(rule);
      ReductionOptions options;
      options.necessity = rule == 0 || rule == 4;
      options.dominated_rows = rule == 1 || rule == 4;
      options.dominated_columns = rule == 2 || rule == 4;
      Cost known = std::numeric_limits<Cost>::max();
      if (rule == 3 || rule == 4) {
        // The cost test needs the cost of a real cover: take everything allowed.
        std::vector<ColumnIndex> all;
        for (int j = 0; j < instance.num_columns(); ++j) {
          if (instance.fixing(ColumnIndex(j)) != Fixing::kOut)
            all.emplace_back(j);
        }
        known = verify(instance, all).cost;
        options.upper_bound = known;
      }
      const Reduced reduced = reduce(instance, options);
      if (reduced.infeasible) {
        CHECK(known == optimum);
        continue;
      }
      CHECK(std::min(known, reduced_optimum(reduced)) == optimum);
    }
  }
}

TEST_CASE("a multicover row takes two columns even when one dominates the other") {
  // Column 1 covers everything column 0 covers, at the same cost; the row
  // needs 2, so dropping the dominated column would lose the only cover.
  Instance instance(1, {3, 3}, {{RowIndex(0)}, {RowIndex(0)}});
  instance.set_demand(RowIndex(0), 2);
  const Result result = solve(instance, exact_options());
  CHECK(result.cost == 6);
  CHECK(result.columns.size() == 2);
  CHECK(result.shortfall.empty());
}

// Independent blocks (components.h) are solved one at a time, at the root
// and again in the tree after reduced-cost fixing: the sum of the blocks'
// brute-force optima, proven, for any thread count; cut short by a node
// limit, a valid cover and a bound no higher than the optimum.
TEST_CASE("independent blocks: the optimum is the sum of theirs") {
  Random random(20261207);
  for (int k = 0; k < 600; ++k) {
    CAPTURE(k);
    std::vector<Instance> blocks;
    Cost optimum = 0;
    for (int b = 2 + static_cast<int>(random.below(3)); b > 0; --b) {
      blocks.push_back(random_instance(random));
      optimum += BruteForce(blocks.back()).optimum();
    }
    const Instance instance = testing::block_diagonal(blocks);
    SolveOptions options = exact_options();
    if (k % 2 == 1)
      options.direction = Direction::kPlain;
    const Result result = solve(instance, options);
    REQUIRE(result.optimal);
    CHECK(result.cost == optimum);
    CHECK(result.lower_bound == optimum);
    const Verification check = verify(instance, result.columns);
    CHECK_MESSAGE(check.ok, check.message);
    options.threads = 4;
    CHECK(solve(instance, options).columns == result.columns);
    options.threads = 1;
    options.max_nodes = static_cast<long long>(random.below(3));
    const Result limited = solve(instance, options);
    CHECK(limited.lower_bound <= optimum);
    CHECK(limited.cost >= optimum);
    CHECK(verify(instance, limited.columns).ok);
    CHECK(limited.optimal == (limited.ended_by == EndedBy::kProof));
  }
}

TEST_CASE("rows no column can serve are reported, and the rest is solved") {
  Instance instance(3, {1, 5}, {{RowIndex(0)}, {RowIndex(0), RowIndex(1)}});
  instance.set_demand(RowIndex(0), 3);  // two columns: one unit short
  const Result result = solve(instance, exact_options());
  CHECK(result.cost == 6);
  REQUIRE(result.shortfall.size() == 2);
  CHECK(result.shortfall[0].row == RowIndex(0));
  CHECK(result.shortfall[0].missing == 1);
  CHECK(result.shortfall[1].row == RowIndex(2));
  CHECK(result.shortfall[1].missing == 1);
}

}  // namespace
}  // namespace appmix::setcover
