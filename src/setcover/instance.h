// One weighted set multicover instance: rows with a demand b_i >= 0, columns
// with a non-negative integer cost, each column covering a set of rows at most
// once, and columns the caller fixes in or out. It stores the matrix twice,
// by column and by row, both in compressed form, built once. It knows nothing
// of file formats, reductions or algorithms.
#pragma once

#include <span>
#include <vector>

#include "setcover/types.h"

namespace appmix::setcover {

class Instance {
 public:
  Instance() = default;
  // column_rows[j] lists the 0-based rows of column j (repeats are merged).
  // Every demand starts at 1 and every column free.
  Instance(int num_rows, std::vector<Cost> costs,
           const std::vector<std::vector<RowIndex>>& column_rows);
  // The same from a compressed column matrix: rows of column j are
  // rows[starts[j]] .. rows[starts[j+1]-1]; starts has num_columns + 1 entries.
  Instance(int num_rows, std::vector<Cost> costs, std::vector<std::int64_t> starts,
           std::vector<RowIndex> rows);

  int num_rows() const { return num_rows_; }
  int num_columns() const { return static_cast<int>(costs_.size()); }
  std::int64_t num_nonzeros() const { return static_cast<std::int64_t>(column_rows_.size()); }

  Cost cost(ColumnIndex j) const { return costs_[j.value]; }
  int demand(RowIndex i) const { return demands_[i.value]; }
  Fixing fixing(ColumnIndex j) const { return fixings_[j.value]; }
  const std::vector<Cost>& costs() const { return costs_; }
  const std::vector<int>& demands() const { return demands_; }

  std::span<const RowIndex> rows_of(ColumnIndex j) const {
    return {column_rows_.data() + column_starts_[j.value],
            column_rows_.data() + column_starts_[j.value + 1]};
  }
  std::span<const ColumnIndex> columns_of(RowIndex i) const {
    return {row_columns_.data() + row_starts_[i.value],
            row_columns_.data() + row_starts_[i.value + 1]};
  }

  void set_demand(RowIndex i, int demand) { demands_[i.value] = demand; }
  void set_fixing(ColumnIndex j, Fixing fixing) { fixings_[j.value] = fixing; }

 private:
  void build_row_view();

  int num_rows_ = 0;
  std::vector<Cost> costs_;
  std::vector<int> demands_;
  std::vector<Fixing> fixings_;
  std::vector<std::int64_t> column_starts_{0};
  std::vector<RowIndex> column_rows_;  // sorted within each column
  std::vector<std::int64_t> row_starts_;
  std::vector<ColumnIndex> row_columns_;  // sorted within each row
};

}  // namespace appmix::setcover
