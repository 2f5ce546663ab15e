// Set multicover with one side constraint: at most K columns chosen
// (sum_j x_j <= K). The frontier of cost against the number of columns is a
// sequence of these solves with K stepping by one.
//
// Bound: the covering rows are relaxed with multipliers u >= 0 and the
// cardinality row is kept in the relaxed problem, whose optimum is then the K
// most negative reduced costs (fewer when fewer are negative):
//   L(u) = fixed cost + sum_i need_i u_i + sum of the K' smallest c_j(u) < 0,
// K' = K minus the columns fixed in. It is at least the bound of relaxing the
// cardinality row too (any multiplier mu on it), and its subgradient is
// need_i minus the cover of those K' columns. Reduced-cost fixing reads the
// same order: forcing a column in displaces the last pick, forcing one out
// lets the next one in.
//
// Search: depth first, most promising child first, on rows (child t takes the
// row's t-th free column by reduced cost and none before it, so every cover
// of a node is in exactly one child); a node closes when its bound reaches the
// incumbent, when its fixed-in columns exceed K, or when its rows cannot be
// served. Depth first keeps memory to the path, and the caller's incumbent
// (the cover for K - 1 is a cover for K) starts it close.
//
// Costs may be negative here (a column may be worth choosing for its own
// sake): the bound counts a negative column only while a slot is free, and
// columns that serve no row still compete for slots. Fixings of the instance
// are respected. It knows nothing of what rows and columns stand for.
#pragma once

#include <chrono>
#include <vector>

#include "setcover/branch_and_bound.h"
#include "setcover/instance.h"

namespace appmix::setcover {

struct CardinalityOptions {
  long long max_nodes = 20000;    // per solve; < 0: no limit
  long long max_iterations = -1;  // subgradient iterations per solve; < 0: no limit
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  int root_iterations = 400;
  int node_iterations = 40;
};

// What a neighbouring solve leaves for the next one.
struct CardinalityStart {
  std::vector<double> u;             // multipliers (rows of the instance), or empty
  std::vector<ColumnIndex> columns;  // a cover; used when it has at most K columns
  bool has_cover = false;
};

struct CardinalityResult {
  bool feasible = false;             // a cover with at most K columns was found
  std::vector<ColumnIndex> columns;  // the best one, ascending
  Cost cost = 0;
  // No cover with at most K columns costs less. When none exists and the
  // search proved it, `optimal` is true and `feasible` false.
  Cost lower_bound = 0;
  bool optimal = false;
  EndedBy ended_by = EndedBy::kProof;
  long long nodes = 0;
  long long iterations = 0;
  std::vector<double> u;  // the root's best multipliers
};

CardinalityResult solve_at_most(const Instance& instance, int max_columns,
                                const CardinalityOptions& options,
                                const CardinalityStart& start = {});

}  // namespace appmix::setcover
