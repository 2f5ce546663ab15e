// The consolidation plan of a recommendation (docs/recommend.md,
// Consolidation): for each retired app and each required pair it serves
// today in its own units, the kept or added product that takes the pair
// over (least horizon cost, acquire cost included; ties by id), grouped in
// waves by the calendar quarter of the retired app's contract end, and the
// integrations of retired apps that must be re-pointed. It knows nothing of
// output formats.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/portfolio.h"

namespace appmix::plan {

struct Takeover {
  int retired = 0;               // product index of the retired app
  int pair = 0;                  // index into model.pairs
  std::optional<int> successor;  // nothing chosen serves the pair: it is a gap
  std::string wave;              // "2027-Q1", or "none" without a contract end
};

// An integration of a retired app with a product that stays: the partner
// must be connected to the retired app's successors instead (an integration
// with the only successor becomes internal to it and is not listed).
struct Repoint {
  int retired = 0;
  int partner = 0;
  std::vector<int> successors;  // distinct, by id
};

struct ConsolidationPlan {
  std::vector<std::string> waves;   // soonest first, "none" last
  std::vector<Takeover> takeovers;  // by wave, then retired id, capability id, unit id
  std::vector<Repoint> repoints;    // by retired id, then partner id
};

// The quarter of an app's exit date (model/time_money.h): "2027-Q1" when it
// can leave in January-March 2027, so a contract that renews moves its app
// to a later wave; "none" for an app without a contract_end.
std::string wave_of(const model::PortfolioModel& model, int product);

// `chosen[p]`: app p kept or candidate p added.
ConsolidationPlan plan_consolidation(const model::PortfolioModel& model,
                                     const std::vector<bool>& chosen);

}  // namespace appmix::plan
