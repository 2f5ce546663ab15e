// Test support shared by the setcover unit tests (not part of the library's
// interface): seeded random small multicover instances and an exhaustive
// solver to compare against. Kept header-only so only *_test.cc include it.
#pragma once

#include <algorithm>
#include <limits>
#include <vector>

#include "setcover/instance.h"

namespace appmix::setcover::testing {

// Up to 20 columns, up to 8 rows; demands 1-3 (mostly 1); costs 0-20; about
// one column in ten fixed in and one in ten fixed out; some rows no column
// covers. Everything is drawn from `random`, so a seed fixes the instance.
inline Instance random_instance(Random& random) {
  const int n = 1 + static_cast<int>(random.below(random.below(4) == 0 ? 20 : 12));
  const int m = 1 + static_cast<int>(random.below(8));
  const double density = 0.15 + 0.5 * random.unit();
  std::vector<Cost> costs(n);
  std::vector<std::vector<RowIndex>> rows(n);
  for (int j = 0; j < n; ++j) {
    costs[j] = static_cast<Cost>(random.below(21));
    for (int i = 0; i < m; ++i) {
      if (random.unit() < density)
        rows[j].emplace_back(i);
    }
  }
  Instance instance(m, std::move(costs), rows);
  for (int i = 0; i < m; ++i) {
    const auto draw = random.below(10);
    instance.set_demand(RowIndex(i), draw < 6 ? 1 : draw < 9 ? 2 : 3);
  }
  for (int j = 0; j < n; ++j) {
    const auto draw = random.below(10);
    if (draw == 0)
      instance.set_fixing(ColumnIndex(j), Fixing::kIn);
    if (draw == 1)
      instance.set_fixing(ColumnIndex(j), Fixing::kOut);
  }
  return instance;
}

// The blocks side by side: block b's rows and columns follow those of the
// blocks before it, with their costs, demands and fixings, and no column
// serves rows of two blocks.
inline Instance block_diagonal(const std::vector<Instance>& blocks) {
  std::vector<Cost> costs;
  std::vector<std::vector<RowIndex>> rows;
  int row_offset = 0;
  for (const Instance& block : blocks) {
    for (int j = 0; j < block.num_columns(); ++j) {
      costs.push_back(block.cost(ColumnIndex(j)));
      auto& column = rows.emplace_back();
      for (const RowIndex i : block.rows_of(ColumnIndex(j)))
        column.emplace_back(row_offset + i.value);
    }
    row_offset += block.num_rows();
  }
  Instance out(row_offset, std::move(costs), rows);
  int i0 = 0, j0 = 0;
  for (const Instance& block : blocks) {
    for (int i = 0; i < block.num_rows(); ++i)
      out.set_demand(RowIndex(i0 + i), block.demand(RowIndex(i)));
    for (int j = 0; j < block.num_columns(); ++j)
      out.set_fixing(ColumnIndex(j0 + j), block.fixing(ColumnIndex(j)));
    i0 += block.num_rows();
    j0 += block.num_columns();
  }
  return out;
}

// Least cost of a selection that includes every fixed-in column, no fixed-out
// one, and covers each row min(demand, reachable) times, by depth-first
// enumeration with cost and feasibility pruning. Independent of the solver.
class BruteForce {
 public:
  explicit BruteForce(const Instance& instance) : instance_(instance) {
    const int m = instance.num_rows();
    need_.assign(m, 0);
    remaining_.assign(m, 0);
    for (int j = 0; j < instance.num_columns(); ++j) {
      if (instance.fixing(ColumnIndex(j)) == Fixing::kOut)
        continue;
      for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
        ++remaining_[i.value];
    }
    for (int i = 0; i < m; ++i)
      need_[i] = std::min(instance.demand(RowIndex(i)), remaining_[i]);
  }

  Cost optimum() {
    best_ = std::numeric_limits<Cost>::max();
    search(0, 0);
    return best_;
  }

 private:
  void search(int j, Cost cost) {
    if (cost >= best_)
      return;
    const int m = instance_.num_rows();
    bool done = true;
    for (int i = 0; i < m; ++i) {
      if (need_[i] > remaining_[i])
        return;
      if (need_[i] > 0)
        done = false;
    }
    if (j == instance_.num_columns()) {
      if (done)
        best_ = cost;
      return;
    }
    const ColumnIndex column(j);
    const Fixing fixing = instance_.fixing(column);
    if (fixing == Fixing::kOut) {
      search(j + 1, cost);
      return;
    }
    for (const RowIndex i : instance_.rows_of(column))
      --remaining_[i.value];
    for (const RowIndex i : instance_.rows_of(column))
      --need_[i.value];
    search(j + 1, cost + instance_.cost(column));
    for (const RowIndex i : instance_.rows_of(column))
      ++need_[i.value];
    if (fixing == Fixing::kFree)
      search(j + 1, cost);
    for (const RowIndex i : instance_.rows_of(column))
      ++remaining_[i.value];
  }

  const Instance& instance_;
  std::vector<int> need_;       // what each row still needs (may go negative)
  std::vector<int> remaining_;  // columns not yet decided that could still serve it
  Cost best_ = 0;
};

}  // namespace appmix::setcover::testing
