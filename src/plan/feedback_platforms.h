// The feedback-platform view (docs/recommend.md): products that hold
// x-data or provide a capability marked `data: x-data`, today and in the
// recommended mix, with how many are unsanctioned and how many hold personal
// data (feedback scattered over many platforms is a privacy risk as well as
// a cost). It knows nothing of output formats.
#pragma once

#include <vector>

#include "model/portfolio.h"

namespace appmix::plan {

struct FeedbackPlatforms {
  std::vector<int> today;  // apps, by id
  std::vector<int> after;  // chosen products, by id
  int unsanctioned_today = 0;
  int unsanctioned_after = 0;
  int personal_today = 0;  // holding personal (or sensitive) data
  int personal_after = 0;
};

bool is_feedback_platform(const model::PortfolioModel& model, int product);

FeedbackPlatforms feedback_platforms(const model::PortfolioModel& model,
                                     const std::vector<bool>& chosen);

}  // namespace appmix::plan
