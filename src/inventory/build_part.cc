// One part's top level: its settings, business units, channels,
// capabilities and journeys (apps and candidates in build_products.cc,
// policies in merge.cc).
#include <fmt/format.h>

#include <array>
#include <limits>

#include "inventory/build.h"
#include "inventory/format_words.h"

namespace appmix::inventory {
namespace {

using format::kActors;
using format::kCapabilityData;
using format::kCapabilityKeys;
using format::kJourneyKeys;
using format::kNamedKeys;
using format::kStepKeys;
using format::kTopKeys;
// No unit needs more providers than this; it keeps the model's demands small.
constexpr std::int64_t kMaxMinProviders = 1000;

template <typename Item>
void build_named(const Node& list, std::string_view section, std::string_view kind,
                 std::vector<Item>& into, base::Diagnostics& out) {
  if (!expect_list(list, fmt::format("'{}'", section), out))
    return;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const Node& node = list.items[i];
    if (!expect_map(node, fmt::format("item {} of '{}'", i + 1, section), out))
      continue;
    const std::string owner = owner_name(kind, peek_id(node), i + 1);
    check_keys(node, kNamedKeys, owner, out);
    Item item;
    item.location = node.location;
    if (const Node* id = required_value(node, "id", owner, out)) {
      item.id = read_id(*id, describe("id", owner), out).value_or("");
    }
    if (const Node* name = required_value(node, "name", owner, out)) {
      item.name = read_string(*name, describe("name", owner), out).value_or("");
    }
    into.push_back(std::move(item));
  }
}

void build_capabilities(const Node& list, Inventory& into, base::Diagnostics& out) {
  if (!expect_list(list, "'capabilities'", out))
    return;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const Node& node = list.items[i];
    if (!expect_map(node, fmt::format("item {} of 'capabilities'", i + 1), out))
      continue;
    const std::string owner = owner_name("capability", peek_id(node), i + 1);
    check_keys(node, kCapabilityKeys, owner, out);
    Capability capability;
    capability.location = node.location;
    if (const Node* id = required_value(node, "id", owner, out)) {
      capability.id = read_id(*id, describe("id", owner), out).value_or("");
    }
    if (const Node* name = required_value(node, "name", owner, out)) {
      capability.name = read_string(*name, describe("name", owner), out).value_or("");
    }
    if (const Node* parent = optional_value(node, "parent")) {
      capability.parent = read_reference(*parent, describe("parent", owner), out);
    }
    if (const Node* domain = optional_value(node, "domain")) {
      capability.domain = read_string(*domain, describe("domain", owner), out);
    }
    if (const Node* data = optional_value(node, "data")) {
      if (auto index = read_enum(*data, describe("data", owner), kCapabilityData, out)) {
        capability.data = *index == 0 ? CapabilityData::x_data : CapabilityData::o_data;
      }
    }
    if (const Node* needed_by = optional_value(node, "needed_by")) {
      capability.needed_by = read_unit_set(*needed_by, describe("needed_by", owner), out);
    }
    if (const Node* min = optional_value(node, "min_providers")) {
      auto value = read_integer(*min, describe("min_providers", owner), 1, kMaxMinProviders, out);
      capability.min_providers = static_cast<int>(value.value_or(1));
      capability.min_providers_location = min->location;
    }
    if (const Node* channels = optional_value(node, "channels")) {
      capability.channels = read_reference_list(*channels, describe("channels", owner), out);
    }
    into.capabilities.push_back(std::move(capability));
  }
}

JourneyStep build_step(const Node& node, std::string_view owner, base::Diagnostics& out) {
  JourneyStep step;
  step.location = node.location;
  check_keys(node, kStepKeys, owner, out);
  if (const Node* name = required_value(node, "name", owner, out)) {
    step.name = read_string(*name, describe("name", owner), out).value_or("");
  }
  if (const Node* channel = optional_value(node, "channel")) {
    step.channel = read_reference(*channel, describe("channel", owner), out);
  }
  if (const Node* capabilities = optional_value(node, "capabilities")) {
    step.capabilities = read_reference_list(*capabilities, describe("capabilities", owner), out);
  }
  if (const Node* apps = optional_value(node, "apps")) {
    step.apps = read_reference_list(*apps, describe("apps", owner), out);
  }
  if (const Node* actor = optional_value(node, "actor")) {
    if (auto index = read_enum(*actor, describe("actor", owner), kActors, out))
      step.actor = static_cast<Actor>(*index);
  }
  return step;
}

