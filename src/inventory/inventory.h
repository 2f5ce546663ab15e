// The typed inventory: what the YAML says, checked and with defaults filled
// in, every item and every reference keeping the place it was written. Ids
// stay strings here; the model stage turns them into dense indices. This
// header knows nothing of YAML nodes, of how parts were merged, or of the
// analyses that read it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/money.h"

namespace appmix::inventory {

// An id written where another item is meant (a capability an app provides,
// a unit that uses it). After loading, every Reference resolves.
struct Reference {
  std::string id;
  base::Location location;
};

// `business_units` of an app and `needed_by` of a capability: either the
// word `all` or a list of unit ids.
struct UnitSet {
  bool all = false;              // true: every business unit; `units` is then empty
  std::vector<Reference> units;  // in source order, without repeats
  base::Location location;       // of the value (the list or the word `all`)
};

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31, valid for the month
  base::Location location;

  friend auto operator<=>(const Date& a, const Date& b) {
    if (a.year != b.year)
      return a.year <=> b.year;
    if (a.month != b.month)
      return a.month <=> b.month;
    return a.day <=> b.day;
  }
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

enum class CapabilityData { x_data, o_data };
enum class DataClass { personal, sensitive, payment, x_data, o_data };
enum class Lifecycle { plan, active, phase_out, end_of_life };
enum class Origin { purchase, acquisition, built, bu_purchase };
// Who performs a journey step: the customer, or an employee on their behalf.
enum class Actor { customer, agent };

// The words the format uses ("phase-out", "x-data", ...).
std::string_view name_of(CapabilityData value);
std::string_view name_of(DataClass value);
std::string_view name_of(Lifecycle value);
std::string_view name_of(Origin value);
std::string_view name_of(Actor value);

struct BusinessUnit {
  std::string id;
  std::string name;
  base::Location location;  // of the list item
};

struct Channel {
  std::string id;
  std::string name;
  base::Location location;
};

struct Capability {
  std::string id;
  std::string name;
  base::Location location;
  std::optional<Reference> parent;
  std::optional<std::string> domain;
  std::optional<CapabilityData> data;
  std::optional<UnitSet> needed_by;  // nullopt: derived from today's use
  int min_providers = 1;
  base::Location min_providers_location;  // zero when defaulted
  std::vector<Reference> channels;
};

// The keys apps and candidates share. Money is in minor units of the
// inventory's currency (cents for EUR, yen for JPY), exactly as written.
struct Product {
  std::string id;
  std::string name;
  base::Location location;
  std::optional<std::string> vendor;
  std::vector<Reference> capabilities;  // without repeats
  std::vector<Reference> channels;
  std::int64_t annual_cost = 0;
  std::optional<Date> contract_end;
  // The contract's terms as written; nullopt takes the inventory's default
  // (Inventory::notice_days, Inventory::renewal_months).
  std::optional<int> notice_days;
  std::optional<int> renewal_months;
  bool sanctioned = true;
  std::vector<DataClass> data;  // without repeats, in source order
  std::vector<Reference> integrations;
  std::optional<int> fit_functional;  // 1..5
  std::optional<int> fit_technical;   // 1..5
  std::optional<Origin> origin;
  bool locked = false;
  std::optional<std::string> owner;

  bool holds(DataClass value) const;
};

struct App : Product {
  UnitSet business_units;
  std::int64_t retire_cost = 0;
  std::optional<std::int64_t> users;
  Lifecycle lifecycle = Lifecycle::active;
  bool shareable = true;
};

// Not in use yet; serves any unit and is always shareable.
struct Candidate : Product {
  std::int64_t acquire_cost = 0;
};

struct JourneyStep {
  std::string name;
  base::Location location;
  std::optional<Reference> channel;
  std::vector<Reference> capabilities;
  std::vector<Reference> apps;  // apps used at this step today
  Actor actor = Actor::customer;
};

struct Journey {
  std::string id;
  std::string name;
  base::Location location;
  std::optional<Reference> business_unit;
  std::vector<JourneyStep> steps;
};

template <typename T>
struct PolicySetting {
  T value{};
  base::Location location;  // of the policy's key
};

struct MaxProviders {
  Reference capability;  // location: the key in the max_providers map
  int limit = 1;
};

struct Policies {
  std::vector<MaxProviders> max_providers;  // sorted by capability id
  std::optional<PolicySetting<bool>> personal_data_requires_sanctioned;
  std::optional<PolicySetting<int>> max_systems_per_journey;
  std::optional<PolicySetting<bool>> require_owner;
  std::optional<PolicySetting<int>> max_agent_systems;
};

struct Inventory {
  int version = 1;
  std::string organisation;
  std::string currency = "EUR";
  int currency_exponent = 2;  // minor units per major unit = 10^exponent
  Decimal horizon_years{3, 0};
  // Time (the review date and the contracts' defaults) and integration.
  std::optional<Date> as_of;          // the review date the inventory gives, if any
  Decimal discount_rate{0, 0};        // yearly, 0.08 for 8 %
  int notice_days = 0;                // default notice of the apps' contracts
  int renewal_months = 12;            // default renewal term
  std::int64_t integration_cost = 0;  // minor units: one new integration, one-off
  // In source order (parts sorted by path, items in file order).
  std::vector<BusinessUnit> business_units;
  std::vector<Channel> channels;
  std::vector<Capability> capabilities;
  std::vector<App> apps;
  std::vector<Candidate> candidates;
  std::vector<Journey> journeys;
  Policies policies;
};

}  // namespace appmix::inventory
