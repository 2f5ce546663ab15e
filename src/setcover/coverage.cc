#include "setcover/coverage.h"

#include <cassert>

namespace appmix::setcover {

Coverage::Coverage(const Instance& instance, std::vector<int> demands)
    : instance_(&instance),
      demands_(std::move(demands)),
      counts_(instance.num_rows(), 0),
      selected_(instance.num_columns(), 0) {
  for (const int demand : demands_)
    shortfall_ += demand > 0 ? demand : 0;
}

void Coverage::add(ColumnIndex j) {
  assert(!selected_[j.value]);
  selected_[j.value] = 1;
  cost_ += instance_->cost(j);
  for (const RowIndex i : instance_->rows_of(j)) {
    if (counts_[i.value]++ < demands_[i.value])
      --shortfall_;
  }
}

void Coverage::remove(ColumnIndex j) {
  assert(selected_[j.value]);
  selected_[j.value] = 0;
  cost_ -= instance_->cost(j);
  for (const RowIndex i : instance_->rows_of(j)) {
    if (--counts_[i.value] < demands_[i.value])
      ++shortfall_;
  }
}

bool Coverage::redundant(ColumnIndex j) const {
  for (const RowIndex i : instance_->rows_of(j)) {
    if (counts_[i.value] <= demands_[i.value])
      return false;
  }
  return true;
}

std::vector<ColumnIndex> Coverage::selection() const {
  std::vector<ColumnIndex> columns;
  for (int j = 0; j < static_cast<int>(selected_.size()); ++j) {
    if (selected_[j])
      columns.emplace_back(j);
  }
  return columns;
}

}  // namespace appmix::setcover
