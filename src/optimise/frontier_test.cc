// Which numbers of apps the frontier solves (spread_evenly): every one up to 50 of them,
// else 50 spread evenly with both ends and no repeats.
#include "optimise/frontier.h"

#include <doctest/doctest.h>

namespace appmix::optimise {
namespace {

TEST_CASE("frontier counts: every k up to 50 of them") {
  CHECK(spread_evenly(3, 5) == std::vector<int>{3, 4, 5});
  CHECK(spread_evenly(7, 7) == std::vector<int>{7});
  CHECK(spread_evenly(8, 7).empty());
  const std::vector<int> fifty = spread_evenly(10, 59);
  REQUIRE(fifty.size() == 50);
  CHECK(fifty.front() == 10);
  CHECK(fifty.back() == 59);
}

TEST_CASE("frontier counts: 50 spread evenly, both ends, ascending, no repeats") {
  for (const auto& [least, most] :
       {std::pair{224, 312}, std::pair{1, 51}, std::pair{319, 2004}, std::pair{0, 100000}}) {
    const std::vector<int> counts = spread_evenly(least, most);
    CAPTURE(least);
    CAPTURE(most);
    REQUIRE(counts.size() == static_cast<std::size_t>(kFrontierPoints));
    CHECK(counts.front() == least);
    CHECK(counts.back() == most);
    for (std::size_t t = 1; t < counts.size(); ++t) {
      CHECK(counts[t] > counts[t - 1]);
      // Evenly: no gap more than one wider than the even step.
      CHECK(counts[t] - counts[t - 1] <= (most - least) / (kFrontierPoints - 1) + 1);
    }
  }
}

}  // namespace
}  // namespace appmix::optimise
