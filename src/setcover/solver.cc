#include "setcover/solver.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>

#include "setcover/components.h"
#include "setcover/core.h"
#include "setcover/flip_search.h"
#include "setcover/lagrangian.h"
#include "setcover/local_search.h"
#include "setcover/refinement.h"
#include "setcover/verify.h"

namespace appmix::setcover {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kColumnsPerGreedyPeriod = 2000;  // see greedy_period below
// Refinement rounds are short and their greedies are where covers improve.
constexpr int kColumnsPerRefinementGreedyPeriod = 20000;
constexpr int kPerturbedRounds = 50;   // randomised greedies after the root run
constexpr double kPerturbation = 0.2;  // each multiplier scaled by a factor in [0.9, 1.1)

// CFT's core size: refinement on wide instances works on the 5 columns of
// least reduced cost per row (the root multipliers come from the whole matrix).
constexpr int kCoreColumnsPerRow = 5;

// Instances with at least this many columns per row (rail) run the root
// greedies on a core; see root_phase.
constexpr int kCoreGreedyColumnsPerRow = 20;
// The root greedies' core is repriced at iterations 0, 10, 30, 70, ...
constexpr int kFirstPricingPeriod = 10;

// The flip search runs on a wider core than the greedies (a move is cheap and
// more columns give more swaps; 20 beat 8 on NRG/NRH), for at most this many
// steps per row: about 25 s on NRG's 1000 rows, so a run with time to spare
// still reaches the tree.
constexpr int kFlipCoreColumnsPerRow = 20;
constexpr long long kFlipStepsPerRow = 1000;

// More columns than this left free by root reduced-cost fixing means the
// tree will not close the gap in seconds, so the heuristics get the time:
// NRG/NRH leave 1,400-1,800 and rail 28,000-44,000, while classes 4-6 and A-E
// (proved by the tree) and NRE/NRF leave at most about 500.
constexpr int kWideResidual = 1000;
constexpr int kExtraRefinementRounds = 60;

// Columns that reduced-cost fixing against `upper_bound` would leave free.
int unfixable_columns(const Subproblem& root, const SubgradientResult& lagrangian,
                      Cost upper_bound) {
  int count = 0;
  for (const std::int32_t j : root.free_columns()) {
    const double reduced = lagrangian.reduced_costs[j];
    if (proven_bound(lagrangian.bound + std::fabs(reduced)) < upper_bound)
      ++count;
  }
  return count;
}

struct RootPhase {
  Cover best;
  SubgradientResult lagrangian;
};

RootPhase root_phase(const Instance& core, const Subproblem& root, const SolveOptions& options,
                     Clock::time_point deadline, SolveStatistics& statistics) {
  RootPhase phase;
  std::optional<Cover> first = greedy_cover(core, root, {});
  if (!first)
    throw std::logic_error("solve: presolved instance has no cover");
  statistics.first_cover += first->cost;
  phase.best = improve_cover(core, root, *first);
  // `narrow` (a core and its subproblem) or nothing: the whole matrix.
  using Narrow = std::pair<Core, Subproblem>;
  const auto try_multipliers = [&](const std::vector<double>& u, const Narrow* narrow) {
    const Instance& instance = narrow ? narrow->first.instance : core;
    const Subproblem& subproblem = narrow ? narrow->second : root;
    if (auto cover = greedy_cover(instance, subproblem, u)) {
      if (cover->cost < phase.best.cost + phase.best.cost / 20 + 1) {
        Cover improved = improve_cover(instance, subproblem, *cover);
        if (narrow)
          improved = narrow->first.lift(improved);
        if (improved.cost < phase.best.cost)
          phase.best = std::move(improved);
      }
    }
  };
  SubgradientParams params;
  params.direction = options.direction;
  params.max_iterations = std::max(200, 10 * core.num_rows());
  if (options.max_iterations >= 0) {
    // What the parts solved before this one (solve_components) left.
    const long long left = std::max(0LL, options.max_iterations - statistics.iterations);
    params.max_iterations = static_cast<int>(std::min<long long>(params.max_iterations, left));
  }
  params.should_stop = [deadline] { return Clock::now() >= deadline; };
  // CFT's core: greedies run on the few columns of least reduced cost per
  // row, repriced against the whole matrix at iterations 0, 10, 30, 70, ...
  // (the period doubles as the multipliers settle). On rail instances a greedy
  // over all columns costs dozens of subgradient iterations; on the core it
  // costs about one, so it runs at every iteration. On instances with fewer
  // than kCoreGreedyColumnsPerRow columns per row (all OR-Library classes but
  // rail), or when the core is not narrower than half the matrix, greedies
  // run on the whole matrix every 1 + n/2000 iterations: a greedy costs at
  // most a few iterations there, and the tree proofs of classes B-D were
  // tuned with those covers.
  std::optional<Narrow> narrow;
  const bool wide = core.num_columns() >= kCoreGreedyColumnsPerRow * core.num_rows();
  int next_pricing = 0, pricing_period = kFirstPricingPeriod;
  std::vector<double> pricing_costs(core.num_columns(), 0.0);
  const int greedy_period = 1 + core.num_columns() / kColumnsPerGreedyPeriod;
  const MultiplierCallback callback = [&](const std::vector<double>& u, int iteration) {
    if (wide && iteration == next_pricing) {
      lagrangian_bound(core, root, u, pricing_costs);
      Core priced = make_core(core, pricing_costs, phase.best.columns, kCoreColumnsPerRow);
      narrow.reset();
      if (2 * priced.instance.num_columns() <= core.num_columns()) {
        Subproblem subproblem(priced.instance);
        narrow.emplace(std::move(priced), std::move(subproblem));
      }
      next_pricing += pricing_period;
      pricing_period *= 2;
    }
    if (narrow)
      try_multipliers(u, &*narrow);
    else if (iteration % greedy_period == 0)
      try_multipliers(u, nullptr);
    return phase.best.cost;
  };
  phase.lagrangian = optimise_multipliers(core, root, initial_multipliers(core, root),
                                          phase.best.cost, params, callback);
  statistics.iterations += phase.lagrangian.iterations;
  if (proven_bound(phase.lagrangian.bound) < phase.best.cost) {
    RefinementParams refinement;
    refinement.direction = options.direction;
    refinement.deadline = deadline;
    refinement.greedy_period = 1 + core.num_columns() / kColumnsPerRefinementGreedyPeriod;
    refinement.core_per_row = kCoreColumnsPerRow;
    phase.best =
        refine_cover(core, phase.best, phase.lagrangian.u, refinement, statistics.iterations);
    // When reduced-cost fixing would leave too many columns for the tree to
    // finish, covers come from the heuristic: give it more rounds.
    const Cost proven = proven_bound(phase.lagrangian.bound);
    if (proven < phase.best.cost &&
        unfixable_columns(root, phase.lagrangian, phase.best.cost) > kWideResidual) {
      refinement.rounds = kExtraRefinementRounds;
      phase.best =
          refine_cover(core, phase.best, phase.lagrangian.u, refinement, statistics.iterations);
      // Then the penalty flip search on a wider core (per row the 20 columns
      // of least reduced cost): on these instances it, not the tree, closes
      // the last units.
      lagrangian_bound(core, root, phase.lagrangian.u, pricing_costs);
      const Core flip_core =
          make_core(core, pricing_costs, phase.best.columns, kFlipCoreColumnsPerRow);
      FlipParams flip;
      flip.deadline = deadline;
      flip.max_steps = kFlipStepsPerRow * core.num_rows();
      flip.seed = options.seed;
      flip.target = proven;
      FlipStatistics flip_statistics;
      const Cover found =
          flip_core.lift(flip_search(flip_core.instance, flip_core.restrict(phase.best),
                                     phase.lagrangian.u, flip, &flip_statistics));
      statistics.flip_moves += flip_statistics.moves;
      if (found.cost < phase.best.cost)
        phase.best = found;
    }
  }
  Random random(options.seed);
  std::vector<double> perturbed(core.num_rows());
  for (int round = 0; round < kPerturbedRounds; ++round) {
    if (proven_bound(phase.lagrangian.bound) >= phase.best.cost || Clock::now() >= deadline)
      break;
    for (int i = 0; i < core.num_rows(); ++i) {
      perturbed[i] = phase.lagrangian.u[i] * (1.0 + kPerturbation * (random.unit() - 0.5));
    }
    try_multipliers(perturbed, narrow ? &*narrow : nullptr);
  }
  return phase;
}

void add_to(ReductionStatistics& total, const ReductionStatistics& part) {
  total.columns_fixed_in_by_caller += part.columns_fixed_in_by_caller;
  total.columns_fixed_out_by_caller += part.columns_fixed_out_by_caller;
  total.columns_fixed_in_by_necessity += part.columns_fixed_in_by_necessity;
  total.columns_dominated += part.columns_dominated;
  total.columns_over_bound += part.columns_over_bound;
  total.columns_useless += part.columns_useless;
  total.rows_satisfied += part.rows_satisfied;
  total.rows_dominated += part.rows_dominated;
  total.rows_short += part.rows_short;
}

EndedBy worse(EndedBy a, EndedBy b) {
  if (a == EndedBy::kTimeLimit || b == EndedBy::kTimeLimit)
    return EndedBy::kTimeLimit;
  return a == EndedBy::kWorkLimit ? a : b;
}

// The end of the time limit; a limit past the clock's range saturates
// instead of overflowing (time_point::max() is "never").
Clock::time_point deadline_after(Clock::time_point start, std::optional<double> seconds) {
  if (!seconds)
    return Clock::time_point::max();
  if (!(*seconds >= 0) || std::isinf(*seconds))
    throw std::invalid_argument("solve: the time limit must be a finite number >= 0");
  const std::chrono::duration<double> room = Clock::time_point::max() - start;
  if (*seconds >= room.count())
    return Clock::time_point::max();
  return start +
         std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(*seconds));
}

