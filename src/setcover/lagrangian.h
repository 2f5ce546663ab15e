// Lagrangian lower bounds for set multicover by subgradient optimisation
// (Held & Karp 1971; Fisher 1981), with Beasley's (1990) step control and the
// redundancy-free direction of Caprara, Fischetti & Toth 1999 (CFT). For any
// multipliers u >= 0 on the rows still in need,
//   L(u) = fixed cost + sum_i need_i u_i + sum_j min(0, c_j - sum_{i in j} u_i)
// is a valid lower bound on the subproblem (x_j <= 1 makes each column count
// once). It knows nothing of search order or of primal heuristics, which it
// reaches only through a callback.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "setcover/subproblem.h"

namespace appmix::setcover {

// Smallest integer a bound L proves, with a margin for floating-point error.
Cost proven_bound(double bound);

// Evaluates L(u) and fills reduced_costs[j] = c_j - sum of u over j's active
// rows for the free columns (other entries are left alone). Requires u_i = 0
// on rows with need <= 0 (optimise_multipliers ensures it).
double lagrangian_bound(const Instance& instance, const Subproblem& subproblem,
                        const std::vector<double>& u, std::vector<double>& reduced_costs);

// The direction of a subgradient step. kCft is Caprara, Fischetti & Toth's:
// columns of negative reduced cost count in the cover only while they serve
// a row still short of its need, which stops zig-zagging on over-served rows
// (OR-Library). kPlain is the true subgradient s = need - cover over every
// column of negative reduced cost. On portfolio instances (costs spread over
// three orders of magnitude, some rows of demand 2) kCft stalls: on a
// generated inventory of 5,000 apps its root bound stayed 1.3 % below the LP
// bound (1.4908e10 against 1.5111e10 after 100 x rows iterations), where
// kPlain reaches the LP bound and the tree proves the optimum in 17 nodes.
// On OR-Library classes 4-E the two are within about 30 % of each other.
enum class Direction : std::uint8_t { kCft, kPlain };

struct SubgradientParams {
  Direction direction = Direction::kCft;
  int max_iterations = 1000;
  double step = 1.0;       // lambda, the initial step factor
  int window = 20;         // lambda halves after this many iterations without a new best
  double min_step = 1e-4;  // stop once lambda falls below this
  int stall_period = 300;  // stop when a period improves L by < 1 and < 0.1 %
  // Asked once per iteration; true ends the run (a time limit).
  std::function<bool()> should_stop;
};

struct SubgradientResult {
  double bound = -std::numeric_limits<double>::infinity();  // best L(u) seen
  std::vector<double> u;                                    // multipliers that gave it
  std::vector<double> reduced_costs;                        // at those multipliers (free columns)

  int iterations = 0;
};

// Improves u (sized to the instance's rows) for up to params.max_iterations,
// stopping early once L(u) proves no solution below upper_bound exists. The
// callback, if any, sees the multipliers of every iteration and may lower the
// upper bound (it returns the new one) by finding a solution.
using MultiplierCallback = std::function<Cost(const std::vector<double>& u, int iteration)>;
SubgradientResult optimise_multipliers(const Instance& instance, const Subproblem& subproblem,
                                       std::vector<double> u, Cost upper_bound,
                                       const SubgradientParams& params,
                                       const MultiplierCallback& callback = {});

// CFT's starting multipliers: u_i = min over columns j of row i of c_j / |I_j|.
std::vector<double> initial_multipliers(const Instance& instance, const Subproblem& subproblem);

}  // namespace appmix::setcover
