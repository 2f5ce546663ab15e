// The restriction a search node puts on an instance: which columns are fixed
// in or out, what each row still needs once the fixed-in columns count, and
// the free columns and rows still in play. Bounds, heuristics and branching
// all read it; only fix() and propagate() change it. It knows nothing of
// multipliers or search order.
#pragma once

#include <cstdint>
#include <vector>

#include "setcover/instance.h"

namespace appmix::setcover {

class Subproblem {
 public:
  // Everything free; needs are the instance's demands.
  explicit Subproblem(const Instance& instance);

  // Fixes a free column in or out; call propagate() before reading the lists.
  void fix(const Instance& instance, std::int32_t column, Fixing fixing);
  // Necessity (a row whose need equals its free columns takes them all) until
  // nothing changes, detects rows that can no longer be served, and rebuilds
  // the lists of free columns and active rows. Returns false when infeasible.
  bool propagate(const Instance& instance);

  Fixing status(std::int32_t column) const { return status_[column]; }
  int need(std::int32_t row) const { return need_[row]; }
  const std::vector<int>& needs() const { return need_; }
  Cost fixed_cost() const { return fixed_cost_; }
  bool infeasible() const { return infeasible_; }
  // Free columns that cover at least one active row, ascending.
  const std::vector<std::int32_t>& free_columns() const { return free_columns_; }
  // Rows with need > 0, ascending.
  const std::vector<std::int32_t>& active_rows() const { return active_rows_; }
  // Columns fixed in, ascending.
  std::vector<ColumnIndex> fixed_in() const;

 private:
  std::vector<Fixing> status_;
  std::vector<int> need_;
  std::vector<int> free_degree_;
  std::vector<std::int32_t> free_columns_;
  std::vector<std::int32_t> active_rows_;
  Cost fixed_cost_ = 0;
  bool infeasible_ = false;
};

}  // namespace appmix::setcover
