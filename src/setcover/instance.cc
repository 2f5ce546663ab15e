#include "setcover/instance.h"

#include <algorithm>
#include <cassert>
#include <stdexcept>

namespace appmix::setcover {

Instance::Instance(int num_rows, std::vector<Cost> costs,
                   const std::vector<std::vector<RowIndex>>& column_rows)
    : num_rows_(num_rows), costs_(std::move(costs)) {
  assert(column_rows.size() == costs_.size());
  column_starts_.reserve(costs_.size() + 1);
  for (const auto& rows : column_rows) {
    column_rows_.insert(column_rows_.end(), rows.begin(), rows.end());
    column_starts_.push_back(static_cast<std::int64_t>(column_rows_.size()));
  }
  build_row_view();
}

Instance::Instance(int num_rows, std::vector<Cost> costs, std::vector<std::int64_t> starts,
                   std::vector<RowIndex> rows)
    : num_rows_(num_rows),
      costs_(std::move(costs)),
      column_starts_(std::move(starts)),
      column_rows_(std::move(rows)) {
  build_row_view();
}

void Instance::build_row_view() {
  const int n = num_columns();
  if (column_starts_.size() != static_cast<std::size_t>(n) + 1) {
    throw std::logic_error("Instance: column starts do not match the column count");
  }
  demands_.assign(num_rows_, 1);
  fixings_.assign(n, Fixing::kFree);
  // Sort and merge repeats inside each column, compacting in place.
  std::int64_t write = 0;
  for (int j = 0; j < n; ++j) {
    const std::int64_t begin = column_starts_[j], end = column_starts_[j + 1];
    std::sort(column_rows_.begin() + begin, column_rows_.begin() + end);
    column_starts_[j] = write;
    for (std::int64_t k = begin; k < end; ++k) {
      const RowIndex row = column_rows_[k];
      if (row.value < 0 || row.value >= num_rows_) {
        throw std::logic_error("Instance: row index out of range");
      }
      if (k > begin && row == column_rows_[k - 1])
        continue;
      column_rows_[write++] = row;
    }
  }
  column_starts_[n] = write;
  column_rows_.resize(write);
  column_rows_.shrink_to_fit();
  // Row view by counting sort, so columns come out sorted within each row.
  row_starts_.assign(num_rows_ + 1, 0);
  for (const RowIndex row : column_rows_)
    ++row_starts_[row.value + 1];
  for (int i = 0; i < num_rows_; ++i)
    row_starts_[i + 1] += row_starts_[i];
  row_columns_.resize(column_rows_.size());
  std::vector<std::int64_t> next(row_starts_.begin(), row_starts_.end() - 1);
  for (int j = 0; j < n; ++j) {
    for (const RowIndex row : rows_of(ColumnIndex(j)))
      row_columns_[next[row.value]++] = ColumnIndex(j);
  }
}

}  // namespace appmix::setcover
