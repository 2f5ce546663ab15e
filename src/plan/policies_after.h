// The governance policies (docs/inventory-format.md, policies) counted on today's
// apps and on the recommended mix, side by side. The optimisation does not
// enforce max_providers; where the mix still breaches it, the outcome names
// the requirements that hold each provider in the mix: a unit whose
// min_providers needs it, or a channel only it reaches. It knows nothing of
// output formats.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/portfolio.h"
#include "plan/agent_systems.h"
#include "plan/journeys_after.h"

namespace appmix::plan {

// Why a provider of a max_providers capability stays in the mix.
struct ProviderNeed {
  int product = 0;
  int unit = 0;
  std::optional<int> channel;  // set: the only chosen provider reaching it
  int min_providers = 1;       // no channel: the pair needs this many providers
};

// The policies of an inventory (docs/inventory-format.md, policies), in the order
// outcomes are listed.
enum class PolicyKind {
  max_providers,
  personal_data_requires_sanctioned,
  max_systems_per_journey,
  require_owner,
  max_agent_systems,
};

// What a policy's `today` and `after` list.
enum class Listed { products, journeys, units };

// The inventory key: "max_providers", "require_owner", ...
std::string_view name_of(PolicyKind kind);

struct PolicyOutcome {
  PolicyKind kind = PolicyKind::max_providers;
  std::optional<int> capability;    // max_providers only
  int limit = 0;                    // max_providers, max_systems_per_journey
  std::vector<int> today;           // breaching apps (or journeys, by index), by id
  std::vector<int> after;           // breaching products (or journeys) after
  std::vector<ProviderNeed> needs;  // max_providers breached after: why
  // Of `after` (products), the added candidates: a candidate's missing owner
  // or unsanctioned status is a decision still to take, not an app's fault.
  std::vector<int> candidates_after;

  // max_providers counts providers and is met with at most `limit` of them;
  // every other policy lists breaches and is met when there are none.
  bool met_today() const { return met(today); }
  bool met_after() const { return met(after); }
  // Whether a limit applies (max_providers, max_systems_per_journey).
  bool has_limit() const;
  // `today` and `after` index journeys (max_systems_per_journey), units
  // (max_agent_systems), else products.
  Listed listed() const;
  bool lists_journeys() const { return listed() == Listed::journeys; }

 private:
  bool met(const std::vector<int>& listed) const;
};

// One outcome per policy set in the inventory (per capability for
// max_providers), in the order: max_providers by capability id,
// personal_data_requires_sanctioned, max_systems_per_journey, require_owner.
// For max_providers, `today` and `after` list the providers themselves
// (breached when there are more than `limit`).
std::vector<PolicyOutcome> policies_after(const model::PortfolioModel& model,
                                          const std::vector<bool>& chosen,
                                          const std::vector<JourneyView>& journeys,
                                          const std::vector<AgentSystems>& agents);

}  // namespace appmix::plan
