#include "setcover/components.h"

#include <numeric>

namespace appmix::setcover {
namespace {

// Union-find over rows with path halving; the representative is the
// smallest row, so components come out in the order of their first row.
class RowSets {
 public:
  explicit RowSets(int rows) : parent_(rows) { std::iota(parent_.begin(), parent_.end(), 0); }
  int find(int row) {
    while (parent_[row] != row) {
      parent_[row] = parent_[parent_[row]];
      row = parent_[row];
    }
    return row;
  }
  void join(int a, int b) {
    a = find(a), b = find(b);
    if (a < b)
      parent_[b] = a;
    else if (b < a)
      parent_[a] = b;
  }

 private:
  std::vector<int> parent_;
};

}  // namespace

std::vector<Component> split_components(const Instance& instance) {
  const int m = instance.num_rows(), n = instance.num_columns();
  RowSets sets(m);
  for (int j = 0; j < n; ++j) {
    const auto rows = instance.rows_of(ColumnIndex(j));
    for (std::size_t k = 1; k < rows.size(); ++k)
      sets.join(rows[0].value, rows[k].value);
  }
  std::vector<int> component_of_root(m, -1), local_row(m, -1);
  int roots = 0;
  for (int i = 0; i < m; ++i)
    roots += sets.find(i) == i ? 1 : 0;
  if (roots <= 1)
    return {};
  std::vector<Component> components;
  for (int i = 0; i < m; ++i) {
    const int root = sets.find(i);
    if (component_of_root[root] < 0) {
      component_of_root[root] = static_cast<int>(components.size());
      components.emplace_back();
    }
    Component& component = components[component_of_root[root]];
    local_row[i] = static_cast<int>(component.rows.size());
    component.rows.push_back(RowIndex(i));
  }
  std::vector<std::vector<Cost>> costs(components.size());
  std::vector<std::vector<std::vector<RowIndex>>> column_rows(components.size());
  for (int j = 0; j < n; ++j) {
    const auto rows = instance.rows_of(ColumnIndex(j));
    if (rows.empty())
      continue;
    const int c = component_of_root[sets.find(rows[0].value)];
    components[c].columns.push_back(ColumnIndex(j));
    costs[c].push_back(instance.cost(ColumnIndex(j)));
    auto& local = column_rows[c].emplace_back();
    for (const RowIndex i : rows)
      local.push_back(RowIndex(local_row[i.value]));
  }
  for (std::size_t c = 0; c < components.size(); ++c) {
    Component& component = components[c];
    component.instance =
        Instance(static_cast<int>(component.rows.size()), std::move(costs[c]), column_rows[c]);
    for (std::size_t r = 0; r < component.rows.size(); ++r)
      component.instance.set_demand(RowIndex(static_cast<std::int32_t>(r)),
                                    instance.demand(component.rows[r]));
    for (std::size_t k = 0; k < component.columns.size(); ++k)
      component.instance.set_fixing(ColumnIndex(static_cast<std::int32_t>(k)),
                                    instance.fixing(component.columns[k]));
  }
  return components;
}

}  // namespace appmix::setcover
