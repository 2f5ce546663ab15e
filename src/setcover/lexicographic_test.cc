// solve_lexicographic against exhaustive enumeration on seeded random
// instances with many ties, through the one-composite path and (with a low
// exactness limit) through the level-0-then-face path.
#include "setcover/lexicographic.h"

#include <doctest/doctest.h>

#include <optional>

#include "setcover/test_instances.h"
#include "setcover/verify.h"

namespace appmix::setcover {
namespace {

constexpr int kInstances = 1500;

// Lexicographic minimum of the level vectors over every selection that
// keeps the fixings and serves each row min(demand, reachable) times.
std::vector<Cost> brute_force(const Instance& instance,
                              const std::vector<std::vector<Cost>>& levels) {
  const int n = instance.num_columns(), m = instance.num_rows();
  std::vector<int> reachable(m, 0);
  for (int j = 0; j < n; ++j) {
    if (instance.fixing(ColumnIndex(j)) == Fixing::kOut)
      continue;
    for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
      ++reachable[i.value];
  }
  std::optional<std::vector<Cost>> best;
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::vector<int> cover(m, 0);
    bool allowed = true;
    for (int j = 0; j < n && allowed; ++j) {
      const bool chosen = (mask >> j) & 1u;
      const Fixing fixing = instance.fixing(ColumnIndex(j));
      allowed = !(chosen && fixing == Fixing::kOut) && !(!chosen && fixing == Fixing::kIn);
      if (chosen) {
        for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
          ++cover[i.value];
      }
    }
    for (int i = 0; i < m && allowed; ++i)
      allowed = cover[i] >= std::min(instance.demand(RowIndex(i)), reachable[i]);
    if (!allowed)
      continue;
    std::vector<Cost> values(levels.size(), 0);
    for (std::size_t k = 0; k < levels.size(); ++k) {
      for (int j = 0; j < n; ++j)
        values[k] += ((mask >> j) & 1u) ? levels[k][j] : 0;
    }
    if (!best || values < *best)
      best = values;
  }
  REQUIRE(best.has_value());
  return *best;
}

// Three levels with many ties: level 0 in 1..4, level 1 in -1..1 (a change
// count), level 2 in 0..1 (a size).
std::vector<std::vector<Cost>> random_levels(Random& random, int n) {
  std::vector<std::vector<Cost>> levels(3, std::vector<Cost>(n));
  for (int j = 0; j < n; ++j) {
    levels[0][j] = 1 + static_cast<Cost>(random.below(4));
    levels[1][j] = static_cast<Cost>(random.below(3)) - 1;
    levels[2][j] = static_cast<Cost>(random.below(2));
  }
  return levels;
}

struct Tally {
  int runs = 0;
  int proven = 0;       // every level proven
  int face_proven = 0;  // through the face step, every level proven
};

// Checks every result against brute force on the levels it claims proven.
Tally check_against_brute_force(Cost exact_limit, std::uint64_t seed) {
  Random random(seed);
  Tally tally;
  for (int k = 0; k < kInstances; ++k) {
    Instance instance = testing::random_instance(random);
    if (instance.num_columns() > 12)
      continue;
    const auto levels = random_levels(random, instance.num_columns());
    CAPTURE(k);
    SolveOptions options;
    options.threads = 1;
    options.direction = k % 2 ? Direction::kPlain : Direction::kCft;
    const LexicographicResult result = solve_lexicographic(instance, levels, options, exact_limit);
    const std::vector<Cost> expected = brute_force(instance, levels);
    REQUIRE(result.levels_proven >= 1);
    for (int level = 0; level < result.levels_proven; ++level)
      CHECK(result.values[level] == expected[level]);
    CHECK(result.level0_bound == expected[0]);
    const Verification check = verify(instance, result.columns);
    CHECK_MESSAGE(check.ok, check.message);
    ++tally.runs;
    tally.proven += result.levels_proven == 3;
    tally.face_proven += result.face_columns >= 0 && result.levels_proven == 3;
  }
  return tally;
}

TEST_CASE("lexicographic optimum through one composite equals brute force") {
  const Tally tally = check_against_brute_force(Cost{1} << 53, 20261130);
  CHECK(tally.proven == tally.runs);
  CHECK(tally.face_proven == 0);
}

TEST_CASE("lexicographic optimum through level 0 and its optimal face equals brute force") {
  // Composites of these instances reach a few hundred: a limit of 150 sends
  // many of them through the face step, where most then fit.
  CHECK(check_against_brute_force(150, 977).face_proven > 100);
}

TEST_CASE("levels that do not fit even on the face are reported unproven") {
  Random random(4242);
  int partial = 0;
  for (int k = 0; k < 300; ++k) {
    Instance instance = testing::random_instance(random);
    if (instance.num_columns() > 12)
      continue;
    const auto levels = random_levels(random, instance.num_columns());
    SolveOptions options;
    options.threads = 1;
    // Only level 0 fits: the result is level 0's proven optimum.
    const LexicographicResult result = solve_lexicographic(instance, levels, options, 4);
    const std::vector<Cost> expected = brute_force(instance, levels);
    CHECK(result.values[0] == expected[0]);
    CHECK(result.levels_proven >= 1);
    partial += result.levels_proven == 1;
  }
  CHECK(partial > 0);
}

}  // namespace
}  // namespace appmix::setcover
