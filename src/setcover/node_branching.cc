#include "setcover/node_branching.h"

#include <algorithm>

namespace appmix::setcover {

BranchScorer::BranchScorer(const Instance& instance) : lift_(instance.num_columns(), 0.0) {}

ChildBounds BranchScorer::child_bounds(const Instance& instance, const Subproblem& subproblem,
                                       const std::vector<double>& u,
                                       const std::vector<double>& reduced, double value,
                                       std::int32_t j) {
  ChildBounds bounds;
  bounds.out = value + std::max(0.0, -reduced[j]);
  double gain = std::max(0.0, reduced[j]);
  touched_.clear();
  for (const RowIndex i : instance.rows_of(ColumnIndex(j))) {
    // Rows j leaves short of their need keep their multiplier: only rows it
    // serves completely leave the relaxation.
    if (subproblem.need(i.value) != 1 || u[i.value] <= 0)
      continue;
    work_ += static_cast<long long>(instance.columns_of(i).size());
    for (const ColumnIndex k : instance.columns_of(i)) {
      if (k.value == j || subproblem.status(k.value) != Fixing::kFree)
        continue;
      if (lift_[k.value] == 0)
        touched_.push_back(k.value);
      lift_[k.value] += u[i.value];
    }
  }
  for (const std::int32_t k : touched_) {
    gain += std::min(0.0, reduced[k] + lift_[k]) - std::min(0.0, reduced[k]);
    lift_[k] = 0;
  }
  bounds.in = value + gain;
  return bounds;
}

}  // namespace appmix::setcover
