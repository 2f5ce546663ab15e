#include "analysis/policies.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "inventory/loader.h"

namespace appmix::analysis {
namespace {

inventory::Inventory load(std::string_view text) {
  inventory::Sources sources;
  sources.files.push_back({"inv.yaml", std::string(text)});
  inventory::LoadResult result = inventory::load_inventory_from_sources(std::move(sources));
  REQUIRE(result.inventory.has_value());
  return std::move(*result.inventory);
}

std::vector<std::string> lines(const base::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) {
    out.push_back(fmt::format("{}:{}:{}: {}: {} [{}]", d.location.file, d.location.line,
                              d.location.column, base::severity_name(d.severity), d.message,
                              d.rule));
  }
  return out;
}

using Lines = std::vector<std::string>;

// apps start on line 6; policies follow the apps.
std::string inventory_with(std::string_view apps, std::string_view rest) {
  return fmt::format(
      "appmix: 1\norganisation: Acme\nbusiness_units: [{{id: retail, name: Retail}}]\n"
      "capabilities: [{{id: surveys, name: Surveys}}, {{id: reviews, name: Reviews}}]\n"
      "apps:\n{}{}",
      apps, rest);
}

constexpr std::string_view kApps =
    "  - {id: qualtrics, name: Q, business_units: all, capabilities: [surveys], owner: CX}\n"
    "  - {id: typeform, name: T, business_units: all, capabilities: [surveys, reviews],\n"
    "     sanctioned: false, data: [personal]}\n"
    "  - {id: forms, name: F, business_units: all, capabilities: [surveys], owner: IT,\n"
    "     sanctioned: false, data: [o-data]}\n";

}  // namespace

TEST_CASE("no policies, no findings") {
  CHECK(check_policies(load(inventory_with(kApps, ""))).empty());
}

TEST_CASE("require_owner flags each app without an owner") {
  const auto inventory = load(inventory_with(kApps, "policies: {require_owner: true}\n"));
  CHECK(lines(check_policies(inventory)) ==
        Lines{"inv.yaml:7:5: warning: app 'typeform' names no owner (policy require_owner) "
              "[policy-require-owner]"});
  CHECK(check_policies(load(inventory_with(kApps, "policies: {require_owner: false}\n"))).empty());
}

TEST_CASE("require_owner flags an owner of only blanks") {
  const std::string apps =
      "  - {id: qualtrics, name: Q, business_units: all, capabilities: [surveys], owner: \"   "
      "\"}\n";
  CHECK(lines(check_policies(load(inventory_with(apps, "policies: {require_owner: true}\n")))) ==
        Lines{"inv.yaml:6:5: warning: app 'qualtrics' names no owner (policy require_owner) "
              "[policy-require-owner]"});
}

TEST_CASE("personal_data_requires_sanctioned flags unsanctioned apps with personal data") {
  const auto inventory =
      load(inventory_with(kApps, "policies: {personal_data_requires_sanctioned: true}\n"));
  CHECK(lines(check_policies(inventory)) ==
        Lines{"inv.yaml:7:5: warning: app 'typeform' holds personal data but is not sanctioned "
              "(policy personal_data_requires_sanctioned) [policy-personal-data-unsanctioned]"});
}

TEST_CASE("max_providers counts today's apps") {
  const auto inventory =
      load(inventory_with(kApps, "policies:\n  max_providers: {surveys: 2, reviews: 1}\n"));
  const auto findings = check_policies(inventory);
  CHECK(lines(findings) ==
        Lines{"inv.yaml:12:19: warning: capability 'surveys' is provided by 3 apps, more than "
              "the 2 allowed: forms, qualtrics, typeform (policy max_providers) "
              "[policy-max-providers]"});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].notes.size() == 3);
}

TEST_CASE("max_systems_per_journey counts distinct apps of the steps") {
  const auto inventory = load(inventory_with(
      kApps,
      "journeys:\n"
      "  - id: feedback\n    name: Give feedback\n    steps:\n"
      "      - {name: Rate, apps: [qualtrics, typeform]}\n"
      "      - {name: Comment, apps: [typeform, forms]}\n"
      "  - id: review\n    name: Review\n    steps:\n      - {name: Write, apps: [typeform]}\n"
      "policies: {max_systems_per_journey: 2}\n"));
  CHECK(lines(check_policies(inventory)) ==
        Lines{"inv.yaml:12:5: warning: journey 'feedback' touches 3 apps, more than the 2 "
              "allowed: forms, qualtrics, typeform (policy max_systems_per_journey) "
              "[policy-max-systems-per-journey]"});
}

}  // namespace appmix::analysis
