// Penalty-based flip local search for set multicover, after the idea of
// Yagiura, Kishida & Ibaraki 2006 (EJOR 172): the search moves through
// infeasible selections too, minimising cost + sum_i w_i * (unmet demand of
// row i), with moves that add a column, drop one, or swap one for another
// (1- and 2-flips). At a local optimum the weights adapt (strategic
// oscillation): an infeasible optimum raises the weights of its unmet rows,
// a feasible one lowers every weight, so the search keeps crossing the
// feasibility border near cheap covers. The best feasible selection seen is
// returned. Work is counted in steps, never in time, except for an optional
// deadline. It knows nothing of Lagrangian bounds beyond the starting weights
// it is handed, nor of cores (the caller passes a narrow instance if it wants).
#pragma once

#include <chrono>
#include <vector>

#include "setcover/greedy.h"

namespace appmix::setcover {

struct FlipParams {
  // Work limit: moves (flips and swaps) plus weight updates at local optima
  // (counting the latter too bounds the search when no move ever helps).
  long long max_steps = 20000;
  double raise = 0.1;   // unmet rows' weights grow by this fraction at an infeasible optimum
  double lower = 0.05;  // every weight shrinks by this fraction at a feasible optimum
  // After this many local optima without a better cover, restart from the
  // best cover with the starting weights.
  int restart_after = 1000;
  double restart_noise = 0.4;  // restart weights: starting weights times [0.8, 1.2)
  // The search ends once it holds a cover of this cost (a proven bound).
  Cost target = 0;
  // A restart also drops max(2, |cover| / kick_divisor) random columns.
  int kick_divisor = 10;
  std::uint64_t seed = 0;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct FlipStatistics {
  long long moves = 0;
  long long local_optima = 0;
  long long restarts = 0;
};

// `start` must serve every row of `instance` (its demands) and contain every
// fixed-in column; fixed-out columns are never added. `weights` (one per row,
// e.g. Lagrangian multipliers; values <= 0 are raised to a small floor) are
// the starting penalties. Returns a cover no worse than `start`.
Cover flip_search(const Instance& instance, const Cover& start, const std::vector<double>& weights,
                  const FlipParams& params, FlipStatistics* statistics = nullptr);

}  // namespace appmix::setcover
