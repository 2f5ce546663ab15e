#include "setcover/core.h"

#include <algorithm>
#include <cassert>

namespace appmix::setcover {

Cover Core::lift(const Cover& cover) const {
  Cover whole{{}, cover.cost};
  whole.columns.reserve(cover.columns.size());
  for (const ColumnIndex j : cover.columns)
    whole.columns.push_back(origin[j.value]);
  return whole;  // origin is ascending, so the order is kept
}

Cover Core::restrict(const Cover& cover) const {
  Cover inner{{}, cover.cost};
  std::size_t k = 0;
  for (const ColumnIndex j : cover.columns) {
    while (k < origin.size() && origin[k] < j)
      ++k;
    assert(k < origin.size() && origin[k] == j);
    inner.columns.emplace_back(static_cast<std::int32_t>(k));
  }
  return inner;
}

Core make_core(const Instance& instance, const std::vector<double>& reduced_costs,
               const std::vector<ColumnIndex>& keep, int per_row) {
  std::vector<char> chosen(instance.num_columns(), 0);
  for (const ColumnIndex j : keep)
    chosen[j.value] = 1;
  std::vector<std::int32_t> candidates;
  for (int j = 0; j < instance.num_columns(); ++j) {
    const Fixing fixing = instance.fixing(ColumnIndex(j));
    if (fixing == Fixing::kIn)
      chosen[j] = 1;  // fixed-in columns must stay expressible
    if (fixing == Fixing::kFree && reduced_costs[j] < 0.1)
      candidates.push_back(j);
  }
  const auto by_reduced_cost = [&](std::int32_t a, std::int32_t b) {
    return reduced_costs[a] < reduced_costs[b] || (reduced_costs[a] == reduced_costs[b] && a < b);
  };
  const auto cheap = std::min<std::size_t>(static_cast<std::size_t>(per_row) * instance.num_rows(),
                                           candidates.size());
  std::partial_sort(candidates.begin(), candidates.begin() + cheap, candidates.end(),
                    by_reduced_cost);
  for (std::size_t k = 0; k < cheap; ++k)
    chosen[candidates[k]] = 1;
  for (int i = 0; i < instance.num_rows(); ++i) {
    candidates.clear();
    for (const ColumnIndex j : instance.columns_of(RowIndex(i))) {
      if (instance.fixing(j) == Fixing::kFree)
        candidates.push_back(j.value);
    }
    // A multicover row needs at least its demand in columns to stay coverable.
    const int wanted = std::max(per_row, instance.demand(RowIndex(i)));
    const auto take = std::min<std::size_t>(wanted, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + take, candidates.end(),
                      by_reduced_cost);
    for (std::size_t k = 0; k < take; ++k)
      chosen[candidates[k]] = 1;
  }
  Core core;
  std::vector<Cost> costs;
  std::vector<std::int64_t> starts{0};
  std::vector<RowIndex> rows;
  for (int j = 0; j < instance.num_columns(); ++j) {
    if (!chosen[j])
      continue;
    core.origin.emplace_back(j);
    costs.push_back(instance.cost(ColumnIndex(j)));
    const auto column_rows = instance.rows_of(ColumnIndex(j));
    rows.insert(rows.end(), column_rows.begin(), column_rows.end());
    starts.push_back(static_cast<std::int64_t>(rows.size()));
  }
  core.instance =
      Instance(instance.num_rows(), std::move(costs), std::move(starts), std::move(rows));
  for (int i = 0; i < instance.num_rows(); ++i)
    core.instance.set_demand(RowIndex(i), instance.demand(RowIndex(i)));
  for (std::size_t k = 0; k < core.origin.size(); ++k)
    core.instance.set_fixing(ColumnIndex(static_cast<std::int32_t>(k)),
                             instance.fixing(core.origin[k]));
  return core;
}

}  // namespace appmix::setcover
