#include "plan/coverage_grid.h"

#include <algorithm>
#include <tuple>

namespace appmix::plan {
namespace {

// Products per (capability, unit) cell, collected then counted once distinct.
using CellProducts = std::vector<std::vector<int>>;

void add_distinct(std::vector<int>& products, int product) {
  if (std::find(products.begin(), products.end(), product) == products.end())
    products.push_back(product);
}

}  // namespace

CoverageGrid coverage_grid(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                           const ConsolidationPlan& consolidation) {
  CoverageGrid grid;
  grid.capabilities = static_cast<int>(model.capabilities.size());
  grid.units = static_cast<int>(model.units.size());
  grid.cells.resize(static_cast<std::size_t>(grid.capabilities) * grid.units);
  const auto cell = [&](int c, int u) -> CoverageCell& {
    return grid.cells[static_cast<std::size_t>(c) * grid.units + u];
  };

  for (int c = 0; c < grid.capabilities; ++c) {
    for (int u = 0; u < grid.units; ++u)
      cell(c, u).min_providers = model.capabilities[c]->min_providers;
  }
  // Only cells that something touches hold a list: a 5,000-app inventory
  // has 800 x 40 cells, most of them empty.
  CellProducts after(grid.cells.size());
  for (int p = 0; p < model.num_apps; ++p) {
    for (const int c : model.product_capabilities[p]) {
      for (const int u : model.product_units[p]) {
        ++cell(c, u).today;
        if (chosen[p])
          after[static_cast<std::size_t>(c) * grid.units + u].push_back(p);
      }
    }
  }
  for (const Takeover& takeover : consolidation.takeovers) {
    if (!takeover.successor)
      continue;
    const model::RequiredPair& pair = model.pairs[takeover.pair];
    add_distinct(after[static_cast<std::size_t>(pair.capability) * grid.units + pair.unit],
                 *takeover.successor);
  }
  for (const model::RequiredPair& pair : model.pairs) {
    CoverageCell& target = cell(pair.capability, pair.unit);
    target.needed = pair.min_providers;
    std::vector<int>& used =
        after[static_cast<std::size_t>(pair.capability) * grid.units + pair.unit];
    if (static_cast<int>(used.size()) >= pair.demand())
      continue;
    std::vector<int> servers;
    for (const int p : pair.servers) {
      if (chosen[p] && std::find(used.begin(), used.end(), p) == used.end())
        servers.push_back(p);
    }
    std::sort(servers.begin(), servers.end(), [&](int a, int b) {
      return std::tie(model.money[a].chosen, model.id(a)) <
             std::tie(model.money[b].chosen, model.id(b));
    });
    for (const int p : servers) {
      if (static_cast<int>(used.size()) >= pair.demand())
        break;
      used.push_back(p);
    }
  }
  for (const model::Gap& gap : model.gaps) {
    if (!gap.channel)
      cell(gap.capability, gap.unit).missing = gap.missing;
  }
  for (std::size_t i = 0; i < grid.cells.size(); ++i)
    grid.cells[i].after = static_cast<int>(after[i].size());
  return grid;
}

}  // namespace appmix::plan