// What the root phase and the tree found on a presolved instance or one of
// its components, in its own columns and costs.
struct CoreOutcome {
  Cover best;
  Cost bound = 0;
  EndedBy ended_by = EndedBy::kProof;
};

// Progress of one part, in its own costs: incumbent, bound, nodes of its tree.
using PartProgress = std::function<void(Cost incumbent, Cost bound, long long nodes)>;

// Root phase, root reduced-cost fixing, presolve again, and the tree, on a
// presolved instance with at least one row. Adds to `statistics` (root
// figures in the instance's own costs), so parts solved one after another
// add up, and the work limits apply to all of them together.
CoreOutcome solve_core(const Instance& core, const SolveOptions& options,
                       Clock::time_point deadline, SolveStatistics& statistics,
                       const PartProgress& progress) {
  CoreOutcome outcome;
  const Subproblem root(core);
  RootPhase phase = root_phase(core, root, options, deadline, statistics);
  Cover& best = outcome.best;
  Cost& bound = outcome.bound;
  best = std::move(phase.best);
  bound = std::min(best.cost, proven_bound(phase.lagrangian.bound));
  if (progress)
    progress(best.cost, bound, 0);
  statistics.root_bound += bound;
  statistics.root_cover += best.cost;
  if (bound >= best.cost) {
    statistics.columns_after_root_fixing += core.num_columns();
    return outcome;
  }
  if (!options.search) {
    statistics.columns_after_root_fixing += core.num_columns();
    outcome.ended_by = EndedBy::kWorkLimit;
    return outcome;
  }
  // Root reduced-cost fixing, then presolve again on what is left.
  Instance fixed = core;
  const double value = phase.lagrangian.bound;
  const std::vector<double>& reduced_costs = phase.lagrangian.reduced_costs;
  for (const std::int32_t j : root.free_columns()) {
    if (reduced_costs[j] > 0 && proven_bound(value + reduced_costs[j]) >= best.cost) {
      fixed.set_fixing(ColumnIndex(j), Fixing::kOut);
    } else if (reduced_costs[j] < 0 && proven_bound(value - reduced_costs[j]) >= best.cost) {
      fixed.set_fixing(ColumnIndex(j), Fixing::kIn);
    }
  }
  ReductionOptions again = options.reductions;
  again.upper_bound = best.cost;
  const Reduced second = reduce(fixed, again);
  statistics.columns_after_root_fixing += second.instance.num_columns();
  add_to(statistics.second_reductions, second.statistics);
  const bool no_better = second.infeasible ||
                         std::any_of(second.shortfall.begin(), second.shortfall.end(),
                                     [](int missing) { return missing > 0; }) ||
                         second.fixed_cost >= best.cost;
  if (no_better) {
    bound = best.cost;
    return outcome;
  }
  if (second.instance.num_rows() == 0) {
    best = Cover{second.postsolve({}), second.fixed_cost};
    bound = best.cost;
    return outcome;
  }
  std::vector<double> u(second.instance.num_rows());
  for (int r = 0; r < second.instance.num_rows(); ++r)
    u[r] = phase.lagrangian.u[second.row_origin[r].value];
  SearchOptions search;
  search.direction = options.direction;
  search.threads = std::max(1, options.threads);
  search.deadline = deadline;
  if (options.max_nodes >= 0)
    search.max_nodes = std::max(0LL, options.max_nodes - statistics.nodes);
  if (options.max_iterations >= 0)
    search.max_iterations = std::max(0LL, options.max_iterations - statistics.iterations);
  if (progress) {
    // Tree costs are over the second presolve of the core.
    const Cost offset = second.fixed_cost;
    const Cost root_bound = bound;
    search.on_progress = [&progress, offset, root_bound](Cost incumbent, double least,
                                                         long long nodes) {
      const Cost tree = std::isnan(least) ? root_bound : proven_bound(offset + least);
      progress(offset + incumbent, std::max(root_bound, std::min(tree, offset + incumbent)), nodes);
    };
  }
  const SearchResult found =
      branch_and_bound(second.instance, best.cost - second.fixed_cost, std::move(u), search);
  statistics.nodes += found.nodes;
  statistics.iterations += found.iterations;
  if (found.best)
    best = Cover{second.postsolve(found.best->columns), second.fixed_cost + found.best->cost};
  bound = std::max(bound, std::min(best.cost, second.fixed_cost + found.lower_bound));
  outcome.ended_by = found.ended_by;
  return outcome;
}

