#include "setcover/verify.h"

#include <algorithm>

namespace appmix::setcover {

Verification verify(const Instance& instance, const std::vector<ColumnIndex>& columns) {
  Verification result;
  const int m = instance.num_rows();
  const int n = instance.num_columns();
  std::vector<char> chosen(n, 0);
  for (const ColumnIndex j : columns) {
    if (j.value < 0 || j.value >= n) {
      result.message = "column " + std::to_string(j.value) + " is out of range";
      return result;
    }
    if (chosen[j.value]) {
      result.message = "column " + std::to_string(j.value) + " is chosen twice";
      return result;
    }
    chosen[j.value] = 1;
    result.cost += instance.cost(j);
  }
  std::vector<int> covered(m, 0), reachable(m, 0);
  for (int j = 0; j < n; ++j) {
    const Fixing fixing = instance.fixing(ColumnIndex(j));
    if (fixing == Fixing::kIn && !chosen[j]) {
      result.message = "column " + std::to_string(j) + " is fixed in but not chosen";
      return result;
    }
    if (fixing == Fixing::kOut && chosen[j]) {
      result.message = "column " + std::to_string(j) + " is fixed out but chosen";
      return result;
    }
    for (const RowIndex i : instance.rows_of(ColumnIndex(j))) {
      if (fixing != Fixing::kOut)
        ++reachable[i.value];
      if (chosen[j])
        ++covered[i.value];
    }
  }
  result.shortfall.assign(m, 0);
  for (int i = 0; i < m; ++i) {
    const int demand = instance.demand(RowIndex(i));
    result.shortfall[i] = std::max(0, demand - reachable[i]);
    const int needed = std::min(demand, reachable[i]);
    if (covered[i] < needed) {
      result.message = "row " + std::to_string(i) + " is covered " + std::to_string(covered[i]) +
                       " times, needs " + std::to_string(needed);
      return result;
    }
  }
  result.ok = true;
  return result;
}

}  // namespace appmix::setcover
