#include "setcover/local_search.h"

#include <algorithm>

namespace appmix::setcover {

Cover improve_cover(const Instance& instance, const Subproblem& subproblem, const Cover& start,
                    int max_passes) {
  Coverage coverage(instance, subproblem.needs());
  for (const ColumnIndex j : start.columns) {
    if (subproblem.status(j.value) == Fixing::kFree)
      coverage.add(j);
  }
  const std::vector<char> keep(instance.num_columns(), 0);
  std::vector<int> stamp(instance.num_rows(), -1);
  std::vector<std::int32_t> critical;
  int stamp_value = 0;
  for (int pass = 0; pass < max_passes; ++pass) {
    bool improved = false;
    std::vector<ColumnIndex> order = coverage.selection();
    std::sort(order.begin(), order.end(), [&](ColumnIndex a, ColumnIndex b) {
      return instance.cost(a) > instance.cost(b) || (instance.cost(a) == instance.cost(b) && a < b);
    });
    for (const ColumnIndex j : order) {
      if (!coverage.selected(j))
        continue;
      critical.clear();
      std::int32_t scarcest = -1;
      for (const RowIndex i : instance.rows_of(j)) {
        const int need = coverage.demand(i);
        if (need <= 0 || coverage.count(i) > need)
          continue;
        critical.push_back(i.value);
        if (scarcest < 0 ||
            instance.columns_of(i).size() < instance.columns_of(RowIndex(scarcest)).size()) {
          scarcest = i.value;
        }
      }
      if (critical.empty()) {
        coverage.remove(j);
        improved = true;
        continue;
      }
      ++stamp_value;
      for (const std::int32_t i : critical)
        stamp[i] = stamp_value;
      ColumnIndex best = j;
      Cost best_cost = instance.cost(j);
      for (const ColumnIndex k : instance.columns_of(RowIndex(scarcest))) {
        if (subproblem.status(k.value) != Fixing::kFree || coverage.selected(k))
          continue;
        const Cost cost = instance.cost(k);
        if (cost >= best_cost)
          continue;
        std::size_t inside = 0;
        for (const RowIndex i : instance.rows_of(k))
          inside += stamp[i.value] == stamp_value;
        if (inside == critical.size()) {
          best = k;
          best_cost = cost;
        }
      }
      if (best == j)
        continue;
      coverage.remove(j);
      coverage.add(best);
      remove_redundant(instance, coverage, keep);
      improved = true;
    }
    if (!improved)
      break;
  }
  return cover_of(subproblem, coverage);
}

}  // namespace appmix::setcover
