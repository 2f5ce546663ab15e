// Merging the parts of a directory inventory: scalar settings may repeat only
// with the same value, policies merge key by key (max_providers capability by
// capability). List sections need no merging: build_part appends them.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

#include "inventory/build.h"
#include "inventory/format_words.h"

namespace appmix::inventory {
namespace {

using format::kPolicyKeys;
constexpr std::int64_t kMaxPolicyLimit = 1'000'000;

// Keeps the first value of a setting; reports a later, different one.
template <typename T, typename Show>
void settle(const std::optional<Placed<T>>& part_value, std::optional<Placed<T>>& first,
            std::string_view key, Show show, base::Diagnostics& out) {
  if (!part_value)
    return;
  if (!first) {
    first = part_value;
    return;
  }
  if (part_value->value == first->value)
    return;
  auto diagnostic = base::make_diagnostic("conflicting-setting", part_value->location,
                                          fmt::format("'{}' is {} here but {} in another part", key,
                                                      show(part_value->value), show(first->value)));
  diagnostic.notes.push_back(base::Note{first->location, "first set here"});
  out.push_back(std::move(diagnostic));
}

std::string show_date(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string show_integer(std::int64_t value) {
  return std::to_string(value);
}

void report_duplicate_policy(std::string_view what, const base::Location& here,
                             const base::Location& first, base::Diagnostics& out) {
  auto diagnostic =
      base::make_diagnostic("duplicate-policy", here, fmt::format("{} is set twice", what));
  diagnostic.notes.push_back(base::Note{first, "first set here", base::Span::rest_of_line});
  out.push_back(std::move(diagnostic));
}

template <typename T, typename Read>
void merge_setting(const Node& map, std::string_view key, std::optional<PolicySetting<T>>& into,
                   Read read, base::Diagnostics& out) {
  const auto entry = std::find_if(map.entries.begin(), map.entries.end(),
                                  [&](const auto& e) { return e.first.text == key; });
  if (entry == map.entries.end() || entry->second.is_null())
    return;
  const base::Location& here = entry->first.location;
  if (into) {
    report_duplicate_policy(fmt::format("policy '{}'", key), here, into->location, out);
    return;
  }
  if (auto value = read(entry->second, fmt::format("policy '{}'", key))) {
    into = PolicySetting<T>{static_cast<T>(*value), here};
  }
}

void merge_max_providers(const Node& map, std::vector<MaxProviders>& into, base::Diagnostics& out) {
  if (!expect_map(map, "policy 'max_providers'", out))
    return;
  for (const auto& [key, value] : map.entries) {
    auto capability = read_reference(key, "a key of policy 'max_providers'", out);
    if (!capability)
      continue;
    const std::string what =
        fmt::format("policy 'max_providers' for capability '{}'", capability->id);
    if (value.is_null()) {
      out.push_back(
          base::make_diagnostic("wrong-type", key.location, fmt::format("{} has no value", what)));
      continue;
    }
    auto limit = read_integer(value, what, 1, kMaxPolicyLimit, out);
    if (!limit)
      continue;
    into.push_back(MaxProviders{std::move(*capability), static_cast<int>(*limit)});
  }
}

}  // namespace

Settings merge_settings(std::span<const PartSettings> parts, bool all_parts_read,
                        base::Diagnostics& out) {
  Settings settings;
  if (parts.empty())
    return settings;
  std::optional<Placed<std::string>> organisation;
  std::optional<Placed<std::string>> currency;
  std::optional<Placed<Decimal>> horizon;
  std::optional<Placed<Date>> as_of;
  std::optional<Placed<Decimal>> discount_rate;
  std::optional<Placed<std::int64_t>> notice_days;
  std::optional<Placed<std::int64_t>> renewal_months;
  bool has_version = false;
  bool currency_invalid = false;
  auto quoted = [](const std::string& text) { return fmt::format("'{}'", text); };
  for (const PartSettings& part : parts) {
    has_version = has_version || part.has_version_key;
    if (part.version && part.version->value != 1) {
      out.push_back(base::make_diagnostic(
          "unknown-version", part.version->location,
          fmt::format("inventory format version {} is not supported (this appmix reads "
                      "version 1)",
                      part.version->value)));
    }
    settle(part.organisation, organisation, "organisation", quoted, out);
    settle(part.currency, currency, "currency", quoted, out);
    settle(
        part.horizon_years, horizon, "horizon_years",
        [](const Decimal& value) { return value.to_string(); }, out);
    settle(part.as_of, as_of, "as_of", show_date, out);
    settle(
        part.discount_rate, discount_rate, "discount_rate",
        [](const Decimal& value) { return value.to_string(); }, out);
    settle(part.notice_days, notice_days, "notice_days", show_integer, out);
    settle(part.renewal_months, renewal_months, "renewal_months", show_integer, out);
    currency_invalid = currency_invalid || part.currency_invalid;
  }
  if (!has_version && all_parts_read) {
    out.push_back(base::make_diagnostic(
        "missing-version", parts.front().start,
        parts.size() == 1
            ? "the inventory does not say which format version it uses (add 'appmix: 1')"
            : "no part of the inventory says which format version it uses (add 'appmix: 1')"));
  }
  if (organisation)
    settings.organisation = organisation->value;
  if (currency) {
    settings.money.currency = currency->value;
    settings.money.exponent = currency_exponent(currency->value);
  }
  if (currency_invalid)
    settings.money.exponent = std::nullopt;
  if (horizon)
    settings.horizon_years = horizon->value;
  if (as_of)
    settings.as_of = as_of->value;
  if (discount_rate)
    settings.discount_rate = discount_rate->value;
  if (notice_days)
    settings.notice_days = static_cast<int>(notice_days->value);
  if (renewal_months)
    settings.renewal_months = static_cast<int>(renewal_months->value);
  // Money is read in the merged currency, so it waits until that is known.
  std::optional<Placed<std::int64_t>> integration_cost;
  for (const PartSettings& part : parts) {
    if (part.integration_cost == nullptr)
      continue;
    if (auto value =
            read_money(*part.integration_cost, "'integration_cost'", settings.money, out)) {
      const std::optional<Placed<std::int64_t>> placed =
          Placed<std::int64_t>{*value, part.integration_cost->location};
      settle(
          placed, integration_cost, "integration_cost",
          [&](std::int64_t minor) {
            return format_minor_units(minor, settings.money.exponent.value_or(2));
          },
          out);
    }
  }
  if (integration_cost)
    settings.integration_cost = integration_cost->value;
  return settings;
}

void settle_max_providers(std::vector<MaxProviders>& limits, base::Diagnostics& out) {
  // Stable: of two entries for one capability, the one from the earlier part
  // stays first and is kept.
  std::stable_sort(limits.begin(), limits.end(), [](const MaxProviders& a, const MaxProviders& b) {
    return a.capability.id < b.capability.id;
  });
  std::vector<MaxProviders> kept;
  for (MaxProviders& limit : limits) {
    if (!kept.empty() && kept.back().capability.id == limit.capability.id) {
      report_duplicate_policy(
          fmt::format("policy 'max_providers' for capability '{}'", limit.capability.id),
          limit.capability.location, kept.back().capability.location, out);
      continue;
    }
    kept.push_back(std::move(limit));
  }
  limits = std::move(kept);
}

void merge_policies(const Node& map, Policies& into, base::Diagnostics& out) {
  check_keys(map, kPolicyKeys, "policies", out);
  auto read_flag = [&out](const Node& node, const std::string& what) {
    return read_bool(node, what, out);
  };
  auto read_limit = [&out](const Node& node, const std::string& what) {
    return read_integer(node, what, 1, kMaxPolicyLimit, out);
  };
  if (const Node* max_providers = optional_value(map, "max_providers")) {
    merge_max_providers(*max_providers, into.max_providers, out);
  }
  merge_setting(map, "personal_data_requires_sanctioned", into.personal_data_requires_sanctioned,
                read_flag, out);
  merge_setting(map, "max_systems_per_journey", into.max_systems_per_journey, read_limit, out);
  merge_setting(map, "require_owner", into.require_owner, read_flag, out);
  merge_setting(map, "max_agent_systems", into.max_agent_systems, read_limit, out);
}

}  // namespace appmix::inventory
