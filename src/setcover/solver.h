// The one entry point for solving: presolve, a root phase (greedy, Lagrangian
// bound with a greedy from the multipliers, local search, CFT refinement),
// root reduced-cost fixing, branch and bound on what is left, postsolve and
// an independent check. It owns the limits (time, nodes, iterations), the
// seed and the thread count, and returns a Result in original indices. It
// knows nothing of files or output formats.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "setcover/branch_and_bound.h"
#include "setcover/lagrangian.h"
#include "setcover/reduce.h"

namespace appmix::setcover {

// What a long search reports while it runs (SolveOptions::on_progress).
struct Progress {
  Cost incumbent = 0;  // cost of the best cover so far
  Cost bound = 0;      // proven lower bound so far
  long long nodes = 0;
  double seconds = 0;
};

struct SolveOptions {
  // Wall-clock limit in seconds (finite, >= 0), or std::nullopt for none.
  // Assigning a number sets it (`options.time_limit_seconds = 30;`). A limit
  // makes the result depend on the machine; tests and goldens use the work
  // limits below and no time limit, so their results are reproducible.
  std::optional<double> time_limit_seconds = 60.0;
  int threads = 1;
  std::uint64_t seed = 0;                 // drives the randomised heuristic rounds only
  long long max_nodes = -1;               // < 0: no limit
  long long max_iterations = -1;          // subgradient iterations overall; < 0: no limit
  bool search = true;                     // false: stop after the root phase
  Direction direction = Direction::kCft;  // of every subgradient step (lagrangian.h)
  // Called on the calling thread after the root phase and after every batch
  // of the tree; it never changes the search.
  std::function<void(const Progress&)> on_progress;
  ReductionOptions reductions;
};

struct SolveStatistics {
  ReductionStatistics reductions;
  int rows_after_presolve = 0;
  int columns_after_presolve = 0;
  int columns_after_root_fixing = 0;
  // Presolve run again after root reduced-cost fixing, with the incumbent's
  // cost as upper bound (columns_over_bound counts the cost >= UB test).
  ReductionStatistics second_reductions;
  Cost first_cover = 0;  // cost of the first greedy cover
  Cost root_bound = 0;   // proven bound after the root phase
  Cost root_cover = 0;   // best cover after the root phase
  long long iterations = 0;
  long long flip_moves = 0;  // moves of the penalty flip search (wide instances only)
  long long nodes = 0;
};

struct Shortfall {
  RowIndex row;
  int missing = 0;  // units of demand no selection can give
};

struct Result {
  std::vector<ColumnIndex> columns;  // chosen columns, original indices, ascending
  Cost cost = 0;
  Cost lower_bound = 0;
  bool optimal = false;
  EndedBy ended_by = EndedBy::kProof;
  std::vector<Shortfall> shortfall;  // rows served less than their demand, ascending
  double seconds = 0;
  SolveStatistics statistics;
};

// Throws std::logic_error only on a broken invariant (a bug): the final cover
// is always re-checked with verify() against `instance`.
Result solve(const Instance& instance, const SolveOptions& options);

}  // namespace appmix::setcover
