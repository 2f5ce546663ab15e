// The governance policies of an inventory (docs/inventory-format.md, policies),
// checked on today's apps and journeys: each breach is a finding (a warning
// diagnostic with a policy-* rule id). It does not know the recommended mix;
// checking a mix after optimisation is the plan stage's job.
#pragma once

#include "base/diagnostic.h"
#include "inventory/inventory.h"

namespace appmix::analysis {

// Findings of require_owner, personal_data_requires_sanctioned,
// max_providers (counted on today's apps), max_systems_per_journey
// (distinct apps today's steps list) and max_agent_systems (distinct apps
// on the agent steps of each unit's journeys), sorted. The inventory must have loaded
// without errors (every reference resolves).
base::Diagnostics check_policies(const inventory::Inventory& inventory);

}  // namespace appmix::analysis
