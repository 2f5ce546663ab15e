// The capability-by-unit coverage of a portfolio, today and after the
// recommendation: for each capability and business unit, how many products
// the unit uses for it, against what it needs. The report draws it as a
// heatmap of overlaps (more providers than needed) and gaps (fewer than
// needed). It knows nothing of output formats.
//
// Today a unit uses the apps listed with the unit that provide the
// capability. After the recommendation it uses those of them that are kept,
// the successors the consolidation plan names for the retired ones, and, for
// a required pair still short of its demand, the least-cost chosen servers
// of the pair (ties by id) until the demand is met.
#pragma once

#include <vector>

#include "model/portfolio.h"
#include "plan/consolidation.h"

namespace appmix::plan {

struct CoverageCell {
  int today = 0;          // products the unit uses today for the capability
  int after = 0;          // products it uses after the recommendation
  int needed = 0;         // min_providers of a required pair; 0 when not required
  int min_providers = 1;  // the capability's: more providers than this overlap
  int missing = 0;        // providers no mix can give (a model gap, channels aside)

  // More providers than the capability needs: what `overlap` calls a
  // redundancy (analysis/overlap.h), today and after.
  bool overlap_today() const { return today > min_providers; }
  bool overlap_after() const { return after > min_providers; }
  bool short_today() const { return today < needed; }
  bool short_after() const { return after < needed; }
};

struct CoverageGrid {
  int capabilities = 0;             // rows: model.capabilities
  int units = 0;                    // columns: model.units
  std::vector<CoverageCell> cells;  // row-major

  const CoverageCell& at(int capability, int unit) const {
    return cells[static_cast<std::size_t>(capability) * units + unit];
  }
};

CoverageGrid coverage_grid(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                           const ConsolidationPlan& consolidation);

}  // namespace appmix::plan
