// Systems per journey (docs/recommend.md): the distinct apps a
// journey's steps use today, and after the recommendation: for each step,
// the fewest chosen products that serve all of the step's capabilities for
// the journey's unit (ties: the smallest list of ids). Also the hand-offs
// between consecutive steps that share no system and whose systems are not
// integrated, today and after. It knows nothing of output formats.
#pragma once

#include <vector>

#include "model/portfolio.h"

namespace appmix::plan {

// How two consecutive steps are linked after the integration plan.
enum class StepLink {
  shared,        // they share a system: no hand-off
  integrated,    // an existing or re-pointed integration joins them
  to_build,      // a new integration of the plan joins them
  unresolvable,  // a step has no system (its capabilities are unserved)
};

struct JourneyView {
  const inventory::Journey* journey = nullptr;
  std::vector<int> systems_today;             // products, by id
  std::vector<int> systems_after;             // products, by id
  std::vector<std::vector<int>> steps_after;  // per step: its products, by id
  // Per step: capabilities (indices) no chosen product serves for the unit.
  std::vector<std::vector<int>> unserved_after;
  int handoffs_today = 0;  // consecutive steps on different, unintegrated systems
  int handoffs_after = 0;  // counting the integrations the products list
  // After the integration plan: existing, re-pointed and new integrations
  // (integration_plan.h). A step without systems is skipped, as in the
  // other counts: it is unresolvable, not a hand-off.
  int handoffs_after_integration = 0;
  std::vector<StepLink> links;  // per pair of consecutive steps (steps - 1)
};

// The hand-offs of a journey's steps (each a list of systems): consecutive
// steps with systems, steps without one skipped, that share no system and
// that `joined(a, b)` does not join. Calls `each(from, to)` for each; the
// journey view and the integration plan count them with different
// integrations.
template <typename Joined, typename Each>
void for_each_handoff(const std::vector<std::vector<int>>& steps, const Joined& joined,
                      const Each& each) {
  const std::vector<int>* previous = nullptr;
  for (const std::vector<int>& step : steps) {
    if (step.empty())
      continue;
    if (previous) {
      bool linked = false;
      for (const int a : *previous) {
        for (const int b : step)
          linked = linked || a == b || joined(a, b);
      }
      if (!linked)
        each(*previous, step);
    }
    previous = &step;
  }
}

std::vector<JourneyView> journeys_after(const model::PortfolioModel& model,
                                        const std::vector<bool>& chosen);

}  // namespace appmix::plan
