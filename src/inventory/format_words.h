// The words of the inventory format: the keys each kind of item takes and
// the values of its enumerations, in the order docs/inventory-format.md
// lists them. One definition for the loader, which checks them, and for the
// language server, which offers them as completions. It knows nothing of
// what the keys mean.
#pragma once

#include <array>
#include <string_view>

namespace appmix::inventory::format {

inline constexpr std::array<std::string_view, 16> kTopKeys = {
    "appmix",        "organisation", "currency",       "horizon_years",    "as_of",
    "discount_rate", "notice_days",  "renewal_months", "integration_cost", "business_units",
    "channels",      "capabilities", "apps",           "candidates",       "journeys",
    "policies"};
// Business units and channels.
inline constexpr std::array<std::string_view, 2> kNamedKeys = {"id", "name"};
inline constexpr std::array<std::string_view, 8> kCapabilityKeys = {
    "id", "name", "parent", "domain", "data", "needed_by", "min_providers", "channels"};
inline constexpr std::array<std::string_view, 20> kAppKeys = {
    "id",          "name",           "vendor",     "business_units", "capabilities",
    "channels",    "cost",           "users",      "lifecycle",      "contract_end",
    "notice_days", "renewal_months", "sanctioned", "data",           "integrations",
    "fit",         "origin",         "shareable",  "locked",         "owner"};
inline constexpr std::array<std::string_view, 16> kCandidateKeys = {
    "id",           "name",        "vendor",         "capabilities", "channels", "cost",
    "contract_end", "notice_days", "renewal_months", "sanctioned",   "data",     "integrations",
    "fit",          "origin",      "locked",         "owner"};
inline constexpr std::array<std::string_view, 2> kAppCostKeys = {"annual", "retire"};
inline constexpr std::array<std::string_view, 2> kCandidateCostKeys = {"annual", "acquire"};
inline constexpr std::array<std::string_view, 2> kFitKeys = {"functional", "technical"};
inline constexpr std::array<std::string_view, 4> kJourneyKeys = {"id", "name", "business_unit",
                                                                 "steps"};
inline constexpr std::array<std::string_view, 5> kStepKeys = {"name", "channel", "capabilities",
                                                              "apps", "actor"};
inline constexpr std::array<std::string_view, 5> kPolicyKeys = {
    "max_providers", "personal_data_requires_sanctioned", "max_systems_per_journey",
    "require_owner", "max_agent_systems"};

// `data` of a capability, of an app or candidate; `lifecycle`, `origin` and
// a step's `actor`.
inline constexpr std::array<std::string_view, 2> kCapabilityData = {"x-data", "o-data"};
inline constexpr std::array<std::string_view, 5> kDataClasses = {"personal", "sensitive", "payment",
                                                                 "x-data", "o-data"};
inline constexpr std::array<std::string_view, 4> kLifecycles = {"plan", "active", "phase-out",
                                                                "end-of-life"};
inline constexpr std::array<std::string_view, 4> kOrigins = {"purchase", "acquisition", "built",
                                                             "bu-purchase"};
inline constexpr std::array<std::string_view, 2> kActors = {"customer", "agent"};

}  // namespace appmix::inventory::format
