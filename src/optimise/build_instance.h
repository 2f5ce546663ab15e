// The set-cover instance of a portfolio model: one row per required pair
// that some product can serve (demand min(min_providers, servers)) and one
// per channel need that some server reaches (demand 1); one column per
// product, fixed in or out where the model forces the decision. Costs are
// the caller's (objective.h); this file only maps rows and columns both
// ways. It knows nothing of YAML, ids or output.
#pragma once

#include <vector>

#include "model/portfolio.h"
#include "setcover/instance.h"

namespace appmix::optimise {

struct InstanceMap {
  setcover::Instance instance;  // columns are products (same index)
  // What each row stands for: a pair (channel_need < 0) or a channel need.
  struct RowSource {
    int pair = 0;
    int channel_need = -1;
  };
  std::vector<RowSource> rows;
};

// `costs` has one entry per product (>= 0); `fixings` too (kFree where the
// optimisation decides).
InstanceMap build_instance(const model::PortfolioModel& model, std::vector<setcover::Cost> costs,
                           const std::vector<setcover::Fixing>& fixings);

}  // namespace appmix::optimise
