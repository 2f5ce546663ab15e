// Apps and candidates: the keys they share (Product) and the keys only one
// of them takes. A key of the other kind is an unknown key whose message
// says why this kind does not take it.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

#include "inventory/build.h"
#include "inventory/format_words.h"

namespace appmix::inventory {
namespace {

using format::kAppKeys;
using format::kCandidateKeys;
constexpr std::array<KeyHint, 4> kCandidateHints = {{
    {"business_units", "a candidate can serve any business unit"},
    {"lifecycle", "a candidate is not in use yet"},
    {"users", "a candidate is not in use yet"},
    {"shareable", "a candidate is always shareable"},
}};
using format::kAppCostKeys;
constexpr std::array<KeyHint, 1> kAppCostHints = {
    {{"acquire", "an app is already in use; 'acquire' is for candidates"}}};
using format::kCandidateCostKeys;
constexpr std::array<KeyHint, 1> kCandidateCostHints = {
    {{"retire", "a candidate is not in use yet, so it has no retire cost"}}};
using format::kFitKeys;

using format::kDataClasses;
using format::kLifecycles;
using format::kOrigins;

void read_data_classes(const Node& node, std::string_view what, std::vector<DataClass>& into,
                       base::Diagnostics& out) {
  if (!expect_list(node, what, out))
    return;
  std::vector<base::Location> first_at;
  for (const Node& item : node.items) {
    auto index = read_enum(item, fmt::format("an entry of {}", what), kDataClasses, out);
    if (!index)
      continue;
    const auto value = static_cast<DataClass>(*index);
    const auto seen = std::find(into.begin(), into.end(), value);
    if (seen != into.end()) {
      auto diagnostic = base::make_diagnostic("duplicate-reference", item.location,
                                              fmt::format("{} lists '{}' twice", what, item.text));
      diagnostic.notes.push_back(
          {first_at[static_cast<std::size_t>(seen - into.begin())], "first listed here"});
      out.push_back(std::move(diagnostic));
      continue;
    }
    into.push_back(value);
    first_at.push_back(item.location);
  }
}

std::optional<int> read_fit(const Node& fit, std::string_view key, std::string_view owner,
                            base::Diagnostics& out) {
  const Node* score = optional_value(fit, key);
  if (score == nullptr)
    return std::nullopt;
  auto value = read_integer(*score, describe(fmt::format("fit.{}", key), owner), 1, 5, out);
  if (!value)
    return std::nullopt;
  return static_cast<int>(*value);
}

// The keys apps and candidates share; `cost` except `annual` is left to the
// caller.
void read_product(const Node& node, std::string_view owner, const MoneyUnit& money,
                  Product& product, base::Diagnostics& out) {
  product.location = node.location;
  if (const Node* id = required_value(node, "id", owner, out)) {
    product.id = read_id(*id, describe("id", owner), out).value_or("");
  }
  if (const Node* name = required_value(node, "name", owner, out)) {
    product.name = read_string(*name, describe("name", owner), out).value_or("");
  }
  if (const Node* vendor = optional_value(node, "vendor")) {
    product.vendor = read_string(*vendor, describe("vendor", owner), out);
  }
  if (const Node* capabilities = required_value(node, "capabilities", owner, out)) {
    product.capabilities = read_reference_list(*capabilities, describe("capabilities", owner), out);
  }
  if (const Node* channels = optional_value(node, "channels")) {
    product.channels = read_reference_list(*channels, describe("channels", owner), out);
  }
  if (const Node* cost = optional_value(node, "cost")) {
    if (expect_map(*cost, describe("cost", owner), out)) {
      if (const Node* annual = optional_value(*cost, "annual")) {
        product.annual_cost =
            read_money(*annual, describe("cost.annual", owner), money, out).value_or(0);
      }
    }
  }
  if (const Node* date = optional_value(node, "contract_end")) {
    product.contract_end = read_date(*date, describe("contract_end", owner), out);
  }
  if (const Node* notice = optional_value(node, "notice_days")) {
    if (auto days = read_integer(*notice, describe("notice_days", owner), 0, kMaxNoticeDays, out))
      product.notice_days = static_cast<int>(*days);
  }
  if (const Node* renewal = optional_value(node, "renewal_months")) {
    if (auto months =
            read_integer(*renewal, describe("renewal_months", owner), 1, kMaxRenewalMonths, out))
      product.renewal_months = static_cast<int>(*months);
  }
  if (const Node* sanctioned = optional_value(node, "sanctioned")) {
    product.sanctioned = read_bool(*sanctioned, describe("sanctioned", owner), out).value_or(true);
  }
  if (const Node* data = optional_value(node, "data")) {
    read_data_classes(*data, describe("data", owner), product.data, out);
  }
  if (const Node* integrations = optional_value(node, "integrations")) {
    product.integrations = read_reference_list(*integrations, describe("integrations", owner), out);
  }
  if (const Node* fit = optional_value(node, "fit")) {
    if (expect_map(*fit, describe("fit", owner), out)) {
      check_keys(*fit, kFitKeys, fmt::format("'fit' of {}", owner), out);
      product.fit_functional = read_fit(*fit, "functional", owner, out);
      product.fit_technical = read_fit(*fit, "technical", owner, out);
    }
  }
  if (const Node* origin = optional_value(node, "origin")) {
    if (auto index = read_enum(*origin, describe("origin", owner), kOrigins, out)) {
      product.origin = static_cast<Origin>(*index);
    }
  }
  if (const Node* locked = optional_value(node, "locked")) {
    product.locked = read_bool(*locked, describe("locked", owner), out).value_or(false);
  }
  if (const Node* person = optional_value(node, "owner")) {
    product.owner = read_string(*person, describe("owner", owner), out);
  }
}

}  // namespace

void build_apps(const Node& list, const MoneyUnit& money, Inventory& into, base::Diagnostics& out) {
  if (!expect_list(list, "'apps'", out))
    return;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const Node& node = list.items[i];
    if (!expect_map(node, fmt::format("item {} of 'apps'", i + 1), out))
      continue;
    const std::string owner = owner_name("app", peek_id(node), i + 1);
    check_keys(node, kAppKeys, owner, out);
    App app;
    read_product(node, owner, money, app, out);
    if (const Node* units = required_value(node, "business_units", owner, out)) {
      if (auto set = read_unit_set(*units, describe("business_units", owner), out)) {
        app.business_units = std::move(*set);
      }
    }
    if (const Node* cost = optional_value(node, "cost"); cost != nullptr && cost->is_map()) {
      check_keys(*cost, kAppCostKeys, fmt::format("'cost' of {}", owner), out, kAppCostHints);
      if (const Node* retire = optional_value(*cost, "retire")) {
        app.retire_cost =
            read_money(*retire, describe("cost.retire", owner), money, out).value_or(0);
      }
    }
    if (const Node* users = optional_value(node, "users")) {
      app.users = read_integer(*users, describe("users", owner), 0,
                               std::numeric_limits<std::int64_t>::max(), out);
    }
    if (const Node* lifecycle = optional_value(node, "lifecycle")) {
      if (auto index = read_enum(*lifecycle, describe("lifecycle", owner), kLifecycles, out)) {
        app.lifecycle = static_cast<Lifecycle>(*index);
      }
    }
    if (const Node* shareable = optional_value(node, "shareable")) {
      app.shareable = read_bool(*shareable, describe("shareable", owner), out).value_or(true);
    }
    into.apps.push_back(std::move(app));
  }
}

void build_candidates(const Node& list, const MoneyUnit& money, Inventory& into,
                      base::Diagnostics& out) {
  if (!expect_list(list, "'candidates'", out))
    return;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const Node& node = list.items[i];
    if (!expect_map(node, fmt::format("item {} of 'candidates'", i + 1), out))
      continue;
    const std::string owner = owner_name("candidate", peek_id(node), i + 1);
    check_keys(node, kCandidateKeys, owner, out, kCandidateHints);
    Candidate candidate;
    read_product(node, owner, money, candidate, out);
    if (const Node* cost = optional_value(node, "cost"); cost != nullptr && cost->is_map()) {
      check_keys(*cost, kCandidateCostKeys, fmt::format("'cost' of {}", owner), out,
                 kCandidateCostHints);
      if (const Node* acquire = optional_value(*cost, "acquire")) {
        candidate.acquire_cost =
            read_money(*acquire, describe("cost.acquire", owner), money, out).value_or(0);
      }
    }
    into.candidates.push_back(std::move(candidate));
  }
}

}  // namespace appmix::inventory
