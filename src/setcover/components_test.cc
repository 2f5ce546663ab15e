// split_components on seeded random instances: components partition the
// rows, every column lands in the one component its rows belong to, and each
// component keeps the instance's costs, demands and fixings in its order.
#include <doctest/doctest.h>

#include "setcover/components.h"
#include "setcover/test_instances.h"

namespace appmix::setcover {
namespace {

TEST_CASE("a connected instance is not split") {
  // Column 0 links rows 0 and 1, column 1 rows 1 and 2.
  const Instance instance(3, {4, 5}, {{RowIndex(0), RowIndex(1)}, {RowIndex(1), RowIndex(2)}});
  CHECK(split_components(instance).empty());
}

TEST_CASE("independent blocks come apart in the order of their first row") {
  // Rows 0 and 2 are linked by column 1; row 1 by column 0 alone; column 2
  // serves nothing; row 3 has no column.
  Instance instance(4, {7, 3, 9, 2},
                    {{RowIndex(1)}, {RowIndex(0), RowIndex(2)}, {}, {RowIndex(2)}});
  instance.set_demand(RowIndex(2), 2);
  instance.set_fixing(ColumnIndex(3), Fixing::kIn);
  const std::vector<Component> parts = split_components(instance);
  REQUIRE(parts.size() == 3);
  CHECK(parts[0].rows == std::vector<RowIndex>{RowIndex(0), RowIndex(2)});
  CHECK(parts[0].columns == std::vector<ColumnIndex>{ColumnIndex(1), ColumnIndex(3)});
  CHECK(parts[0].instance.costs() == std::vector<Cost>{3, 2});
  CHECK(parts[0].instance.demands() == std::vector<int>{1, 2});
  CHECK(parts[0].instance.fixing(ColumnIndex(1)) == Fixing::kIn);
  CHECK(parts[1].rows == std::vector<RowIndex>{RowIndex(1)});
  CHECK(parts[1].columns == std::vector<ColumnIndex>{ColumnIndex(0)});
  CHECK(parts[2].rows == std::vector<RowIndex>{RowIndex(3)});
  CHECK(parts[2].columns.empty());
}

TEST_CASE("components partition rows and columns of random instances") {
  Random random(20261206);
  for (int k = 0; k < 500; ++k) {
    CAPTURE(k);
    std::vector<Instance> blocks;
    for (int b = 1 + static_cast<int>(random.below(3)); b > 0; --b)
      blocks.push_back(testing::random_instance(random));
    const Instance instance = testing::block_diagonal(blocks);
    const std::vector<Component> parts = split_components(instance);
    if (parts.empty())
      continue;  // in one piece
    std::vector<int> row_part(instance.num_rows(), -1), column_part(instance.num_columns(), -1);
    for (int p = 0; p < static_cast<int>(parts.size()); ++p) {
      const Component& part = parts[p];
      REQUIRE(part.instance.num_rows() == static_cast<int>(part.rows.size()));
      REQUIRE(part.instance.num_columns() == static_cast<int>(part.columns.size()));
      CHECK(std::is_sorted(part.rows.begin(), part.rows.end()));
      CHECK(std::is_sorted(part.columns.begin(), part.columns.end()));
      for (std::size_t r = 0; r < part.rows.size(); ++r) {
        CHECK(row_part[part.rows[r].value] == -1);
        row_part[part.rows[r].value] = p;
        CHECK(part.instance.demand(RowIndex(static_cast<std::int32_t>(r))) ==
              instance.demand(part.rows[r]));
      }
      for (std::size_t c = 0; c < part.columns.size(); ++c) {
        const ColumnIndex local(static_cast<std::int32_t>(c));
        const ColumnIndex j = part.columns[c];
        column_part[j.value] = p;
        CHECK(part.instance.cost(local) == instance.cost(j));
        CHECK(part.instance.fixing(local) == instance.fixing(j));
        const auto rows = part.instance.rows_of(local);
        REQUIRE(rows.size() == instance.rows_of(j).size());
        for (std::size_t t = 0; t < rows.size(); ++t)
          CHECK(part.rows[rows[t].value] == instance.rows_of(j)[t]);
      }
    }
    CHECK(parts.front().rows.front() == RowIndex(0));
    for (int i = 0; i < instance.num_rows(); ++i)
      CHECK(row_part[i] >= 0);
    for (int j = 0; j < instance.num_columns(); ++j) {
      for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
        CHECK(row_part[i.value] == column_part[j]);
      if (instance.rows_of(ColumnIndex(j)).empty())
        CHECK(column_part[j] == -1);
    }
  }
}

}  // namespace
}  // namespace appmix::setcover
