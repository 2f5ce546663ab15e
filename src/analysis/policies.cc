#include "analysis/policies.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace appmix::analysis {
namespace {

using inventory::App;
using inventory::DataClass;
using inventory::Inventory;

void check_owners(const Inventory& inventory, base::Diagnostics& out) {
  for (const App& app : inventory.apps) {
    // An owner of only blanks names nobody.
    if (app.owner && app.owner->find_first_not_of(" \t\r\n") != std::string::npos)
      continue;
    out.push_back(base::make_diagnostic(
        "policy-require-owner", app.location,
        fmt::format("app '{}' names no owner (policy require_owner)", app.id)));
  }
}

void check_personal_data(const Inventory& inventory, base::Diagnostics& out) {
  for (const App& app : inventory.apps) {
    if (app.sanctioned)
      continue;
    const bool personal = app.holds(DataClass::personal);
    const bool sensitive = app.holds(DataClass::sensitive);
    if (!personal && !sensitive)
      continue;
    const std::string_view held = personal && sensitive ? "personal and sensitive"
                                  : personal            ? "personal"
                                                        : "sensitive";
    out.push_back(base::make_diagnostic("policy-personal-data-unsanctioned", app.location,
                                        fmt::format("app '{}' holds {} data but is not sanctioned "
                                                    "(policy personal_data_requires_sanctioned)",
                                                    app.id, held)));
  }
}

void check_max_providers(const Inventory& inventory, base::Diagnostics& out) {
  for (const inventory::MaxProviders& limit : inventory.policies.max_providers) {
    std::vector<const App*> providers;
    for (const App& app : inventory.apps) {
      const bool provides =
          std::any_of(app.capabilities.begin(), app.capabilities.end(),
                      [&](const inventory::Reference& c) { return c.id == limit.capability.id; });
      if (provides)
        providers.push_back(&app);
    }
    if (providers.size() <= static_cast<std::size_t>(limit.limit))
      continue;
    std::sort(providers.begin(), providers.end(),
              [](const App* a, const App* b) { return a->id < b->id; });
    std::vector<std::string_view> ids;
    for (const App* app : providers)
      ids.push_back(app->id);
    auto diagnostic = base::make_diagnostic(
        "policy-max-providers", limit.capability.location,
        fmt::format("capability '{}' is provided by {} apps, more than the {} allowed: {} "
                    "(policy max_providers)",
                    limit.capability.id, providers.size(), limit.limit, fmt::join(ids, ", ")));
    for (const App* app : providers) {
      diagnostic.notes.push_back(base::Note{
          app->location, fmt::format("app '{}' provides it", app->id), base::Span::rest_of_line});
    }
    out.push_back(std::move(diagnostic));
  }
}

void check_systems_per_journey(const Inventory& inventory, int limit, const base::Location& policy,
                               base::Diagnostics& out) {
  for (const inventory::Journey& journey : inventory.journeys) {
    std::set<std::string> apps;
    for (const inventory::JourneyStep& step : journey.steps) {
      for (const inventory::Reference& app : step.apps)
        apps.insert(app.id);
    }
    if (apps.size() <= static_cast<std::size_t>(limit))
      continue;
    auto diagnostic = base::make_diagnostic(
        "policy-max-systems-per-journey", journey.location,
        fmt::format("journey '{}' touches {} apps, more than the {} allowed: {} "
                    "(policy max_systems_per_journey)",
                    journey.id, apps.size(), limit, fmt::join(apps, ", ")));
    diagnostic.notes.push_back(base::Note{policy, "limit set here", base::Span::rest_of_line});
    out.push_back(std::move(diagnostic));
  }
}

// Per business unit, the distinct apps on the agent steps of its journeys
// (a journey without a unit counts for none).
void check_agent_systems(const Inventory& inventory, int limit, const base::Location& policy,
                         base::Diagnostics& out) {
  std::map<std::string, std::set<std::string>> apps_of_unit;
  for (const inventory::Journey& journey : inventory.journeys) {
    if (!journey.business_unit)
      continue;
    for (const inventory::JourneyStep& step : journey.steps) {
      if (step.actor != inventory::Actor::agent)
        continue;
      auto& apps = apps_of_unit[journey.business_unit->id];
      for (const inventory::Reference& app : step.apps)
        apps.insert(app.id);
    }
  }
  for (const inventory::BusinessUnit& unit : inventory.business_units) {
    const auto found = apps_of_unit.find(unit.id);
    if (found == apps_of_unit.end() || found->second.size() <= static_cast<std::size_t>(limit))
      continue;
    auto diagnostic = base::make_diagnostic(
        "policy-max-agent-systems", unit.location,
        fmt::format("the agents of business unit '{}' use {} apps on their journeys' agent steps, "
                    "more than the {} allowed: {} (policy max_agent_systems)",
                    unit.id, found->second.size(), limit, fmt::join(found->second, ", ")));
    diagnostic.notes.push_back(base::Note{policy, "limit set here", base::Span::rest_of_line});
    out.push_back(std::move(diagnostic));
  }
}

}  // namespace

base::Diagnostics check_policies(const Inventory& inventory) {
  base::Diagnostics out;
  const inventory::Policies& policies = inventory.policies;
  if (policies.require_owner && policies.require_owner->value)
    check_owners(inventory, out);
  if (policies.personal_data_requires_sanctioned &&
      policies.personal_data_requires_sanctioned->value) {
    check_personal_data(inventory, out);
  }
  check_max_providers(inventory, out);
  if (policies.max_systems_per_journey) {
    check_systems_per_journey(inventory, policies.max_systems_per_journey->value,
                              policies.max_systems_per_journey->location, out);
  }
  if (policies.max_agent_systems) {
    check_agent_systems(inventory, policies.max_agent_systems->value,
                        policies.max_agent_systems->location, out);
  }
  base::sort_diagnostics(out);
  return out;
}

}  // namespace appmix::analysis
