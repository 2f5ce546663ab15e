// Look-ahead child bounds for the Lagrangian branch and bound: one step at
// the node's multipliers ("strong branching lite"). Fixing a
// free column j changes L(u) at the same u by an amount computable from the
// reduced costs alone:
//   out: max(0, -c_j(u))  (j leaves the Lagrangian solution);
//   in:  max(0, c_j(u)) + sum over free k != j of
//        min(0, c_k(u) + s_k) - min(0, c_k(u)), where s_k sums u_i over the
//        rows j serves completely (need 1), whose multipliers must drop to 0.
// Both are valid lower bounds on the child (any u >= 0 is), so they serve as
// the children's inherited bounds and, when one reaches the incumbent, as a
// fixing stronger than plain reduced-cost fixing. It knows nothing of node
// order, threads or heuristics.
#pragma once

#include <cstdint>
#include <vector>

#include "setcover/subproblem.h"

namespace appmix::setcover {

struct ChildBounds {
  double in = 0;   // L(u) of the subproblem with the column fixed in
  double out = 0;  // same, fixed out
};

class BranchScorer {
 public:
  explicit BranchScorer(const Instance& instance);

  // Bounds at u of the two children of free column j. `reduced` holds c(u)
  // for the free columns of `subproblem`, `value` = L(u); u must be 0 on
  // rows with need <= 0.
  ChildBounds child_bounds(const Instance& instance, const Subproblem& subproblem,
                           const std::vector<double>& u, const std::vector<double>& reduced,
                           double value, std::int32_t j);
  // Matrix entries visited so far, to keep the look-ahead within a budget.
  long long work() const { return work_; }

 private:
  std::vector<double> lift_;  // s_k, scratch, all zero between calls
  std::vector<std::int32_t> touched_;
  long long work_ = 0;
};

}  // namespace appmix::setcover
