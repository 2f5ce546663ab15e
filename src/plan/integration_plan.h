// "Right-size, then integrate" (docs/recommend.md, Right-size, then integrate):
// after the mix is chosen, the integrations that exist are those between two
// chosen products (either may list the other) and the re-pointed ones (each
// partner of a retired app connected to its successors). A journey hand-off
// after the recommendation (consecutive steps, each with systems, sharing
// none) that no existing integration joins needs a new one, between a system
// of each of its two steps. The plan is the cheapest set of new integrations
// that joins every such hand-off: a weighted set-cover instance (rows:
// hand-offs, columns: pairs of chosen products), solved and proven by the
// set-cover library. Every new integration costs the same, so the cheapest
// set is the smallest; among those, the one whose pairs come first in id
// order. The mix itself is chosen first, without this cost. It knows nothing
// of output formats.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "model/portfolio.h"
#include "plan/consolidation.h"
#include "plan/journeys_after.h"
#include "setcover/solver.h"

namespace appmix::plan {

struct IntegrationToBuild {
  std::pair<int, int> between;  // products, the smaller id first
  std::vector<int> journeys;    // indices into the journey views, ascending
  int handoffs = 0;             // hand-offs it joins
};

struct IntegrationPlan {
  std::vector<IntegrationToBuild> to_build;  // by ids
  std::int64_t cost = 0;                     // minor units: count * integration_cost, one-off
  bool proven = true;                        // the smallest set, and the first in id order
  int handoffs = 0;                          // hand-offs no existing integration joins
};

// Products joined after the mix, by existing and re-pointed integrations:
// `joined(a, b)`.
class ExistingIntegrations {
 public:
  ExistingIntegrations(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                       const ConsolidationPlan& consolidation);
  bool joined(int a, int b) const;

 private:
  std::vector<std::pair<int, int>> pairs_;  // (smaller, larger) product index, sorted
};

// Fills each view's handoffs_after_integration too.
IntegrationPlan plan_integrations(const model::PortfolioModel& model,
                                  const std::vector<bool>& chosen,
                                  const ConsolidationPlan& consolidation,
                                  std::vector<JourneyView>& journeys,
                                  const setcover::SolveOptions& solve);

}  // namespace appmix::plan
