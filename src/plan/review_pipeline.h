// The one path from a valid inventory to a Review, shared by recommend,
// report, batch and diff: resolve the forced decisions (--keep, --retire)
// against the model, build the model once, recommend the mix, and plan it.
// Callers check the inventory first (analysis/checked_inventory.h) and print
// what they like; this file knows nothing of the command line or of output:
// mistakes in the forced decisions come back as text, and a running search
// reports through a callback.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "inventory/inventory.h"
#include "model/forced_decisions.h"
#include "model/portfolio.h"
#include "model/time_money.h"
#include "optimise/objective.h"
#include "optimise/recommend.h"
#include "plan/review.h"
#include "setcover/solver.h"

namespace appmix::plan {

struct ReviewSettings {
  optimise::ObjectiveKind objective = optimise::ObjectiveKind::cost;
  setcover::SolveOptions solve;              // limits, threads, seed
  std::vector<model::ForcedRequest> forced;  // in the order given
  model::AsOfRequest as_of;                  // --as-of and today's date
  // Re-solves of the model beside the recommendation (optimise/frontier.h,
  // optimise/margins.h). Margins price money: they are left out with
  // --objective apps.
  bool frontier = false;
  bool margins = false;
  // Called while the main search runs, in the objective's first unit.
  std::function<void(const optimise::SearchProgress&)> on_progress;
};

// A review and the model it points into. The model lives on the heap, so
// the run can be moved without invalidating the review.
struct ReviewRun {
  // Set when a forced decision is wrong (unknown id, locked, both ways):
  // one message each, and no review.
  std::vector<std::string> forced_errors;
  std::unique_ptr<model::PortfolioModel> model;
  std::optional<Review> review;
};

// `inventory` loaded without errors and outlives the run.
ReviewRun review_inventory(const inventory::Inventory& inventory, const ReviewSettings& settings);

}  // namespace appmix::plan
