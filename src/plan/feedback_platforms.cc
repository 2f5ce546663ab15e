#include "plan/feedback_platforms.h"

#include <algorithm>

namespace appmix::plan {

bool is_feedback_platform(const model::PortfolioModel& model, int product) {
  if (model.products[product]->holds(inventory::DataClass::x_data))
    return true;
  const auto& capabilities = model.product_capabilities[product];
  return std::any_of(capabilities.begin(), capabilities.end(), [&](int c) {
    return model.capabilities[c]->data == inventory::CapabilityData::x_data;
  });
}

FeedbackPlatforms feedback_platforms(const model::PortfolioModel& model,
                                     const std::vector<bool>& chosen) {
  FeedbackPlatforms view;
  for (int p = 0; p < model.num_products(); ++p) {
    if (!is_feedback_platform(model, p))
      continue;
    const inventory::Product& product = *model.products[p];
    const bool unsanctioned = !product.sanctioned;
    const bool personal = product.holds(inventory::DataClass::personal) ||
                          product.holds(inventory::DataClass::sensitive);
    if (!model.is_candidate(p)) {
      view.today.push_back(p);
      view.unsanctioned_today += unsanctioned;
      view.personal_today += personal;
    }
    if (chosen[p]) {
      view.after.push_back(p);
      view.unsanctioned_after += unsanctioned;
      view.personal_after += personal;
    }
  }
  const auto by_id = [&](int a, int b) { return model.id(a) < model.id(b); };
  std::sort(view.today.begin(), view.today.end(), by_id);
  std::sort(view.after.begin(), view.after.end(), by_id);
  return view;
}

}  // namespace appmix::plan
