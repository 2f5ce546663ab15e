// The cost–apps frontier: for each number of apps k from the least possible
// to the number in the least-cost mix, the least cost of a mix with at most k
// apps (products chosen: apps kept plus candidates added), each with a proven
// lower bound. Every value of k when there are at most 50 of them, else 50
// spread evenly with both ends. The points are solved with k rising, each
// starting from the multipliers and the mix of the one before (a mix of at
// most k - 1 apps has at most k), so the least cost never rises with k. It
// knows nothing of output formats.
#pragma once

#include <cstdint>
#include <vector>

#include "model/portfolio.h"
#include "setcover/solver.h"

namespace appmix::optimise {

struct FrontierPoint {
  int apps = 0;
  std::int64_t cost = 0;         // minor units over the horizon, as cost.after
  std::int64_t lower_bound = 0;  // no mix of at most `apps` apps costs less
  bool proven = false;           // cost == lower_bound
};

struct Frontier {
  std::vector<FrontierPoint> points;  // by apps, ascending
  bool least_apps_proven = false;     // the first point's count is the least possible
  setcover::EndedBy ended_by = setcover::EndedBy::kProof;  // of the searches, the worst
  long long nodes = 0;
  double seconds = 0;
};

// The least-cost mix: its number of apps, cost.after and proven bound.
struct LeastCostMix {
  int apps = 0;
  std::int64_t cost = 0;
  std::int64_t lower_bound = 0;
  bool proven = false;
};

constexpr int kFrontierPoints = 50;

// Every integer from `first` to `last` when there are at most `count` of
// them, else `count` of them spread evenly with both ends (rounded to
// nearest, no repeats): the values of k the frontier solves, and the rows a
// shortened frontier table shows.
std::vector<int> spread_evenly(int first, int last, int count = kFrontierPoints);

// `options`: the time limit covers the whole frontier; max_nodes (default
// 20,000) applies to each point.
Frontier cost_apps_frontier(const model::PortfolioModel& model, const LeastCostMix& least_cost,
                            const setcover::SolveOptions& options);

}  // namespace appmix::optimise
