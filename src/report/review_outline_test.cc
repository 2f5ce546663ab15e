// What the review document shows: the heatmap's rows and columns when an
// inventory has too many, cell classes, the order long lists are cut in.
#include "report/review_outline.h"

#include <doctest/doctest.h>

namespace appmix::report {
namespace {

plan::CoverageGrid grid_of(int capabilities, int units) {
  plan::CoverageGrid grid;
  grid.capabilities = capabilities;
  grid.units = units;
  grid.cells.resize(static_cast<std::size_t>(capabilities) * units);
  return grid;
}

plan::CoverageCell& at(plan::CoverageGrid& grid, int c, int u) {
  return grid.cells[static_cast<std::size_t>(c) * grid.units + u];
}

TEST_CASE("a heatmap that fits shows every touched capability and every unit") {
  plan::CoverageGrid grid = grid_of(3, 2);
  at(grid, 0, 0).today = 1;
  at(grid, 2, 1).needed = 1;  // required, nobody uses it yet
  const HeatmapChoice choice = choose_heatmap(grid);
  CHECK(choice.capabilities == std::vector<int>{0, 2});  // 1 is untouched
  CHECK(choice.units == std::vector<int>{0, 1});
  CHECK(choice.hidden_capabilities == 0);
  CHECK(choice.hidden_units == 0);
}

TEST_CASE("a large heatmap keeps the rows and columns with most overlap and gaps") {
  plan::CoverageGrid grid = grid_of(50, 30);
  for (int c = 0; c < 50; ++c) {
    for (int u = 0; u < 30; ++u)
      at(grid, c, u).today = 1;
  }
  at(grid, 40, 29).today = 4;    // three too many
  at(grid, 45, 28).missing = 1;  // a gap
  at(grid, 3, 2).today = 2;      // hidden unless its row and column are kept
  const HeatmapChoice choice = choose_heatmap(grid, 3, 2);
  CHECK(choice.capabilities == std::vector<int>{3, 40, 45});
  CHECK(choice.units == std::vector<int>{28, 29});
  CHECK(choice.hidden_capabilities == 47);
  CHECK(choice.hidden_units == 28);
  CHECK(choice.hidden_overlap_cells == 1);  // (3, 2) is outside the drawn columns
  CHECK(choice.hidden_gap_cells == 0);
}

TEST_CASE("cell classes: gap, short, served, and overlap by how many too many") {
  plan::CoverageCell cell;
  cell.needed = 2;
  cell.min_providers = 2;
  cell.today = 1;
  cell.after = 2;
  CHECK(coverage_class(cell, false) == "c-short");
  CHECK(coverage_class(cell, true) == "c-ok");
  cell.today = 5;
  CHECK(coverage_class(cell, false) == "c-over3");
  cell.today = 3;
  CHECK(coverage_class(cell, false) == "c-over1");
  cell.missing = 1;
  CHECK(coverage_class(cell, false) == "c-gap");
  plan::CoverageCell unused;
  unused.needed = 0;
  CHECK(coverage_class(unused, false) == "c-none");
}

}  // namespace
}  // namespace appmix::report
