#include "setcover/reduce.h"

#include <algorithm>

namespace appmix::setcover {
namespace {

// Working state over original indices while reductions run.
class Presolver {
 public:
  Presolver(const Instance& instance, const ReductionOptions& options, Reduced& out)
      : instance_(instance),
        options_(options),
        out_(out),
        status_(instance.num_columns(), Fixing::kFree),
        need_(instance.demands()),
        row_alive_(instance.num_rows(), 1),
        free_degree_(instance.num_rows(), 0),
        counter_(std::max(instance.num_rows(), instance.num_columns()), 0) {}

  void run();
  void build();

 private:
  void fix_in(int j) {
    status_[j] = Fixing::kIn;
    for (const RowIndex i : instance_.rows_of(ColumnIndex(j))) {
      --need_[i.value];
      --free_degree_[i.value];
    }
  }
  void fix_out(int j) {
    status_[j] = Fixing::kOut;
    for (const RowIndex i : instance_.rows_of(ColumnIndex(j)))
      --free_degree_[i.value];
  }
  bool settle_rows();
  bool drop_dominated_rows();
  bool drop_dominated_columns();
  bool drop_costly_columns();

  const Instance& instance_;
  const ReductionOptions& options_;
  Reduced& out_;
  std::vector<Fixing> status_;
  std::vector<int> need_;  // demand minus cover by columns fixed in
  std::vector<char> row_alive_;
  std::vector<int> free_degree_;
  std::vector<int> counter_;
  long long work_ = 0;
};

void Presolver::run() {
  const int m = instance_.num_rows(), n = instance_.num_columns();
  out_.shortfall.assign(m, 0);
  for (int i = 0; i < m; ++i)
    free_degree_[i] = static_cast<int>(instance_.columns_of(RowIndex(i)).size());
  for (int j = 0; j < n; ++j) {
    const Fixing fixing = instance_.fixing(ColumnIndex(j));
    if (fixing == Fixing::kIn) {
      fix_in(j);
      ++out_.statistics.columns_fixed_in_by_caller;
    } else if (fixing == Fixing::kOut) {
      fix_out(j);
      ++out_.statistics.columns_fixed_out_by_caller;
    }
  }
  // Shortfall is measured against what the caller's fixings leave reachable.
  for (int i = 0; i < m; ++i) {
    if (need_[i] > free_degree_[i]) {
      out_.shortfall[i] = need_[i] - free_degree_[i];
      need_[i] = free_degree_[i];
      ++out_.statistics.rows_short;
    }
  }
  bool changed = true;
  for (int round = 0; changed && round < 20; ++round) {
    changed = settle_rows();
    if (out_.infeasible)
      return;
    if (options_.upper_bound != std::numeric_limits<Cost>::max())
      changed |= drop_costly_columns();
    if (options_.dominated_rows)
      changed |= drop_dominated_rows();
    if (options_.dominated_columns)
      changed |= drop_dominated_columns();
  }
  settle_rows();
}

// Retires satisfied rows and applies necessity until nothing changes.
bool Presolver::settle_rows() {
  bool changed = false, again = true;
  while (again) {
    again = false;
    for (int i = 0; i < instance_.num_rows(); ++i) {
      if (!row_alive_[i])
        continue;
      if (need_[i] <= 0) {
        row_alive_[i] = 0;
        ++out_.statistics.rows_satisfied;
        changed = true;
        continue;
      }
      if (need_[i] > free_degree_[i]) {
        out_.infeasible = true;  // only the cost bound can cause this
        return changed;
      }
      if (options_.necessity && need_[i] == free_degree_[i]) {
        for (const ColumnIndex j : instance_.columns_of(RowIndex(i))) {
          if (status_[j.value] != Fixing::kFree)
            continue;
          fix_in(j.value);
          ++out_.statistics.columns_fixed_in_by_necessity;
        }
        again = changed = true;
      }
    }
  }
  return changed;
}

bool Presolver::drop_costly_columns() {
  bool changed = false;
  for (int j = 0; j < instance_.num_columns(); ++j) {
    if (status_[j] == Fixing::kFree && instance_.cost(ColumnIndex(j)) >= options_.upper_bound) {
      fix_out(j);
      ++out_.statistics.columns_over_bound;
      changed = true;
    }
  }
  return changed;
}

// Row k is implied by row i when the free columns of i are among those of k
// and need_k <= need_i. Ties (same set, same need) keep the lower index, which
// makes "dominates" a strict order, so all dominated rows can go at once.
bool Presolver::drop_dominated_rows() {
  const int m = instance_.num_rows();
  std::vector<char> dominated(m, 0);
  std::vector<int> touched;
  for (int i = 0; i < m && work_ < options_.work_limit; ++i) {
    if (!row_alive_[i])
      continue;
    touched.clear();
    for (const ColumnIndex j : instance_.columns_of(RowIndex(i))) {
      if (status_[j.value] != Fixing::kFree)
        continue;
      for (const RowIndex k : instance_.rows_of(j)) {
        if (!row_alive_[k.value] || k.value == i)
          continue;
        if (counter_[k.value]++ == 0)
          touched.push_back(k.value);
      }
      work_ += static_cast<long long>(instance_.rows_of(j).size());
    }
    for (const int k : touched) {
      if (counter_[k] == free_degree_[i] && need_[k] <= need_[i] &&
          (free_degree_[k] > free_degree_[i] || need_[k] < need_[i] || i < k)) {
        dominated[k] = 1;
      }
      counter_[k] = 0;
    }
  }
  bool changed = false;
  for (int k = 0; k < m; ++k) {
    if (!dominated[k])
      continue;
    row_alive_[k] = 0;
    ++out_.statistics.rows_dominated;
    changed = true;
  }
  return changed;
}

// Column j goes when a free column k covers all of j's live rows at no more
// cost, provided every live row of j needs exactly 1: with higher demand an
// optimum may need both columns. Ties keep the lower index (a strict order).
bool Presolver::drop_dominated_columns() {
  const int n = instance_.num_columns();
  std::vector<char> dominated(n, 0);
  std::vector<int> marked_rows;
  for (int j = 0; j < n && work_ < options_.work_limit; ++j) {
    if (status_[j] != Fixing::kFree ||
        (options_.keep_negative && instance_.cost(ColumnIndex(j)) < 0))
      continue;
    marked_rows.clear();
    int scarcest = -1;
    bool unit = true;
    for (const RowIndex i : instance_.rows_of(ColumnIndex(j))) {
      if (!row_alive_[i.value])
        continue;
      if (need_[i.value] != 1)
        unit = false;
      marked_rows.push_back(i.value);
      if (scarcest < 0 || free_degree_[i.value] < free_degree_[scarcest])
        scarcest = i.value;
    }
    if (!unit || marked_rows.empty())
      continue;
    for (const int i : marked_rows)
      counter_[i] = 1;
    const Cost cost = instance_.cost(ColumnIndex(j));
    const int size = static_cast<int>(marked_rows.size());
    for (const ColumnIndex k : instance_.columns_of(RowIndex(scarcest))) {
      if (k.value == j || status_[k.value] != Fixing::kFree)
        continue;
      const Cost other = instance_.cost(k);
      if (other > cost)
        continue;
      int inside = 0, live = 0;
      for (const RowIndex i : instance_.rows_of(k)) {
        if (!row_alive_[i.value])
          continue;
        ++live;
        inside += counter_[i.value];
      }
      work_ += static_cast<long long>(instance_.rows_of(k).size());
      if (inside == size && (live > size || other < cost || k.value < j)) {
        dominated[j] = 1;
        break;
      }
    }
    for (const int i : marked_rows)
      counter_[i] = 0;
  }
  bool changed = false;
  for (int j = 0; j < n; ++j) {
    if (!dominated[j])
      continue;
    fix_out(j);
    ++out_.statistics.columns_dominated;
    changed = true;
  }
  return changed;
}

void Presolver::build() {
  const int m = instance_.num_rows(), n = instance_.num_columns();
  std::vector<int> new_row(m, -1);
  std::vector<int> demands;
  for (int i = 0; i < m; ++i) {
    if (!row_alive_[i] || need_[i] <= 0)
      continue;
    new_row[i] = static_cast<int>(out_.row_origin.size());
    out_.row_origin.emplace_back(i);
    demands.push_back(need_[i]);
  }
  std::vector<Cost> costs;
  std::vector<std::int64_t> starts{0};
  std::vector<RowIndex> rows;
  for (int j = 0; j < n; ++j) {
    if (status_[j] == Fixing::kIn) {
      out_.fixed_in.emplace_back(j);
      out_.fixed_cost += instance_.cost(ColumnIndex(j));
      continue;
    }
    if (status_[j] != Fixing::kFree)
      continue;
    const std::size_t before = rows.size();
    for (const RowIndex i : instance_.rows_of(ColumnIndex(j))) {
      if (new_row[i.value] >= 0)
        rows.emplace_back(new_row[i.value]);
    }
    if (rows.size() == before && !(options_.keep_negative && instance_.cost(ColumnIndex(j)) < 0)) {
      ++out_.statistics.columns_useless;
      continue;
    }
    out_.column_origin.emplace_back(j);
    costs.push_back(instance_.cost(ColumnIndex(j)));
    starts.push_back(static_cast<std::int64_t>(rows.size()));
  }
  out_.instance = Instance(static_cast<int>(out_.row_origin.size()), std::move(costs),
                           std::move(starts), std::move(rows));
  for (std::size_t r = 0; r < demands.size(); ++r) {
    out_.instance.set_demand(RowIndex(static_cast<std::int32_t>(r)), demands[r]);
  }
}

}  // namespace

std::vector<ColumnIndex> Reduced::postsolve(const std::vector<ColumnIndex>& reduced_columns) const {
  std::vector<ColumnIndex> columns = fixed_in;
  for (const ColumnIndex j : reduced_columns)
    columns.push_back(column_origin[j.value]);
  std::sort(columns.begin(), columns.end());
  return columns;
}

Reduced reduce(const Instance& instance, const ReductionOptions& options) {
  Reduced reduced;
  Presolver presolver(instance, options, reduced);
  presolver.run();
  if (!reduced.infeasible)
    presolver.build();
  return reduced;
}

}  // namespace appmix::setcover
