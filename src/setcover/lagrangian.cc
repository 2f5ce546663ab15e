#include "setcover/lagrangian.h"

#include <algorithm>
#include <cmath>

namespace appmix::setcover {

Cost proven_bound(double bound) {
  const double margin = 1e-6 * std::max(1.0, std::fabs(bound));
  return static_cast<Cost>(std::ceil(bound - margin));
}

double lagrangian_bound(const Instance& instance, const Subproblem& subproblem,
                        const std::vector<double>& u, std::vector<double>& reduced_costs) {
  double bound = static_cast<double>(subproblem.fixed_cost());
  for (const std::int32_t i : subproblem.active_rows())
    bound += subproblem.need(i) * u[i];
  for (const std::int32_t j : subproblem.free_columns()) {
    double reduced = static_cast<double>(instance.cost(ColumnIndex(j)));
    for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
      reduced -= u[i.value];
    reduced_costs[j] = reduced;
    if (reduced < 0)
      bound += reduced;
  }
  return bound;
}

std::vector<double> initial_multipliers(const Instance& instance, const Subproblem& subproblem) {
  std::vector<double> u(instance.num_rows(), 0.0);
  for (const std::int32_t i : subproblem.active_rows()) {
    double best = std::numeric_limits<double>::infinity();
    for (const ColumnIndex j : instance.columns_of(RowIndex(i))) {
      if (subproblem.status(j.value) != Fixing::kFree)
        continue;
      const auto size = static_cast<double>(instance.rows_of(j).size());
      best = std::min(best, static_cast<double>(instance.cost(j)) / size);
    }
    u[i] = std::isfinite(best) ? best : 0.0;
  }
  return u;
}

namespace {

// Subgradient s_i = need_i - cover_i of the Lagrangian solution; with kCft
// after CFT's clean-up: negative-reduced-cost columns are taken cheapest
// first and kept only while they cover a row still short of its need (avoids
// zig-zagging on over-covered rows). Returns ||s||^2 after Beasley's rule (s_i = 0 where
// u_i = 0 and s_i < 0).
double subgradient(const Instance& instance, const Subproblem& subproblem, Direction direction_kind,
                   const std::vector<double>& u, const std::vector<double>& reduced_costs,
                   std::vector<std::int32_t>& negative, std::vector<int>& cover,
                   std::vector<double>& direction) {
  negative.clear();
  for (const std::int32_t j : subproblem.free_columns()) {
    if (reduced_costs[j] < 0)
      negative.push_back(j);
  }
  if (direction_kind == Direction::kCft) {
    std::sort(negative.begin(), negative.end(), [&](std::int32_t a, std::int32_t b) {
      return reduced_costs[a] < reduced_costs[b] || (reduced_costs[a] == reduced_costs[b] && a < b);
    });
  }
  for (const std::int32_t i : subproblem.active_rows())
    cover[i] = 0;
  for (const std::int32_t j : negative) {
    bool useful = false;
    for (const RowIndex i : instance.rows_of(ColumnIndex(j))) {
      if (subproblem.need(i.value) > 0 && cover[i.value] < subproblem.need(i.value)) {
        useful = true;
        break;
      }
    }
    if (!useful && direction_kind == Direction::kCft)
      continue;
    for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
      ++cover[i.value];
  }
  double norm = 0;
  for (const std::int32_t i : subproblem.active_rows()) {
    double s = subproblem.need(i) - cover[i];
    if (u[i] <= 0 && s < 0)
      s = 0;
    direction[i] = s;
    norm += s * s;
  }
  return norm;
}

}  // namespace

SubgradientResult optimise_multipliers(const Instance& instance, const Subproblem& subproblem,
                                       std::vector<double> u, Cost upper_bound,
                                       const SubgradientParams& params,
                                       const MultiplierCallback& callback) {
  SubgradientResult result;
  const int n = instance.num_columns(), m = instance.num_rows();
  std::vector<double> reduced_costs(n, 0.0), direction(m, 0.0);
  std::vector<int> cover(m, 0);
  std::vector<std::int32_t> negative;
  // Rows a node's fixed-in columns already serve drop out of the relaxation:
  // their multipliers must be 0 (a warm start from the parent has them set).
  std::vector<double> active_u(m, 0.0);
  for (const std::int32_t i : subproblem.active_rows())
    active_u[i] = std::max(0.0, u[i]);
  u.swap(active_u);
  double step = params.step;
  double recent_best = -std::numeric_limits<double>::infinity();
  int stalled = 0;
  double period_start = -std::numeric_limits<double>::infinity();
  for (int iteration = 0; iteration < params.max_iterations; ++iteration) {
    if (params.should_stop && iteration > 0 && params.should_stop())
      break;
    const double bound = lagrangian_bound(instance, subproblem, u, reduced_costs);
    ++result.iterations;
    if (bound > result.bound) {
      result.bound = bound;
      result.u = u;
      result.reduced_costs = reduced_costs;
    }
    if (callback)
      upper_bound = std::min(upper_bound, callback(u, iteration));
    if (proven_bound(result.bound) >= upper_bound)
      break;
    // Beasley's control: halve lambda after `window` iterations without a new
    // best bound; it beat CFT's window rule on classes A, D and NRE here.
    if (bound > recent_best) {
      recent_best = bound;
      stalled = 0;
    } else if (++stalled >= params.window) {
      step *= 0.5;
      stalled = 0;
      if (step < params.min_step)
        break;
    }
    if ((iteration + 1) % params.stall_period == 0) {
      const double gained = result.bound - period_start;
      if (gained < 1.0 && gained < 0.001 * std::max(1.0, std::fabs(result.bound)))
        break;
      period_start = result.bound;
    }
    const double norm = subgradient(instance, subproblem, params.direction, u, reduced_costs,
                                    negative, cover, direction);
    if (norm <= 0)
      break;
    // Aim 5 % above the incumbent: aiming at it exactly shrinks steps too soon.
    const double target = upper_bound == std::numeric_limits<Cost>::max()
                              ? std::max(1.05 * bound, bound + 1.0)
                              : 1.05 * static_cast<double>(upper_bound) + 1e-3;
    const double length = step * std::max(target - bound, 1e-3) / norm;
    for (const std::int32_t i : subproblem.active_rows()) {
      u[i] = std::max(0.0, u[i] + length * direction[i]);
    }
  }
  if (result.u.empty()) {  // no iteration ran: report the bound of the start
    result.u = u;
    result.reduced_costs.assign(n, 0.0);
    result.bound = lagrangian_bound(instance, subproblem, u, result.reduced_costs);
  }
  return result;
}

}  // namespace appmix::setcover
