#include "setcover/lexicographic.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <utility>

#include "setcover/lagrangian.h"
#include "setcover/reduce.h"
#include "setcover/subproblem.h"

namespace appmix::setcover {
namespace {

// Subgradient iterations of the face step, per row of the reduced instance.
constexpr int kFaceIterationsPerRow = 20;

// The order among level-0 optima is a tie-break, so its search gets a work
// limit of its own (unless the caller sets one): 1,000 nodes. On generated
// inventories the cost objective's face search needs 3 to 31 nodes; with
// --objective apps the face of 5,000 apps holds 2,850 columns and its
// composite does not close in 60 s (about 150 nodes a second), so without a
// limit every such run would take the whole time limit for a tie-break.
constexpr long long kFaceNodes = 1000;

using Clock = std::chrono::steady_clock;

// The same rows, demands and fixings with other costs. Fixed columns cost 0:
// they add the same to every cover (and level weights may be negative there).
Instance with_costs(const Instance& instance, std::vector<Cost> costs,
                    const std::vector<Fixing>& fixings) {
  for (std::size_t j = 0; j < costs.size(); ++j) {
    if (fixings[j] != Fixing::kFree)
      costs[j] = 0;
  }
  std::vector<std::vector<RowIndex>> column_rows(instance.num_columns());
  for (int j = 0; j < instance.num_columns(); ++j) {
    const auto rows = instance.rows_of(ColumnIndex(j));
    column_rows[j].assign(rows.begin(), rows.end());
  }
  Instance out(instance.num_rows(), std::move(costs), column_rows);
  for (int i = 0; i < instance.num_rows(); ++i)
    out.set_demand(RowIndex(i), instance.demand(RowIndex(i)));
  for (int j = 0; j < instance.num_columns(); ++j)
    out.set_fixing(ColumnIndex(j), fixings[j]);
  return out;
}

// One cost per column combining the first `count` levels, or nothing when
// the sum over the free columns would not stay exact. Fixed columns get 0:
// they add the same to every cover.
struct Composite {
  std::vector<Cost> costs;
  std::vector<Cost> scale;  // M_k per level
};

std::optional<Composite> make_composite(const std::vector<std::vector<Cost>>& levels, int count,
                                        const std::vector<Fixing>& fixings, Cost limit) {
  // a + b and a * b within [0, limit], or nullopt. Composite costs stay
  // below 2^53 in total, so every partial sum the solver forms, in integers
  // or in doubles, is exact.
  const auto add_exact = [limit](Cost a, Cost b) -> std::optional<Cost> {
    if (a > limit - b)
      return std::nullopt;
    return a + b;
  };
  const auto multiply_exact = [limit](Cost a, Cost b) -> std::optional<Cost> {
    if (a != 0 && b > limit / a)
      return std::nullopt;
    return a * b;
  };
  const int n = static_cast<int>(fixings.size());
  Composite composite;
  composite.scale.assign(count, 1);
  Cost later = 0;  // sum over later levels of M_l * R_l
  for (int k = count - 1; k >= 0; --k) {
    const auto scale = add_exact(1, later);
    if (!scale)
      return std::nullopt;
    composite.scale[k] = *scale;
    Cost range = 0;
    for (int j = 0; j < n; ++j) {
      if (fixings[j] != Fixing::kFree)
        continue;
      const auto next = add_exact(range, std::abs(levels[k][j]));
      if (!next)
        return std::nullopt;
      range = *next;
    }
    const auto weighted = multiply_exact(*scale, range);
    if (!weighted || !add_exact(later, *weighted))
      return std::nullopt;
    later += *weighted;
  }
  // The whole composite over the free columns must stay exact too.
  composite.costs.assign(n, 0);
  Cost total = 0;
  for (int j = 0; j < n; ++j) {
    if (fixings[j] != Fixing::kFree)
      continue;
    Cost cost = 0;
    for (int k = 0; k < count; ++k)
      cost += composite.scale[k] * levels[k][j];
    if (cost <= 0)
      throw std::logic_error("solve_lexicographic: a free column improves the order at no cost");
    const auto next = add_exact(total, cost);
    if (!next)
      return std::nullopt;
    total = *next;
    composite.costs[j] = cost;
  }
  return composite;
}

Cost level_value(const std::vector<Cost>& level, const std::vector<ColumnIndex>& columns) {
  Cost value = 0;
  for (const ColumnIndex j : columns)
    value += level[j.value];
  return value;
}

std::vector<Cost> values_of(const std::vector<std::vector<Cost>>& levels,
                            const std::vector<ColumnIndex>& columns) {
  std::vector<Cost> values;
  for (const auto& level : levels)
    values.push_back(level_value(level, columns));
  return values;
}

// Columns that no cover of level-0 cost <= optimum can contain are fixed
// out, those every such cover contains fixed in: presolve without column
// domination (it would drop columns of equal cost that tie-breaking still
// needs), then reduced-cost fixing at multipliers of the Lagrangian bound.
std::vector<Fixing> optimal_face(const Instance& level0, Cost optimum, const SolveOptions& options,
                                 Clock::time_point deadline) {
  ReductionOptions reductions = options.reductions;
  reductions.dominated_columns = false;
  reductions.upper_bound = optimum + 1;
  const Reduced reduced = reduce(level0, reductions);
  std::vector<Fixing> fixings(level0.num_columns(), Fixing::kOut);
  for (const ColumnIndex j : reduced.fixed_in)
    fixings[j.value] = Fixing::kIn;
  if (reduced.infeasible)
    throw std::logic_error("solve_lexicographic: the level-0 optimum has no cover");
  const Instance& core = reduced.instance;
  std::vector<Fixing> core_fixings(core.num_columns(), Fixing::kFree);
  if (core.num_rows() > 0) {
    const Subproblem root(core);
    SubgradientParams params;
    params.direction = options.direction;
    params.max_iterations = std::max(200, kFaceIterationsPerRow * core.num_rows());
    params.should_stop = [deadline] { return Clock::now() >= deadline; };
    const SubgradientResult lagrangian = optimise_multipliers(
        core, root, initial_multipliers(core, root), optimum + 1 - reduced.fixed_cost, params);
    const double bound = static_cast<double>(reduced.fixed_cost) + lagrangian.bound;
    for (const std::int32_t j : root.free_columns()) {
      const double reduced_cost = lagrangian.reduced_costs[j];
      if (reduced_cost > 0 && proven_bound(bound + reduced_cost) > optimum)
        core_fixings[j] = Fixing::kOut;
      else if (reduced_cost < 0 && proven_bound(bound - reduced_cost) > optimum)
        core_fixings[j] = Fixing::kIn;
    }
  }
  for (int c = 0; c < core.num_columns(); ++c)
    fixings[reduced.column_origin[c].value] = core_fixings[c];
  return fixings;
}

std::vector<Fixing> fixings_of(const Instance& instance) {
  std::vector<Fixing> fixings(instance.num_columns());
  for (int j = 0; j < instance.num_columns(); ++j)
    fixings[j] = instance.fixing(ColumnIndex(j));
  return fixings;
}

// Progress of a solve reported in level-0 units: the composite divided by
// M_0 (the later levels add less than one unit of it), plus the level-0
// weight of the fixed-in columns, which the solves price at 0.
SolveOptions reporting_level0(const SolveOptions& options, const std::vector<Cost>& level0,
                              const std::vector<Fixing>& fixings, Cost scale) {
  if (!options.on_progress)
    return options;
  Cost fixed = 0;
  for (std::size_t j = 0; j < fixings.size(); ++j) {
    if (fixings[j] == Fixing::kIn)
      fixed += level0[j];
  }
  SolveOptions wrapped = options;
  wrapped.on_progress = [report = options.on_progress, fixed, scale](const Progress& progress) {
    report({fixed + progress.incumbent / scale, fixed + progress.bound / scale, progress.nodes,
            progress.seconds});
  };
  return wrapped;
}

// A solve of the composite of the first `combined` levels.
struct CompositeSolve {
  Result result;
  int combined = 1;
  std::vector<Cost> scale{1};  // M_k of the levels combined
};

// Solves the composite of the first `count` levels that fits, from `count`
// down to level 0 alone.
CompositeSolve solve_composite(const Instance& instance,
                               const std::vector<std::vector<Cost>>& levels, int count,
                               const std::vector<Fixing>& fixings, const SolveOptions& options,
                               Cost limit) {
  for (; count > 1; --count) {
    if (auto composite = make_composite(levels, count, fixings, limit)) {
      Result result = solve(with_costs(instance, std::move(composite->costs), fixings),
                            reporting_level0(options, levels[0], fixings, composite->scale[0]));
      return {std::move(result), count, std::move(composite->scale)};
    }
  }
  return {solve(with_costs(instance, levels[0], fixings),
                reporting_level0(options, levels[0], fixings, 1)),
          1,
          {1}};
}

// A proven bound on level 0 from a composite bound B: over the free columns
// F, M_0 * v0 + sum_{k>0} M_k * v_k >= B, and v_k <= the sum of level k's
// positive weights over F, so v0 >= (B - that) / M_0.
Cost level0_bound(const CompositeSolve& solved, const std::vector<std::vector<Cost>>& levels,
                  const std::vector<Fixing>& fixings) {
  Cost fixed = 0, rest = 0;
  for (int j = 0; j < static_cast<int>(fixings.size()); ++j) {
    if (fixings[j] == Fixing::kIn)
      fixed += levels[0][j];
    if (fixings[j] != Fixing::kFree)
      continue;
    for (int k = 1; k < solved.combined; ++k)
      rest += solved.scale[k] * std::max<Cost>(0, levels[k][j]);
  }
  if (solved.combined == 1)
    return fixed + solved.result.lower_bound;
  const Cost numerator = solved.result.lower_bound - rest;
  const Cost scale = solved.scale[0];
  // Ceiling division for either sign.
  const Cost quotient = numerator / scale + (numerator % scale > 0 ? 1 : 0);
  return fixed + std::max<Cost>(0, quotient);
}

}  // namespace

LexicographicResult solve_lexicographic(const Instance& instance,
                                        const std::vector<std::vector<Cost>>& levels,
                                        const SolveOptions& options, Cost exact_limit) {
  if (levels.empty())
    throw std::logic_error("solve_lexicographic: no level");
  const Clock::time_point start = Clock::now();
  const int count = static_cast<int>(levels.size());
  const std::vector<Fixing> fixings = fixings_of(instance);
  LexicographicResult out;

  CompositeSolve solved;
  std::vector<Fixing> solved_fixings = fixings;
  if (make_composite(levels, count, fixings, exact_limit)) {
    solved = solve_composite(instance, levels, count, fixings, options, exact_limit);
    out.solves = 1;
  } else {
    // Level 0 alone first, then the order on its optimal face.
    const Instance level0 = with_costs(instance, levels[0], fixings);
    Result first = solve(level0, reporting_level0(options, levels[0], fixings, 1));
    out.solves = 1;
    if (first.optimal) {
      const auto deadline =
          options.time_limit_seconds
              ? start + std::chrono::duration_cast<Clock::duration>(
                            std::chrono::duration<double>(*options.time_limit_seconds))
              : Clock::time_point::max();
      std::vector<Fixing> face = optimal_face(level0, first.cost, options, deadline);
      out.face_columns = static_cast<int>(std::count(face.begin(), face.end(), Fixing::kFree));
      SolveOptions rest = options;
      if (rest.max_nodes < 0)
        rest.max_nodes = kFaceNodes;
      const double spent = std::chrono::duration<double>(Clock::now() - start).count();
      if (options.time_limit_seconds)
        rest.time_limit_seconds = std::max(0.0, *options.time_limit_seconds - spent);
      CompositeSolve ordered = solve_composite(instance, levels, count, face, rest, exact_limit);
      ++out.solves;
      // The face holds every level-0 optimum, so a proven composite optimum
      // is one of them. A search cut short still yields a level-0 optimum
      // (one unit of level 0 outweighs the rest) that may be better on the
      // later levels than the first; only level 0 is proven then.
      const bool same_level0 =
          level_value(levels[0], ordered.result.columns) == level_value(levels[0], first.columns);
      if (ordered.combined > 1 && ordered.result.optimal && same_level0) {
        solved = std::move(ordered);
        solved_fixings = std::move(face);
      } else {
        if (ordered.combined > 1 && same_level0 &&
            values_of(levels, ordered.result.columns) < values_of(levels, first.columns)) {
          first.columns = ordered.result.columns;
        }
        solved = CompositeSolve{std::move(first), 1, {1}};
        solved.result.ended_by = ordered.result.ended_by;
      }
    } else {
      solved = CompositeSolve{std::move(first), 1, {1}};
    }
  }
  const Result& result = solved.result;
  out.columns = result.columns;
  out.values = values_of(levels, out.columns);
  out.ended_by = result.ended_by;
  out.shortfall = result.shortfall;
  out.statistics = result.statistics;
  out.levels_proven = result.optimal ? solved.combined : 0;
  out.level0_bound = result.optimal ? out.values[0] : level0_bound(solved, levels, solved_fixings);
  return out;
}

}  // namespace appmix::setcover
