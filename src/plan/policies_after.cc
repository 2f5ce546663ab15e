#include "plan/policies_after.h"

#include <algorithm>
#include <tuple>

namespace appmix::plan {
namespace {

std::vector<int> by_id(const model::PortfolioModel& model, std::vector<int> products) {
  std::sort(products.begin(), products.end(),
            [&](int a, int b) { return model.id(a) < model.id(b); });
  return products;
}

bool has_owner(const inventory::Product& product) {
  return product.owner && product.owner->find_first_not_of(" \t\r\n") != std::string::npos;
}

bool unsanctioned_personal(const inventory::Product& product) {
  return !product.sanctioned && (product.holds(inventory::DataClass::personal) ||
                                 product.holds(inventory::DataClass::sensitive));
}

// Splits `products` into today's apps and the chosen products, each by id.
void today_and_after(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                     const std::vector<int>& products, PolicyOutcome& outcome) {
  for (const int p : products) {
    if (!model.is_candidate(p))
      outcome.today.push_back(p);
    if (chosen[p])
      outcome.after.push_back(p);
  }
  outcome.today = by_id(model, outcome.today);
  outcome.after = by_id(model, outcome.after);
  for (const int p : outcome.after) {
    if (model.is_candidate(p))
      outcome.candidates_after.push_back(p);
  }
}

template <typename Breach>
PolicyOutcome count_products(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                             PolicyKind kind, Breach breach) {
  PolicyOutcome outcome;
  outcome.kind = kind;
  std::vector<int> breaching;
  for (int p = 0; p < model.num_products(); ++p) {
    if (breach(*model.products[p]))
      breaching.push_back(p);
  }
  today_and_after(model, chosen, breaching, outcome);
  return outcome;
}

// The requirements of capability c that hold each chosen provider.
std::vector<ProviderNeed> needs_of(const model::PortfolioModel& model,
                                   const std::vector<bool>& chosen, int c) {
  std::vector<ProviderNeed> needs;
  for (int k = 0; k < static_cast<int>(model.pairs.size()); ++k) {
    const model::RequiredPair& pair = model.pairs[k];
    if (pair.capability != c)
      continue;
    std::vector<int> serving;
    for (const int p : pair.servers) {
      if (chosen[p])
        serving.push_back(p);
    }
    if (pair.min_providers > 1 && static_cast<int>(serving.size()) <= pair.demand()) {
      for (const int p : serving)
        needs.push_back({p, pair.unit, std::nullopt, pair.min_providers});
    }
  }
  for (const model::ChannelNeed& need : model.channel_needs) {
    const model::RequiredPair& pair = model.pairs[need.pair];
    if (pair.capability != c)
      continue;
    std::vector<int> reaching;
    for (const int p : need.servers) {
      if (chosen[p])
        reaching.push_back(p);
    }
    if (reaching.size() == 1)
      needs.push_back({reaching.front(), pair.unit, need.channel, pair.min_providers});
  }
  std::sort(needs.begin(), needs.end(), [&](const ProviderNeed& a, const ProviderNeed& b) {
    const int channel_a = a.channel.value_or(-1), channel_b = b.channel.value_or(-1);
    return std::tie(model.id(a.product), a.unit, channel_a) <
           std::tie(model.id(b.product), b.unit, channel_b);
  });
  return needs;
}

}  // namespace

std::string_view name_of(PolicyKind kind) {
  switch (kind) {
    case PolicyKind::max_providers:
      return "max_providers";
    case PolicyKind::personal_data_requires_sanctioned:
      return "personal_data_requires_sanctioned";
    case PolicyKind::max_systems_per_journey:
      return "max_systems_per_journey";
    case PolicyKind::require_owner:
      return "require_owner";
    case PolicyKind::max_agent_systems:
      return "max_agent_systems";
  }
  return "max_providers";
}

bool PolicyOutcome::has_limit() const {
  return kind == PolicyKind::max_providers || kind == PolicyKind::max_systems_per_journey ||
         kind == PolicyKind::max_agent_systems;
}

Listed PolicyOutcome::listed() const {
  if (kind == PolicyKind::max_systems_per_journey)
    return Listed::journeys;
  if (kind == PolicyKind::max_agent_systems)
    return Listed::units;
  return Listed::products;
}

bool PolicyOutcome::met(const std::vector<int>& listed) const {
  if (kind == PolicyKind::max_providers)
    return static_cast<int>(listed.size()) <= limit;
  return listed.empty();
}

std::vector<PolicyOutcome> policies_after(const model::PortfolioModel& model,
                                          const std::vector<bool>& chosen,
                                          const std::vector<JourneyView>& journeys,
                                          const std::vector<AgentSystems>& agents) {
  const inventory::Policies& policies = model.inventory->policies;
  std::vector<PolicyOutcome> outcomes;
  for (const inventory::MaxProviders& limit : policies.max_providers) {
    PolicyOutcome outcome;
    outcome.kind = PolicyKind::max_providers;
    outcome.capability = model.find_capability(limit.capability.id);
    outcome.limit = limit.limit;
    if (!outcome.capability)
      continue;
    today_and_after(model, chosen, model.capability_products[*outcome.capability], outcome);
    if (static_cast<int>(outcome.after.size()) > limit.limit)
      outcome.needs = needs_of(model, chosen, *outcome.capability);
    outcomes.push_back(std::move(outcome));
  }
  if (policies.personal_data_requires_sanctioned &&
      policies.personal_data_requires_sanctioned->value) {
    outcomes.push_back(count_products(model, chosen, PolicyKind::personal_data_requires_sanctioned,
                                      unsanctioned_personal));
  }
  if (policies.max_systems_per_journey) {
    PolicyOutcome outcome;
    outcome.kind = PolicyKind::max_systems_per_journey;
    outcome.limit = policies.max_systems_per_journey->value;
    for (int j = 0; j < static_cast<int>(journeys.size()); ++j) {
      if (static_cast<int>(journeys[j].systems_today.size()) > outcome.limit)
        outcome.today.push_back(j);
      if (static_cast<int>(journeys[j].systems_after.size()) > outcome.limit)
        outcome.after.push_back(j);
    }
    outcomes.push_back(std::move(outcome));
  }
  if (policies.require_owner && policies.require_owner->value) {
    outcomes.push_back(count_products(model, chosen, PolicyKind::require_owner,
                                      [](const inventory::Product& p) { return !has_owner(p); }));
  }
  if (policies.max_agent_systems) {
    PolicyOutcome outcome;
    outcome.kind = PolicyKind::max_agent_systems;
    outcome.limit = policies.max_agent_systems->value;
    for (const AgentSystems& systems : agents) {
      if (static_cast<int>(systems.today.size()) > outcome.limit)
        outcome.today.push_back(systems.unit);
      if (static_cast<int>(systems.after.size()) > outcome.limit)
        outcome.after.push_back(systems.unit);
    }
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

}  // namespace appmix::plan
