// The recommendation: which apps to keep, which to retire and which
// candidates to add, proven least by the objective's order where the solver
// proves it, with the figures the reports print (cost before and after,
// lower bound, apps before and after), a greedy mix for comparison and the
// price of each forced decision. It knows nothing of the consolidation plan,
// of findings or of output formats.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "model/portfolio.h"
#include "optimise/objective.h"
#include "setcover/solver.h"

namespace appmix::optimise {

// One --keep or --retire, in the order given.
struct WhatIf {
  int product = 0;
  model::Decision decision = model::Decision::keep;
};

// A running search, in the objective's first unit: cost.after in minor
// units, or apps.after with --objective apps.
struct SearchProgress {
  std::int64_t incumbent = 0;
  std::int64_t bound = 0;
  long long nodes = 0;
  double seconds = 0;
};

struct RecommendOptions {
  ObjectiveKind objective = ObjectiveKind::cost;
  setcover::SolveOptions solve;  // limits, threads, seed
  // Called while the main solve runs (not the what-if solves).
  std::function<void(const SearchProgress&)> on_progress;
};

struct ForcedPrice {
  WhatIf what_if;
  // cost.after with every forced decision minus cost.after without this one,
  // minor units.
  std::int64_t price = 0;
  bool proven = false;  // both optima proven
};

struct Recommendation {
  ObjectiveKind objective = ObjectiveKind::cost;
  std::vector<bool> chosen;  // per product: app kept / candidate added
  // True when the objective's first level (cost, or apps) is proven least.
  bool optimal = false;
  setcover::EndedBy ended_by = setcover::EndedBy::kProof;
  std::vector<std::string_view> order;  // the objective's levels, most important first
  int levels_proven = 0;                // leading levels of `order` proven

  // Money in minor units over the horizon.
  std::int64_t cost_before = 0;    // every app kept, no one-off costs
  std::int64_t cost_after = 0;     // the Objective of the chosen mix
  std::int64_t lower_bound = 0;    // on cost_after (cost objective), else = cost_after when proven
  std::int64_t retire_costs = 0;   // of the apps retired
  std::int64_t acquire_costs = 0;  // of the candidates added
  int apps_before = 0;
  int apps_after = 0;
  int apps_lower_bound = 0;  // apps objective: proven bound on apps_after

  std::int64_t greedy_cost = 0;     // Chvátal's greedy plus clean-up, for comparison
  std::vector<bool> greedy_chosen;  // that greedy mix, per product
  std::vector<ForcedPrice> forced;

  // What the search did, for the JSON statistics and the benchmarks.
  int solves = 0;
  int face_columns = -1;
  long long nodes = 0;
  long long iterations = 0;
  double seconds = 0;
};

// `model` holds every forced decision of `what_if` (and the locked ones).
Recommendation recommend(const model::PortfolioModel& model, const std::vector<WhatIf>& what_if,
                         const RecommendOptions& options);

}  // namespace appmix::optimise
