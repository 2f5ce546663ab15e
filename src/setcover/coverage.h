// Incremental bookkeeping of one selection of columns: how often each row is
// covered, the selection's cost and its total unmet demand, updated in time
// proportional to the column's rows. Heuristics and local search share it. It
// knows nothing of how the selection is chosen.
#pragma once

#include <vector>

#include "setcover/instance.h"

namespace appmix::setcover {

class Coverage {
 public:
  // demands[i] is what row i must get (<= 0: nothing); it may differ from the
  // instance's demand (residual demands inside a search node).
  Coverage(const Instance& instance, std::vector<int> demands);

  void add(ColumnIndex j);
  void remove(ColumnIndex j);

  bool selected(ColumnIndex j) const { return selected_[j.value]; }
  int count(RowIndex i) const { return counts_[i.value]; }
  int demand(RowIndex i) const { return demands_[i.value]; }
  Cost cost() const { return cost_; }
  // Sum over rows of max(0, demand - count).
  long long shortfall() const { return shortfall_; }
  // True when removing j leaves every row at or above its demand.
  bool redundant(ColumnIndex j) const;
  // Selected columns in increasing index order.
  std::vector<ColumnIndex> selection() const;

 private:
  const Instance* instance_;
  std::vector<int> demands_;
  std::vector<int> counts_;
  std::vector<char> selected_;
  Cost cost_ = 0;
  long long shortfall_ = 0;
};

}  // namespace appmix::setcover