void build_journeys(const Node& list, Inventory& into, base::Diagnostics& out) {
  if (!expect_list(list, "'journeys'", out))
    return;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const Node& node = list.items[i];
    if (!expect_map(node, fmt::format("item {} of 'journeys'", i + 1), out))
      continue;
    const std::string owner = owner_name("journey", peek_id(node), i + 1);
    check_keys(node, kJourneyKeys, owner, out);
    Journey journey;
    journey.location = node.location;
    if (const Node* id = required_value(node, "id", owner, out)) {
      journey.id = read_id(*id, describe("id", owner), out).value_or("");
    }
    if (const Node* name = required_value(node, "name", owner, out)) {
      journey.name = read_string(*name, describe("name", owner), out).value_or("");
    }
    if (const Node* unit = optional_value(node, "business_unit")) {
      journey.business_unit = read_reference(*unit, describe("business_unit", owner), out);
    }
    const Node* steps = required_value(node, "steps", owner, out);
    if (steps != nullptr && expect_list(*steps, describe("steps", owner), out)) {
      for (std::size_t s = 0; s < steps->items.size(); ++s) {
        const Node& step = steps->items[s];
        const std::string step_owner = fmt::format("step {} of {}", s + 1, owner);
        if (!expect_map(step, step_owner, out))
          continue;
        journey.steps.push_back(build_step(step, step_owner, out));
      }
    }
    into.journeys.push_back(std::move(journey));
  }
}

}  // namespace

std::string owner_name(std::string_view kind, const std::optional<std::string>& id,
                       std::size_t index) {
  if (id)
    return fmt::format("{} '{}'", kind, *id);
  return fmt::format("{} #{}", kind, index);
}

std::optional<std::string> peek_id(const Node& item) {
  const Node* id = item.find("id");
  if (id == nullptr || !id->is_scalar())
    return std::nullopt;
  return id->text;
}

PartSettings read_settings(const Node& root, base::Diagnostics& out) {
  PartSettings settings;
  settings.start = base::Location{root.location.location().file, 1, 1};
  check_keys(root, kTopKeys, "", out);
  for (const auto& [key, value] : root.entries) {
    if (key.is_scalar() && !value.is_null())
      settings.keys.push_back(key.text);
  }
  if (root.find("appmix") != nullptr)
    settings.has_version_key = true;
  if (const Node* version = optional_value(root, "appmix")) {
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    if (auto value = read_integer(*version, "'appmix'", kMin, kMax, out)) {
      settings.version = Placed<std::int64_t>{*value, version->location};
    }
  }
  if (const Node* organisation = optional_value(root, "organisation")) {
    if (auto value = read_string(*organisation, "'organisation'", out)) {
      settings.organisation = Placed<std::string>{*value, organisation->location};
    }
  }
  if (const Node* currency = optional_value(root, "currency")) {
    if (auto value = read_currency(*currency, out)) {
      settings.currency = Placed<std::string>{*value, currency->location};
    } else {
      settings.currency_invalid = true;
    }
  }
  if (const Node* horizon = optional_value(root, "horizon_years")) {
    if (auto value = read_horizon(*horizon, "'horizon_years'", out)) {
      settings.horizon_years = Placed<Decimal>{*value, horizon->location};
    }
  }
  if (const Node* as_of = optional_value(root, "as_of")) {
    if (auto value = read_date(*as_of, "'as_of'", out))
      settings.as_of = Placed<Date>{*value, as_of->location};
  }
  if (const Node* rate = optional_value(root, "discount_rate")) {
    if (auto value = read_rate(*rate, "'discount_rate'", out))
      settings.discount_rate = Placed<Decimal>{*value, rate->location};
  }
  if (const Node* notice = optional_value(root, "notice_days")) {
    if (auto value = read_integer(*notice, "'notice_days'", 0, kMaxNoticeDays, out))
      settings.notice_days = Placed<std::int64_t>{*value, notice->location};
  }
  if (const Node* renewal = optional_value(root, "renewal_months")) {
    if (auto value = read_integer(*renewal, "'renewal_months'", 1, kMaxRenewalMonths, out))
      settings.renewal_months = Placed<std::int64_t>{*value, renewal->location};
  }
  settings.integration_cost = optional_value(root, "integration_cost");
  return settings;
}

void build_part(const Node& root, const MoneyUnit& money, Inventory& into, base::Diagnostics& out) {
  if (const Node* units = optional_value(root, "business_units")) {
    build_named(*units, "business_units", "business unit", into.business_units, out);
  }
  if (const Node* channels = optional_value(root, "channels")) {
    build_named(*channels, "channels", "channel", into.channels, out);
  }
  if (const Node* capabilities = optional_value(root, "capabilities")) {
    build_capabilities(*capabilities, into, out);
  }
  if (const Node* apps = optional_value(root, "apps"))
    build_apps(*apps, money, into, out);
  if (const Node* candidates = optional_value(root, "candidates")) {
    build_candidates(*candidates, money, into, out);
  }
  if (const Node* journeys = optional_value(root, "journeys")) {
    build_journeys(*journeys, into, out);
  }
  if (const Node* policies = optional_value(root, "policies")) {
    if (expect_map(*policies, "'policies'", out))
      merge_policies(*policies, into.policies, out);
  }
}

}  // namespace appmix::inventory
