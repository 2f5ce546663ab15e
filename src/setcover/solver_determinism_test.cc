// The result does not depend on the thread count (work limits only), and the
// solver reaches known optima of small OR-Library instances when the shared
// benchmark folder is present.
#include <doctest/doctest.h>

#include <filesystem>
#include <limits>
#include <stdexcept>

#include "setcover/branch_and_bound.h"
#include "setcover/orlib_reader.h"
#include "setcover/solver.h"
#include "setcover/verify.h"

namespace appmix::setcover {
namespace {

// A mid-sized multicover instance whose search needs many nodes.
Instance mid_sized_instance(std::uint64_t seed) {
  Random random(seed);
  const int m = 80, n = 400;
  std::vector<Cost> costs(n);
  std::vector<std::vector<RowIndex>> rows(n);
  for (int j = 0; j < n; ++j) {
    costs[j] = 1 + static_cast<Cost>(random.below(3));  // near-unicost: large trees
    for (int i = 0; i < m; ++i) {
      if (random.below(100) < 8)
        rows[j].emplace_back(i);
    }
  }
  Instance instance(m, std::move(costs), rows);
  for (int i = 0; i < m; ++i)
    instance.set_demand(RowIndex(i), 1 + (random.below(4) == 0));
  return instance;
}

TEST_CASE("threads 1 and 2 give the same result under work limits") {
  long long nodes = 0;
  bool cut_short = false;
  for (const std::uint64_t seed : {1u, 2u, 3u}) {
    for (const long long max_nodes : {8LL, 64LL}) {
      const Instance instance = mid_sized_instance(seed);
      SolveOptions options;
      options.time_limit_seconds = std::nullopt;
      options.max_nodes = max_nodes;
      options.seed = seed;
      options.threads = 1;
      const Result one = solve(instance, options);
      options.threads = 2;
      const Result two = solve(instance, options);
      CAPTURE(seed);
      CAPTURE(max_nodes);
      CHECK(one.columns == two.columns);
      CHECK(one.cost == two.cost);
      CHECK(one.lower_bound == two.lower_bound);
      CHECK(one.optimal == two.optimal);
      CHECK(one.ended_by == two.ended_by);
      CHECK(one.statistics.nodes == two.statistics.nodes);
      CHECK(one.statistics.iterations == two.statistics.iterations);
      CHECK(verify(instance, one.columns).ok);
      nodes += one.statistics.nodes;
      cut_short |= one.ended_by == EndedBy::kWorkLimit;
    }
  }
  CHECK(nodes > 32);  // batches of several nodes were merged
  CHECK(cut_short);   // and a work limit ended a search
}

TEST_CASE("no time limit: only the work limits end the search") {
  const Instance instance = mid_sized_instance(1);
  SolveOptions options;
  options.time_limit_seconds = std::nullopt;
  options.max_nodes = 8;
  options.threads = 1;
  const Result limited = solve(instance, options);
  CHECK(limited.ended_by == EndedBy::kWorkLimit);
  CHECK_FALSE(limited.optimal);
  // A limit far past the clock's range is no limit either, not an overflow
  // (UBSan would report one), and plain assignment of a number still works.
  options.time_limit_seconds = 1e300;
  const Result huge = solve(instance, options);
  CHECK(huge.ended_by == EndedBy::kWorkLimit);
  CHECK(huge.columns == limited.columns);
  options.time_limit_seconds = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(solve(instance, options), std::invalid_argument);
}

TEST_CASE("diving over the node memory budget is the same for 1 and 2 threads") {
  bool switched = false;
  for (const std::uint64_t seed : {1u, 2u}) {
    const Instance instance = mid_sized_instance(seed);
    const Subproblem root(instance);
    SearchOptions search;
    search.node_iterations = 5;  // weak bounds: a wide frontier
    search.max_nodes = 400;
    search.node_memory = 64 << 10;
    const std::vector<double> u(instance.num_rows(), 0.0);
    search.threads = 1;
    const SearchResult one =
        branch_and_bound(instance, std::numeric_limits<Cost>::max(), u, search);
    search.threads = 2;
    const SearchResult two =
        branch_and_bound(instance, std::numeric_limits<Cost>::max(), u, search);
    search.node_memory = std::numeric_limits<long long>::max();
    const SearchResult never =
        branch_and_bound(instance, std::numeric_limits<Cost>::max(), u, search);
    CAPTURE(seed);
    CHECK(one.nodes == two.nodes);
    CHECK(one.iterations == two.iterations);
    CHECK(one.lower_bound == two.lower_bound);
    CHECK(one.best.has_value() == two.best.has_value());
    if (one.best && two.best)
      CHECK(one.best->columns == two.best->columns);
    // The budget changed the order of the search.
    switched |= one.iterations != never.iterations || one.lower_bound != never.lower_bound;
  }
  CHECK(switched);
}

TEST_CASE("known optima of small OR-Library instances") {
  // Three small instances of J. E. Beasley's OR-Library, from the reference
  // data (APPMIX_REFERENCE_DATA in CMakeLists.txt), which the repository does
  // not copy; bench/setcover runs all of them.
  const std::filesystem::path folder =
      std::filesystem::path(APPMIX_REFERENCE_DATA) / "benchmarks" / "setcover";
  if (!std::filesystem::exists(folder)) {
    MESSAGE("skipped: " << folder.string() << " is absent (no reference data)");
    return;
  }
  const std::pair<const char*, Cost> known[] = {
      {"scp41.txt.gz", 429}, {"scp61.txt.gz", 138}, {"scpe1.txt.gz", 5}};
  for (const auto& [name, optimum] : known) {
    CAPTURE(name);
    const ReadResult read = read_orlib_file((folder / name).string());
    REQUIRE(read.instance.has_value());
    SolveOptions options;
    options.time_limit_seconds = std::nullopt;
    options.max_nodes = 100000;
    const Result result = solve(*read.instance, options);
    CHECK(result.optimal);
    CHECK(result.cost == optimum);
    CHECK(verify(*read.instance, result.columns).ok);
  }
}

}  // namespace
}  // namespace appmix::setcover
