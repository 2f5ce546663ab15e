// Exact search: best-first branch and bound on Lagrangian bounds. At each node
// the parent's multipliers are improved by a short subgradient run, the node
// is pruned when ceil(L) reaches the incumbent, a Lagrangian greedy plus local
// search looks for better covers, and reduced-cost fixing (L + |c_j(u)| >= UB)
// fixes columns for the whole subtree. A one-step look-ahead at the node's
// multipliers (node_branching.h) bounds the children before they are
// evaluated, fixes the columns one of whose children it already closes, and
// picks among the few active rows of least slack the one leaving the fewest
// children open. Branching is on that row (Beasley-style row branching):
// child t takes the row's t-th column by reduced cost and none of the ones
// before it, so each cover of the node falls in exactly one child and no
// evaluation is spent on the "column out" chain of binary branching.
//
// Determinism: nodes are evaluated in batches of a fixed size, each against
// the incumbent known when the batch started, and results are merged in batch
// order. The thread count only decides who evaluates a node, so the result is
// the same for any number of threads. Work limits (nodes, iterations) are
// checked between batches; the time limit too, but it depends on the machine.
// It knows nothing of reductions or of the original instance.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

#include "setcover/greedy.h"
#include "setcover/lagrangian.h"

namespace appmix::setcover {

enum class EndedBy { kProof, kWorkLimit, kTimeLimit };

struct SearchOptions {
  int threads = 1;
  Direction direction = Direction::kCft;  // of the nodes' subgradient steps
  long long max_nodes = -1;               // < 0: no limit
  long long max_iterations = -1;          // subgradient iterations; < 0: no limit
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  int batch_size = 8;        // nodes per deterministic batch; independent of threads
  int node_iterations = 60;  // subgradient iterations per node (warm-started)
  // Nodes at depths divisible by this run a Lagrangian greedy: the root phase
  // usually finds the best cover already, and the greedy costs about a third
  // of a node.
  int greedy_depth_period = 2;
  double node_step = 1.0;  // initial lambda at a node
  // Rows of least slack whose children a node scores by look-ahead before
  // branching on one (see node_branching.h). On classes B and D one row took
  // about 18 % more subgradient iterations than 4; 2 to 10 were within 5 %.
  int branch_rows = 4;
  // Look-ahead passes that may fix a candidate whose one child is closed
  // (each repeat costs a pass over the matrix). On B4, C3, D2 and D4, 0
  // passes took 4 % more subgradient iterations than 4; 12 the same as 4.
  int fixing_rounds = 4;
  // Bytes the open nodes' multipliers and decision lists may hold before the
  // search dives (deepest node first) until they are below half of it. Best
  // first widens the frontier with time: scpnre2 held 499 MiB after 60 s.
  // With 128 MiB it peaks at 166 MiB with the same bound after 60 s (CBC:
  // 332 MiB); 48 MiB gave 73 MiB but a bound 1 lower. Trees that finish in
  // seconds (classes 4-E) stay far below and never dive.
  long long node_memory = 128LL << 20;
  // Observer, called on the calling thread for every node handed to
  // evaluation, with the bound it inherited and the incumbent it is evaluated
  // against (tests use it to check that queued nodes the incumbent closes are
  // never evaluated). It must not throw.
  std::function<void(double bound, Cost incumbent)> on_evaluate;
  // Called on the calling thread after every batch with the incumbent, the
  // least bound of the open nodes when searching best first (NaN while
  // diving), and the nodes evaluated so far: for progress displays.
  std::function<void(Cost incumbent, double bound, long long nodes)> on_progress;
};

struct SearchResult {
  std::optional<Cover> best;  // better than the incumbent passed in, if found
  Cost lower_bound = 0;       // proven bound on the instance (<= best known)
  EndedBy ended_by = EndedBy::kProof;
  long long nodes = 0;
  long long iterations = 0;
};

// Searches for covers cheaper than `upper_bound` (the cost of a known cover,
// or max() when none is known), starting from multipliers `u`.
SearchResult branch_and_bound(const Instance& instance, Cost upper_bound, std::vector<double> u,
                              const SearchOptions& options);

}  // namespace appmix::setcover
