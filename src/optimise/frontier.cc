#include "optimise/frontier.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "optimise/signed_instance.h"
#include "setcover/cardinality.h"
#include "setcover/reduce.h"

namespace appmix::optimise {
namespace {

using Clock = std::chrono::steady_clock;

constexpr long long kNodesPerPoint = 20000;
// Work in nonzeros read (a count, so the result never depends on the
// machine), per point and over the whole frontier: a subgradient iteration
// reads the matrix once, a node about four times. After presolve the
// 500-app benchmark inventories prove every point with 1e8 in all; at
// 5,000 apps the pool keeps a report's frontier to a few seconds, points
// past it getting a short root only: their warm start and a bound.
constexpr long long kWorkPerPoint = 500'000'000;
constexpr long long kWorkPool = 1'500'000'000;
constexpr int kRootOnlyIterations = 30;

setcover::EndedBy worse(setcover::EndedBy a, setcover::EndedBy b) {
  return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

}  // namespace

std::vector<int> spread_evenly(int first, int last, int count) {
  std::vector<int> values;
  if (last < first)
    return values;
  const int span = last - first;
  if (span + 1 <= count) {
    for (int k = first; k <= last; ++k)
      values.push_back(k);
    return values;
  }
  for (int t = 0; t < count; ++t) {
    // Rounded to nearest in integers: first + t * span / (count - 1).
    const long long step = (2LL * t * span + (count - 1)) / (2LL * (count - 1));
    values.push_back(first + static_cast<int>(step));
  }
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
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
  // One presolve for every point, by reductions that keep each optimum under
  // the cap (products of negative money are kept: one may be worth a slot).
  setcover::ReductionOptions reductions;
  reductions.keep_negative = true;
  const setcover::Reduced reduced = setcover::reduce(signed_instance.map.instance, reductions);
  const setcover::Instance& instance = reduced.instance;
  const int fixed = static_cast<int>(reduced.fixed_in.size());

  // The least number of apps: the same rows, every column at 1.
  std::vector<std::vector<setcover::RowIndex>> column_rows(instance.num_columns());
  for (int j = 0; j < instance.num_columns(); ++j) {
    const auto rows = instance.rows_of(setcover::ColumnIndex(j));
    column_rows[j].assign(rows.begin(), rows.end());
  }
  setcover::Instance counting(instance.num_rows(),
                              std::vector<setcover::Cost>(instance.num_columns(), 1), column_rows);
  for (int i = 0; i < instance.num_rows(); ++i)
    counting.set_demand(setcover::RowIndex(i), instance.demand(setcover::RowIndex(i)));
  setcover::SolveOptions count_options = options;
  count_options.direction = setcover::Direction::kPlain;
  count_options.on_progress = nullptr;
  const setcover::Result fewest = setcover::solve(counting, count_options);
  frontier.least_apps_proven = fewest.optimal;
  frontier.ended_by = fewest.ended_by;
  frontier.nodes = fewest.statistics.nodes;

  setcover::CardinalityOptions search;
  const long long nodes_per_point = options.max_nodes >= 0 ? options.max_nodes : kNodesPerPoint;
  search.deadline = deadline;
  long long pool = kWorkPool;
  setcover::CardinalityStart warm;
  warm.columns = fewest.columns;
  warm.has_cover = true;
  const int least = fixed + static_cast<int>(fewest.cost);
  for (const int k : spread_evenly(least, std::max(least, least_cost.apps))) {
    FrontierPoint point;
    point.apps = k;
    if (k >= least_cost.apps) {
      // The least-cost mix itself: no cap below its size binds.
      point.cost = least_cost.cost;
      point.lower_bound = least_cost.lower_bound;
      point.proven = least_cost.proven;
    } else {
      // A subgradient iteration reads the matrix once; a node about four
      // times more (its restriction, three greedy covers).
      const long long per_iteration = std::max<long long>(1, instance.num_nonzeros());
      const long long per_node = 4 * (per_iteration + instance.num_columns() + instance.num_rows());
      if (pool > 0) {
        const long long work = std::min(kWorkPerPoint, pool);
        search.max_iterations = std::max<long long>(search.root_iterations, work / per_iteration);
        search.max_nodes = std::max<long long>(1, std::min(nodes_per_point, work / per_node));
      } else {
        search.max_nodes = 1;
        search.root_iterations = kRootOnlyIterations;
        search.max_iterations = kRootOnlyIterations;
      }
      const setcover::CardinalityResult result =
          setcover::solve_at_most(instance, k - fixed, search, warm);
      pool -= result.iterations * per_iteration + result.nodes * per_node;
      frontier.nodes += result.nodes;
      frontier.ended_by = worse(frontier.ended_by, result.ended_by);
      if (!result.feasible)
        continue;  // below the least count found (only when that was not proven)
      point.cost = signed_instance.money_of(reduced.fixed_cost + result.cost);
      const bool bounded = result.lower_bound != std::numeric_limits<setcover::Cost>::min();
      point.lower_bound =
          bounded ? std::max(signed_instance.money_of(reduced.fixed_cost + result.lower_bound),
                             least_cost.lower_bound)
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
