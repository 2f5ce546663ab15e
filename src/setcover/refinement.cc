#include "setcover/refinement.h"

#include <algorithm>

#include "setcover/lagrangian.h"
#include "setcover/local_search.h"

namespace appmix::setcover {
namespace {

struct Core {
  Instance instance;
  std::vector<ColumnIndex> origin;  // core column -> column of the whole instance, ascending
};

// CFT's core problem: for each row, the `per_row` columns of least reduced
// cost (ties: lowest index), the columns of reduced cost below 0.1 (at most
// per_row per row), and the columns of `keep`. Any cover of the
// core covers the whole instance, at the same cost.
Core make_core(const Instance& instance, const std::vector<double>& reduced_costs,
               const std::vector<ColumnIndex>& keep, int per_row) {
  std::vector<char> chosen(instance.num_columns(), 0);
  for (const ColumnIndex j : keep)
    chosen[j.value] = 1;
  std::vector<std::int32_t> candidates;
  // CFT's pricing rule: also the columns of reduced cost below 0.1, at most
  // per_row * rows of them (the least).
  for (int j = 0; j < instance.num_columns(); ++j) {
    if (instance.fixing(ColumnIndex(j)) == Fixing::kFree && reduced_costs[j] < 0.1)
      candidates.push_back(j);
  }
  const auto by_reduced_cost = [&](std::int32_t a, std::int32_t b) {
    return reduced_costs[a] < reduced_costs[b] || (reduced_costs[a] == reduced_costs[b] && a < b);
  };
  const auto cheap = std::min<std::size_t>(static_cast<std::size_t>(per_row) * instance.num_rows(),
                                           candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + cheap, candidates.end(),
                    by_reduced_cost);
  for (std::size_t k = 0; k < cheap; ++k)
    chosen[candidates[k]] = 1;
  for (int i = 0; i < instance.num_rows(); ++i) {
    candidates.clear();
    for (const ColumnIndex j : instance.columns_of(RowIndex(i))) {
      if (instance.fixing(j) == Fixing::kFree)
        candidates.push_back(j.value);
    }
    const auto take = std::min<std::size_t>(per_row, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + take, candidates.end(),
                      by_reduced_cost);
    for (std::size_t k = 0; k < take; ++k)
      chosen[candidates[k]] = 1;
  }
  Core core;
  std::vector<Cost> costs;
  std::vector<std::vector<RowIndex>> rows;
  for (int j = 0; j < instance.num_columns(); ++j) {
    if (!chosen[j])
      continue;
    core.origin.emplace_back(j);
    costs.push_back(instance.cost(ColumnIndex(j)));
    const auto column_rows = instance.rows_of(ColumnIndex(j));
    rows.emplace_back(column_rows.begin(), column_rows.end());
  }
  core.instance = Instance(instance.num_rows(), std::move(costs), rows);
  for (int i = 0; i < instance.num_rows(); ++i)
    core.instance.set_demand(RowIndex(i), instance.demand(RowIndex(i)));
  for (std::size_t k = 0; k < core.origin.size(); ++k)
    core.instance.set_fixing(ColumnIndex(static_cast<std::int32_t>(k)),
                             instance.fixing(core.origin[k]));
  return core;
}

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
  // Start cover in core indices (origin is ascending, so order is kept).
  Cover inner{{}, start.cost};
  std::size_t k = 0;
  for (const ColumnIndex j : start.columns) {
    while (core.origin[k] < j)
      ++k;
    inner.columns.emplace_back(static_cast<std::int32_t>(k));
  }
  // The core is narrow: a greedy costs about an iteration, so run one at each.
  RefinementParams narrow = params;
  narrow.greedy_period = 1;
  const Cover found = refine_whole(core.instance, inner, u, narrow, iterations);
  Cover best{{}, found.cost};
  for (const ColumnIndex j : found.columns)
    best.columns.push_back(core.origin[j.value]);
  return best;
}

}  // namespace appmix::setcover