// solve_core on each component of a presolved instance that falls apart, one
// after another: the sum of their covers and of their bounds. Portfolios fall
// apart once presolve has fixed what units share: a generated inventory of
// 5,000 apps (families shape) leaves 417 rows in dozens of components. On
// the whole, the root's heuristics worked on every component at once (CFT
// refinement there took 40 % of the run while the root cover was already
// optimal), and the tree multiplied the components' frontiers; apart, most
// components close at their root.
CoreOutcome solve_components(std::vector<Component>& parts, const SolveOptions& options,
                             Clock::time_point deadline, SolveStatistics& statistics,
                             const PartProgress& progress) {
  // Progress: the parts not solved yet count with a greedy cover and bound 0.
  std::vector<Cost> upper(parts.size(), 0), lower(parts.size(), 0);
  const auto report = [&](long long nodes) {
    Cost incumbent = 0, bound = 0;
    for (std::size_t k = 0; k < parts.size(); ++k)
      incumbent += upper[k], bound += lower[k];
    progress(incumbent, bound, nodes);
  };
  if (progress) {
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const Subproblem subproblem(parts[k].instance);
      if (const auto cover = greedy_cover(parts[k].instance, subproblem, {}))
        upper[k] = cover->cost;
    }
  }
  CoreOutcome total;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    PartProgress own;
    if (progress) {
      own = [&, k](Cost incumbent, Cost bound, long long nodes) {
        upper[k] = incumbent, lower[k] = bound;
        report(statistics.nodes + nodes);
      };
    }
    const CoreOutcome part = solve_core(parts[k].instance, options, deadline, statistics, own);
    for (const ColumnIndex j : part.best.columns)
      total.best.columns.push_back(parts[k].columns[j.value]);
    total.best.cost += part.best.cost;
    total.bound += part.bound;
    total.ended_by = worse(total.ended_by, part.ended_by);
  }
  std::sort(total.best.columns.begin(), total.best.columns.end());
  return total;
}

}  // namespace

