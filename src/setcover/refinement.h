// The refinement loop of Caprara, Fischetti & Toth 1999 (CFT): fix the most
// "certain" columns of the best cover (small delta_j = max(c_j(u), 0) +
// sum_i u_i (cov_i - need_i) / cov_i) until a fraction pi of the rows is
// served, rerun subgradient plus Lagrangian greedy on what is left, and repeat
// with pi growing by 10 % per round (back to 0.3 when the cover improves). It
// is a heuristic: it proves nothing and only returns a cover no worse than the
// one it starts from. Work is counted in rounds and iterations, never in time,
// except for the optional deadline.
#pragma once

#include <chrono>

#include "setcover/greedy.h"
#include "setcover/lagrangian.h"

namespace appmix::setcover {

struct RefinementParams {
  int rounds = 12;
  int iterations_per_round = 150;
  int greedy_period = 1;  // subgradient iterations between greedies
  // > 0: run on CFT's core (per row this many columns of least reduced cost
  // at u, the columns of reduced cost below 0.1, at most this many per row in
  // all, and the starting cover) when it has at most half the columns: on
  // wide instances a greedy then costs about one subgradient iteration.
  int core_per_row = 0;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  Direction direction = Direction::kCft;  // of the subgradient steps
};

// `u` are good multipliers of the whole instance (from the root run).
// Returns the best cover found and adds the subgradient iterations spent to
// `iterations`.
Cover refine_cover(const Instance& instance, const Cover& start, const std::vector<double>& u,
                   const RefinementParams& params, long long& iterations);

}  // namespace appmix::setcover
