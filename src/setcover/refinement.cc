#include "setcover/refinement.h"

#include <algorithm>

#include "setcover/core.h"
#include "setcover/lagrangian.h"
#include "setcover/local_search.h"

namespace appmix::setcover {
namespace {

Cover refine_whole(const Instance& instance, const Cover& start, const std::vector<double>& u,
                   const RefinementParams& params, long long& iterations) {
  Cover best = start;
  const Subproblem whole(instance);
  std::vector<double> reduced_costs(instance.num_columns(), 0.0);
  lagrangian_bound(instance, whole, u, reduced_costs);
  double fraction = 0.3;
  for (int round = 0; round < params.rounds; ++round) {
    if (std::chrono::steady_clock::now() >= params.deadline)
      break;
    // Cover counts of the best cover, then delta per chosen column.
    std::vector<int> count(instance.num_rows(), 0);
    for (const ColumnIndex j : best.columns) {
      for (const RowIndex i : instance.rows_of(j))
        ++count[i.value];
    }
    std::vector<std::pair<double, std::int32_t>> order;
    for (const ColumnIndex j : best.columns) {
      double delta = std::max(reduced_costs[j.value], 0.0);
      for (const RowIndex i : instance.rows_of(j)) {
        const int need = instance.demand(i);
        delta += u[i.value] * (count[i.value] - need) / count[i.value];
      }
      order.emplace_back(delta, j.value);
    }
    std::sort(order.begin(), order.end());
    Subproblem part(instance);
    const double target = fraction * instance.num_rows();
    for (const auto& [delta, j] : order) {
      if (part.active_rows().size() <= instance.num_rows() - target)
        break;
      if (part.status(j) != Fixing::kFree)
        continue;
      part.fix(instance, j, Fixing::kIn);
      part.propagate(instance);
    }
    bool improved = false;
    SubgradientParams sub;
    sub.direction = params.direction;
    sub.max_iterations = params.iterations_per_round;
    sub.step = 0.1;
    sub.should_stop = [&params] { return std::chrono::steady_clock::now() >= params.deadline; };
    const MultiplierCallback greedy = [&](const std::vector<double>& multipliers, int iteration) {
      if (iteration % params.greedy_period != 0)
        return best.cost;
      if (auto cover = greedy_cover(instance, part, multipliers)) {
        if (cover->cost >= best.cost + best.cost / 20 + 1)
          return best.cost;  // hopeless
        Cover better = improve_cover(instance, whole, *cover);
        if (better.cost < best.cost) {
          best = std::move(better);
          improved = true;
        }
      }
      return best.cost;
    };
    if (!part.active_rows().empty()) {
      iterations += optimise_multipliers(instance, part, u, best.cost, sub, greedy).iterations;
    }
    fraction = improved ? 0.3 : std::min(1.0, fraction * 1.1);
  }
  return best;
}

}  // namespace

Cover refine_cover(const Instance& instance, const Cover& start, const std::vector<double>& u,
                   const RefinementParams& params, long long& iterations) {
  if (params.core_per_row <= 0)
    return refine_whole(instance, start, u, params, iterations);
  std::vector<double> reduced_costs(instance.num_columns(), 0.0);
  lagrangian_bound(instance, Subproblem(instance), u, reduced_costs);
  const Core core = make_core(instance, reduced_costs, start.columns, params.core_per_row);
  if (2 * core.instance.num_columns() > instance.num_columns())
    return refine_whole(instance, start, u, params, iterations);
  const Cover inner = core.restrict(start);
  // The core is narrow: a greedy costs about an iteration, so run one at each.
  RefinementParams narrow = params;
  narrow.greedy_period = 1;
  const Cover best = core.lift(refine_whole(core.instance, inner, u, narrow, iterations));
  return best;
}

}  // namespace appmix::setcover
