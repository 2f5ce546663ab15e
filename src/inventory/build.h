// Building the typed inventory from the Node trees of its parts: the
// top-level settings of each part, the items of each part appended in part
// order, the merge of settings and policies across parts, and the checks
// that need the whole inventory (one id namespace, references, parent
// cycles). Internal to the loader; loader.h is the public entry point.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/document.h"
#include "inventory/inventory.h"
#include "inventory/validate.h"

namespace appmix::inventory {

template <typename T>
struct Placed {
  T value{};
  base::Location location;  // of the value
};

// The scalar settings one part writes (each may be absent).
struct PartSettings {
  base::Location start;  // where the part begins: line 1, column 1 of its file
  bool has_version_key = false;
  std::optional<Placed<std::int64_t>> version;  // a valid integer, maybe not 1
  std::optional<Placed<std::string>> organisation;
  std::optional<Placed<std::string>> currency;  // valid ISO 4217 codes only
  bool currency_invalid = false;                // written but reported as invalid
  std::optional<Placed<Decimal>> horizon_years;
  std::optional<Placed<Date>> as_of;
  std::optional<Placed<Decimal>> discount_rate;
  std::optional<Placed<std::int64_t>> notice_days;
  std::optional<Placed<std::int64_t>> renewal_months;
  // Money is read once the merged currency is known (merge_settings).
  const Node* integration_cost = nullptr;
  std::vector<std::string> keys;  // the top-level keys the part writes
};

// Checks the top-level keys of a part (root must be a map) and reads its
// settings.
PartSettings read_settings(const Node& root, base::Diagnostics& out);

// The settings of the whole inventory, after merging every part
// (merge.cc): conflicting-setting, unknown-version, and missing-version when
// `all_parts_read` (a part that did not parse may hold the version).
struct Settings {
  std::int64_t version = 1;
  std::string organisation;
  MoneyUnit money;
  Decimal horizon_years{3, 0};
  std::optional<Date> as_of;
  Decimal discount_rate{0, 0};
  int notice_days = 0;
  int renewal_months = 12;
  std::int64_t integration_cost = 0;
};
Settings merge_settings(std::span<const PartSettings> parts, bool all_parts_read,
                        base::Diagnostics& out);

// Appends the items of one part to `into` (build_part.cc, build_products.cc).
// Policies are merged key by key, max_providers capability by capability.
void build_part(const Node& root, const MoneyUnit& money, Inventory& into, base::Diagnostics& out);
void build_apps(const Node& list, const MoneyUnit& money, Inventory& into, base::Diagnostics& out);
void build_candidates(const Node& list, const MoneyUnit& money, Inventory& into,
                      base::Diagnostics& out);
void merge_policies(const Node& map, Policies& into, base::Diagnostics& out);
// After every part: sorts max_providers by capability and reports a
// capability limited in two parts (duplicate-policy).
void settle_max_providers(std::vector<MaxProviders>& limits, base::Diagnostics& out);

// "app 'crm'", or "app #3" for the third item of its list when it has no id.
std::string owner_name(std::string_view kind, const std::optional<std::string>& id,
                       std::size_t index);

// Reads the `id` of a list item for naming it in messages; reports nothing.
std::optional<std::string> peek_id(const Node& item);

// Whole-inventory checks (validate_refs.cc, validate_tree.cc).
void check_unique_ids(const Inventory& inventory, base::Diagnostics& out);
void check_references(const Inventory& inventory, base::Diagnostics& out);
void check_parent_cycles(const Inventory& inventory, base::Diagnostics& out);

}  // namespace appmix::inventory
