// Decision margins: for each product the optimisation decided (not locked,
// not forced), the price of the opposite decision, that is how much more the
// best mix costs when that one decision is flipped (a what-if of one). A
// product whose retirement would leave a requirement short of providers is
// required and has no price.
//
// Most prices are proven without a search: the Lagrangian bound at the
// optimum, L(u) raised by the flipped column's reduced cost, is a lower bound
// on the flipped optimum, and the recommendation repaired around the flip
// (the column added and redundant ones dropped, or the column removed and its
// rows served again greedily) is a mix with the flip; when the two meet, the
// price is exact. The rest are solved again, closest decisions first, within
// a work budget; what is left is given as its proven lower bound. It knows
// nothing of output formats.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/portfolio.h"
#include "optimise/recommend.h"
#include "setcover/solver.h"

namespace appmix::optimise {

struct Margin {
  int product = 0;
  bool chosen = false;  // the recommended decision: kept or added (true), else retired or not added
  // Minor units over the horizon: the exact price when proven, else a proven
  // lower bound on it. Empty when the flip is required-breaking.
  std::optional<std::int64_t> price;
  bool proven = false;
  bool required = false;
};

struct Margins {
  // By price (required ones last), then id.
  std::vector<Margin> items;
  int proven_by_bounds = 0;  // exact without a search (the flip touches no row still short)
  int searched = 0;          // local problems solved
  setcover::EndedBy ended_by = setcover::EndedBy::kProof;
  double seconds = 0;
};

// Nonzeros the local re-solves may read in all before the rest of the
// prices are only bounded (deterministic, unlike a time limit).
constexpr std::int64_t kMarginWork = 20'000'000;

// `recommendation` is the cost objective's recommendation for `model`.
// `work`: the budget of nonzeros for local re-solves (tests lower it to
// exercise the bounds).
Margins decision_margins(const model::PortfolioModel& model, const Recommendation& recommendation,
                         const setcover::SolveOptions& options,
                         std::int64_t work_budget = kMarginWork);

}  // namespace appmix::optimise
