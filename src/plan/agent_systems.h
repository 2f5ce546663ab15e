// Agent systems (docs/recommend.md): for each business unit, the
// distinct apps its agents use on the `agent` steps of the unit's journeys,
// today (the steps' apps) and after the recommendation (the products the
// journey view gives each step). A journey without a unit counts for no
// unit. This is the agent's desktop: every system on it is one more "wait,
// I have to check another system". It knows nothing of output formats.
#pragma once

#include <vector>

#include "model/portfolio.h"
#include "plan/journeys_after.h"

namespace appmix::plan {

struct AgentSystems {
  int unit = 0;
  std::vector<int> today;  // products, by id
  std::vector<int> after;  // products, by id
};

// Units (by id) whose journeys have at least one agent step.
std::vector<AgentSystems> agent_systems(const model::PortfolioModel& model,
                                        const std::vector<JourneyView>& journeys);

}  // namespace appmix::plan
