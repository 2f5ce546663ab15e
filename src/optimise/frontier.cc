#include "optimise/frontier.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "optimise/signed_instance.h"
#include "setcover/cardinality.h"

namespace appmix::optimise {
namespace {

using Clock = std::chrono::steady_clock;

constexpr long long kNodesPerPoint = 20000;
// Nonzeros the subgradient iterations may read (a count, so the result
// never depends on the machine), per point and over the whole frontier. The
// hardest proven point of the 500-app benchmark inventories read 6.6e8 and
// the whole frontier 4e9 (about 1.3 s). Past the pool a point gets a short
// root only, its warm start and a bound, so a report of 5,000 apps still
// draws its frontier in seconds.
constexpr long long kWorkPerPoint = 800'000'000;
constexpr long long kWorkPool = 6'000'000'000;
constexpr int kRootOnlyIterations = 30;

setcover::EndedBy worse(setcover::EndedBy a, setcover::EndedBy b) {
  return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

}  // namespace

std::vector<int> frontier_counts(int least, int most, int points) {
  std::vector<int> counts;
  if (most < least)
    return counts;
  const int span = most - least;
  if (span + 1 <= points) {
    for (int k = least; k <= most; ++k)
      counts.push_back(k);
    return counts;
  }
  for (int t = 0; t < points; ++t) {
    // Rounded to nearest in integers: least + t * span / (points - 1).
    const long long step = (2LL * t * span + (points - 1)) / (2LL * (points - 1));
    counts.push_back(least + static_cast<int>(step));
  }
  counts.erase(std::unique(counts.begin(), counts.end()), counts.end());
  return counts;
}

Frontier cost_apps_frontier(const model::PortfolioModel& model, const LeastCostMix& least_cost,
                            const setcover::SolveOptions& options) {
  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline =
      options.time_limit_seconds
          ? start + std::chrono::duration_cast<Clock::duration>(
                        std::chrono::duration<double>(*options.time_limit_seconds))
          : Clock::time_point::max();
  Frontier frontier;
  const SignedInstance signed_instance = build_signed_instance(model);
  const setcover::Instance& instance = signed_instance.map.instance;

  // The least number of apps: the same rows and fixings, every column at 1.
  std::vector<setcover::Cost> ones(instance.num_columns(), 1);
  std::vector<setcover::Fixing> fixings(instance.num_columns());
  for (int j = 0; j < instance.num_columns(); ++j)
    fixings[j] = instance.fixing(setcover::ColumnIndex(j));
  const InstanceMap counting = build_instance(model, ones, fixings);
  setcover::SolveOptions count_options = options;
  count_options.direction = setcover::Direction::kPlain;
  count_options.on_progress = nullptr;
  const setcover::Result fewest = setcover::solve(counting.instance, count_options);
  frontier.least_apps_proven = fewest.optimal;
  frontier.ended_by = fewest.ended_by;
  frontier.nodes = fewest.statistics.nodes;

  setcover::CardinalityOptions search;
  search.max_nodes = options.max_nodes >= 0 ? options.max_nodes : kNodesPerPoint;
  search.deadline = deadline;
  long long pool = kWorkPool;
  setcover::CardinalityStart warm;
  warm.columns = fewest.columns;
  warm.has_cover = true;
  const int least = static_cast<int>(fewest.cost);
  for (const int k : frontier_counts(least, std::max(least, least_cost.apps))) {
    FrontierPoint point;
    point.apps = k;
    if (k >= least_cost.apps) {
      // The least-cost mix itself: no cap below its size binds.
      point.cost = least_cost.cost;
      point.lower_bound = least_cost.lower_bound;
      point.proven = least_cost.proven;
    } else {
      const long long nonzeros = std::max<long long>(1, instance.num_nonzeros());
      if (pool > 0) {
        search.max_iterations =
            std::max<long long>(search.root_iterations, std::min(kWorkPerPoint, pool) / nonzeros);
      } else {
        search.max_nodes = 1;
        search.root_iterations = kRootOnlyIterations;
        search.max_iterations = kRootOnlyIterations;
      }
      const setcover::CardinalityResult result = setcover::solve_at_most(instance, k, search, warm);
      pool -= result.iterations * nonzeros;
      frontier.nodes += result.nodes;
      frontier.ended_by = worse(frontier.ended_by, result.ended_by);
      if (!result.feasible)
        continue;  // below the least count found (only when that was not proven)
      point.cost = signed_instance.money_of(result.cost);
      const bool bounded = result.lower_bound != std::numeric_limits<setcover::Cost>::min();
      point.lower_bound =
          bounded ? std::max(signed_instance.money_of(result.lower_bound), least_cost.lower_bound)
                  : least_cost.lower_bound;
      point.lower_bound = std::min(point.lower_bound, point.cost);
      point.proven = result.optimal;
      warm.columns = result.columns;
      warm.u = result.u;
    }
    frontier.points.push_back(point);
  }
  // A bound for k also bounds every smaller k (fewer apps never cost less).
  for (int t = static_cast<int>(frontier.points.size()) - 2; t >= 0; --t) {
    FrontierPoint& point = frontier.points[t];
    point.lower_bound =
        std::min(point.cost, std::max(point.lower_bound, frontier.points[t + 1].lower_bound));
    point.proven = point.proven || point.lower_bound == point.cost;
  }
  frontier.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return frontier;
}

}  // namespace appmix::optimise
