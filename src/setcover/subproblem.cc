#include "setcover/subproblem.h"

#include <cassert>

namespace appmix::setcover {

Subproblem::Subproblem(const Instance& instance)
    : status_(instance.num_columns(), Fixing::kFree),
      need_(instance.demands()),
      free_degree_(instance.num_rows(), 0) {
  for (int i = 0; i < instance.num_rows(); ++i) {
    free_degree_[i] = static_cast<int>(instance.columns_of(RowIndex(i)).size());
  }
  propagate(instance);
}

void Subproblem::fix(const Instance& instance, std::int32_t column, Fixing fixing) {
  assert(status_[column] == Fixing::kFree && fixing != Fixing::kFree);
  status_[column] = fixing;
  if (fixing == Fixing::kIn)
    fixed_cost_ += instance.cost(ColumnIndex(column));
  for (const RowIndex i : instance.rows_of(ColumnIndex(column))) {
    --free_degree_[i.value];
    if (fixing == Fixing::kIn)
      --need_[i.value];
  }
}

bool Subproblem::propagate(const Instance& instance) {
  const int m = instance.num_rows();
  bool again = true;
  while (again && !infeasible_) {
    again = false;
    for (int i = 0; i < m; ++i) {
      if (need_[i] <= 0)
        continue;
      if (need_[i] > free_degree_[i]) {
        infeasible_ = true;
        break;
      }
      if (need_[i] == free_degree_[i]) {
        for (const ColumnIndex j : instance.columns_of(RowIndex(i))) {
          if (status_[j.value] == Fixing::kFree)
            fix(instance, j.value, Fixing::kIn);
        }
        again = true;
      }
    }
  }
  active_rows_.clear();
  free_columns_.clear();
  if (infeasible_)
    return false;
  for (int i = 0; i < m; ++i) {
    if (need_[i] > 0)
      active_rows_.push_back(i);
  }
  for (int j = 0; j < instance.num_columns(); ++j) {
    if (status_[j] != Fixing::kFree)
      continue;
    for (const RowIndex i : instance.rows_of(ColumnIndex(j))) {
      if (need_[i.value] > 0) {
        free_columns_.push_back(j);
        break;
      }
    }
  }
  return true;
}

std::vector<ColumnIndex> Subproblem::fixed_in() const {
  std::vector<ColumnIndex> columns;
  for (int j = 0; j < static_cast<int>(status_.size()); ++j) {
    if (status_[j] == Fixing::kIn)
      columns.emplace_back(j);
  }
  return columns;
}

}  // namespace appmix::setcover
