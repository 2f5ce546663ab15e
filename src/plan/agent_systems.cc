#include "plan/agent_systems.h"

#include <algorithm>
#include <map>

namespace appmix::plan {
namespace {

void sort_by_id(const model::PortfolioModel& model, std::vector<int>& products) {
  std::sort(products.begin(), products.end());
  products.erase(std::unique(products.begin(), products.end()), products.end());
  std::sort(products.begin(), products.end(),
            [&](int a, int b) { return model.id(a) < model.id(b); });
}

}  // namespace

std::vector<AgentSystems> agent_systems(const model::PortfolioModel& model,
                                        const std::vector<JourneyView>& journeys) {
  std::map<int, AgentSystems> by_unit;  // units are indexed in id order
  for (const JourneyView& view : journeys) {
    const inventory::Journey& journey = *view.journey;
    if (!journey.business_unit)
      continue;
    const std::optional<int> unit = model.find_unit(journey.business_unit->id);
    if (!unit)
      continue;
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const inventory::JourneyStep& step = journey.steps[s];
      if (step.actor != inventory::Actor::agent)
        continue;
      AgentSystems& systems = by_unit.try_emplace(*unit, AgentSystems{*unit, {}, {}}).first->second;
      for (const inventory::Reference& app : step.apps) {
        if (const auto product = model.find_product(app.id))
          systems.today.push_back(*product);
      }
      const std::vector<int>& after = view.steps_after[s];
      systems.after.insert(systems.after.end(), after.begin(), after.end());
    }
  }
  std::vector<AgentSystems> out;
  for (auto& [unit, systems] : by_unit) {
    sort_by_id(model, systems.today);
    sort_by_id(model, systems.after);
    out.push_back(std::move(systems));
  }
  return out;
}

}  // namespace appmix::plan
