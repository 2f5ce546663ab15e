#include "setcover/greedy.h"

#include <algorithm>
#include <queue>

namespace appmix::setcover {

std::optional<std::vector<char>> greedy_picks(const Instance& instance,
                                              const Subproblem& subproblem,
                                              const std::vector<double>& u,
                                              const std::vector<std::int32_t>& candidates,
                                              double column_price, int max_picks) {
  if (subproblem.infeasible())
    return std::nullopt;
  std::vector<int> need = subproblem.needs();
  long long missing = 0;
  for (const std::int32_t i : subproblem.active_rows())
    missing += need[i];
  // gamma_j and mu_j are kept up to date as rows get served (each row is
  // served once, so the updates cost one pass over the matrix in total).
  const int n = instance.num_columns();
  std::vector<double> gamma(n, 0.0);
  std::vector<int> mu(n, 0);
  for (const std::int32_t j : candidates) {
    double value = static_cast<double>(instance.cost(ColumnIndex(j))) + column_price;
    int rows_in_need = 0;
    for (const RowIndex i : instance.rows_of(ColumnIndex(j))) {
      if (need[i.value] <= 0)
        continue;
      ++rows_in_need;
      if (!u.empty())
        value -= u[i.value];
    }
    gamma[j] = value;
    mu[j] = rows_in_need;
  }
  const auto score = [&](std::int32_t j) {
    return gamma[j] > 0 ? gamma[j] / mu[j] : gamma[j] * mu[j];
  };
  // Scores only grow as rows get served (gamma rises, mu falls), so a
  // lazily re-scored heap picks exactly as a full scan would.
  using Entry = std::pair<double, std::int32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
  for (const std::int32_t j : candidates) {
    if (mu[j] > 0)
      heap.emplace(score(j), j);
  }
  std::vector<char> chosen(n, 0);
  int picks = 0;
  while (missing > 0 && !heap.empty()) {
    const auto [stored, j] = heap.top();
    heap.pop();
    if (chosen[j] || mu[j] == 0)
      continue;
    const double value = score(j);
    if (value > stored + 1e-9 * std::max(1.0, std::abs(stored))) {
      heap.emplace(value, j);
      continue;
    }
    if (++picks > max_picks)
      return std::nullopt;
    chosen[j] = 1;
    for (const RowIndex i : instance.rows_of(ColumnIndex(j))) {
      if (need[i.value] <= 0)
        continue;
      --missing;
      if (--need[i.value] > 0)
        continue;
      for (const ColumnIndex k : instance.columns_of(i)) {  // row i is now served
        if (subproblem.status(k.value) != Fixing::kFree)
          continue;
        if (!u.empty())
          gamma[k.value] += u[i.value];
        --mu[k.value];
      }
    }
  }
  if (missing > 0)
    return std::nullopt;
  return chosen;
}

std::optional<Cover> greedy_cover(const Instance& instance, const Subproblem& subproblem,
                                  const std::vector<double>& u) {
  const std::optional<std::vector<char>> chosen =
      greedy_picks(instance, subproblem, u, subproblem.free_columns());
  if (!chosen)
    return std::nullopt;
  Coverage coverage(instance, subproblem.needs());
  std::vector<char> keep(instance.num_columns(), 0);
  for (int j = 0; j < instance.num_columns(); ++j) {
    if ((*chosen)[j])
      coverage.add(ColumnIndex(j));
  }
  remove_redundant(instance, coverage, keep);
  return cover_of(subproblem, coverage);
}

void remove_redundant(const Instance& instance, Coverage& coverage, const std::vector<char>& keep) {
  std::vector<ColumnIndex> order = coverage.selection();
  std::sort(order.begin(), order.end(), [&](ColumnIndex a, ColumnIndex b) {
    return instance.cost(a) > instance.cost(b) || (instance.cost(a) == instance.cost(b) && a > b);
  });
  for (const ColumnIndex j : order) {
    if (!keep[j.value] && coverage.redundant(j))
      coverage.remove(j);
  }
}

Cover cover_of(const Subproblem& subproblem, const Coverage& coverage) {
  Cover cover;
  cover.columns = subproblem.fixed_in();
  const std::vector<ColumnIndex> picked = coverage.selection();
  cover.columns.insert(cover.columns.end(), picked.begin(), picked.end());
  std::sort(cover.columns.begin(), cover.columns.end());
  cover.cost = subproblem.fixed_cost() + coverage.cost();
  return cover;
}

}  // namespace appmix::setcover