Result solve(const Instance& instance, const SolveOptions& options) {
  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline = deadline_after(start, options.time_limit_seconds);
  Result result;
  const Reduced reduced = reduce(instance, options.reductions);
  if (reduced.infeasible)
    throw std::logic_error("solve: presolve without a bound found no cover");
  SolveStatistics& statistics = result.statistics;
  statistics.reductions = reduced.statistics;
  const Instance& core = reduced.instance;
  statistics.rows_after_presolve = core.num_rows();
  statistics.columns_after_presolve = core.num_columns();
  for (int i = 0; i < instance.num_rows(); ++i) {
    if (reduced.shortfall[i] > 0)
      result.shortfall.push_back({RowIndex(i), reduced.shortfall[i]});
  }

  CoreOutcome outcome;  // in core columns
  if (core.num_rows() > 0) {
    PartProgress progress;
    if (options.on_progress) {
      progress = [&options, &reduced, start](Cost incumbent, Cost bound, long long nodes) {
        options.on_progress({reduced.fixed_cost + incumbent, reduced.fixed_cost + bound, nodes,
                             std::chrono::duration<double>(Clock::now() - start).count()});
      };
    }
    std::vector<Component> parts = split_components(core);
    outcome = parts.empty() ? solve_core(core, options, deadline, statistics, progress)
                            : solve_components(parts, options, deadline, statistics, progress);
    statistics.root_bound += reduced.fixed_cost;
    statistics.root_cover += reduced.fixed_cost;
  }
  const Cover& best = outcome.best;
  const Cost bound = outcome.bound;
  EndedBy ended_by = outcome.ended_by;
  result.columns = reduced.postsolve(best.columns);
  result.cost = reduced.fixed_cost + best.cost;
  result.lower_bound = reduced.fixed_cost + bound;
  result.optimal = result.lower_bound >= result.cost;
  if (result.optimal)
    ended_by = EndedBy::kProof;
  result.ended_by = ended_by;
  const Verification check = verify(instance, result.columns);
  if (!check.ok)
    throw std::logic_error("solve: invalid cover: " + check.message);
  if (check.cost != result.cost)
    throw std::logic_error("solve: cover cost mismatch");
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return result;
}

}  // namespace appmix::setcover
