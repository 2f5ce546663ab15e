#include "inventory/loader.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "\n";
    for (const auto& line : lines)
      out += "  " + line + "\n";
    return out.c_str();
  }
};
}  // namespace doctest

namespace appmix::inventory {
namespace {

LoadResult load_parts(std::vector<SourceFile> files) {
  Sources sources;
  sources.files = std::move(files);
  return load_inventory_from_sources(std::move(sources));
}

LoadResult load(std::string_view text) {
  return load_parts({{"inv.yaml", std::string(text)}});
}

std::vector<std::string> lines(const LoadResult& result) {
  std::vector<std::string> out;
  for (const auto& d : result.diagnostics) {
    out.push_back(fmt::format("{}:{}:{}: {}: {} [{}]", d.location.file, d.location.line,
                              d.location.column, base::severity_name(d.severity), d.message,
                              d.rule));
    for (const auto& note : d.notes) {
      out.push_back(fmt::format("  {}:{}:{}: note: {}", note.location.file, note.location.line,
                                note.location.column, note.message));
    }
  }
  return out;
}

// Ten lines; `apps:` follows on line 11.
constexpr std::string_view kHead =
    "appmix: 1\n"
    "organisation: Acme\n"
    "business_units:\n"
    "  - {id: retail, name: Retail}\n"
    "  - {id: online, name: Online}\n"
    "channels:\n"
    "  - {id: web, name: Web}\n"
    "capabilities:\n"
    "  - {id: feedback, name: Feedback}\n"
    "  - {id: feedback.surveys, name: Surveys, parent: feedback}\n";

// One app whose extra keys start on line 16, indented by four spaces.
std::string app_with(std::string_view extra) {
  return fmt::format(
      "{}apps:\n  - id: crm\n    name: CRM\n    business_units: [retail]\n"
      "    capabilities: [feedback.surveys]\n{}",
      kHead, extra);
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a minimal inventory loads with the documented defaults") {
  const LoadResult result = load(app_with(""));
  REQUIRE(result.diagnostics.empty());
  REQUIRE(result.inventory.has_value());
  const Inventory& inventory = *result.inventory;
  CHECK(inventory.organisation == "Acme");
  CHECK(inventory.currency == "EUR");
  CHECK(inventory.currency_exponent == 2);
  CHECK(inventory.horizon_years == Decimal{3, 0});
  REQUIRE(inventory.capabilities.size() == 2);
  CHECK(inventory.capabilities[1].min_providers == 1);
  CHECK_FALSE(inventory.capabilities[1].needed_by.has_value());
  CHECK(inventory.capabilities[1].parent->id == "feedback");
  CHECK(inventory.capabilities[1].parent->location == base::Location{"inv.yaml", 10, 51});
  REQUIRE(inventory.apps.size() == 1);
  const App& app = inventory.apps[0];
  CHECK(app.location == base::Location{"inv.yaml", 12, 5});
  CHECK(app.lifecycle == Lifecycle::active);
  CHECK(app.sanctioned);
  CHECK(app.shareable);
  CHECK_FALSE(app.locked);
  CHECK(app.annual_cost == 0);
  CHECK(app.retire_cost == 0);
  CHECK_FALSE(app.users.has_value());
  CHECK_FALSE(app.business_units.all);
  REQUIRE(app.business_units.units.size() == 1);
  CHECK(app.business_units.units[0].location == base::Location{"inv.yaml", 14, 22});
  CHECK(inventory.candidates.empty());
  CHECK(inventory.journeys.empty());
}

TEST_CASE("every field of an app is read") {
  const LoadResult result =
      load(app_with("    vendor: Acme Soft\n"
                    "    channels: [web]\n"
                    "    cost: {annual: 1200.50, retire: 300}\n"
                    "    users: 250\n"
                    "    lifecycle: phase-out\n"
                    "    contract_end: 2027-03-31\n"
                    "    sanctioned: false\n"
                    "    data: [personal, x-data]\n"
                    "    fit: {functional: 4, technical: 2}\n"
                    "    origin: bu-purchase\n"
                    "    shareable: false\n"
                    "    locked: true\n"
                    "    owner: CX team\n"
                    "  - id: erp\n    name: ERP\n    business_units: all\n    capabilities: []\n"
                    "    integrations: [crm]\n"));
  REQUIRE(lines(result) == Lines{});
  const App& app = result.inventory->apps[0];
  CHECK(app.vendor == "Acme Soft");
  CHECK(app.annual_cost == 120050);
  CHECK(app.retire_cost == 30000);
  CHECK(app.users == 250);
  CHECK(app.lifecycle == Lifecycle::phase_out);
  CHECK(app.contract_end == Date{2027, 3, 31, {}});
  CHECK_FALSE(app.sanctioned);
  CHECK(app.data == std::vector<DataClass>{DataClass::personal, DataClass::x_data});
  CHECK(app.fit_functional == 4);
  CHECK(app.fit_technical == 2);
  CHECK(app.origin == Origin::bu_purchase);
  CHECK_FALSE(app.shareable);
  CHECK(app.locked);
  CHECK(app.owner == "CX team");
  const App& erp = result.inventory->apps[1];
  CHECK(erp.business_units.all);
  CHECK(erp.capabilities.empty());
  REQUIRE(erp.integrations.size() == 1);
  CHECK(erp.integrations[0].id == "crm");
}

TEST_CASE("money is exact in the currency's minor unit") {
  auto annual = [](std::string_view currency, std::string_view amount) {
    std::string text = app_with(fmt::format("    cost: {{annual: {}}}\n", amount));
    text.insert(text.find("business_units:"), fmt::format("currency: {}\n", currency));
    return load(text);
  };
  CHECK(annual("EUR", "1200.50").inventory->apps[0].annual_cost == 120050);
  CHECK(annual("EUR", "0.1").inventory->apps[0].annual_cost == 10);
  CHECK(annual("EUR", "1200").inventory->apps[0].annual_cost == 120000);
  CHECK(annual("JPY", "1200").inventory->apps[0].annual_cost == 1200);
  CHECK(annual("KWD", "1.234").inventory->apps[0].annual_cost == 1234);
  CHECK(annual("EUR", "1000000000000").inventory->apps[0].annual_cost == 100000000000000);
  CHECK(lines(annual("JPY", "1200.5")) ==
        Lines{"inv.yaml:17:20: error: 'cost.annual' of app 'crm' has 1 decimal but JPY has no "
              "minor unit: '1200.5' [invalid-money]"});
  CHECK(lines(annual("EUR", "1000000000000.01")) ==
        Lines{"inv.yaml:17:20: error: 'cost.annual' of app 'crm' is too large: 1000000000000.01 "
              "(at most 1000000000000) [out-of-range]"});
}

TEST_CASE("typing rules of the Clarifications") {
  auto check = [](std::string_view extra) { return lines(load(app_with(extra))); };
  SUBCASE("booleans are true or false only") {
    CHECK(check("    locked: yes\n") ==
          Lines{"inv.yaml:16:13: error: 'locked' of app 'crm' must be true or false, not 'yes' "
                "(did you mean true?) [invalid-boolean]"});
    CHECK(check("    locked: Off\n") ==
          Lines{"inv.yaml:16:13: error: 'locked' of app 'crm' must be true or false, not 'Off' "
                "(did you mean false?) [invalid-boolean]"});
    CHECK(check("    locked: \"true\"\n") ==
          Lines{"inv.yaml:16:13: error: 'locked' of app 'crm' must be true or false, not the "
                "quoted text \"true\" (remove the quotes) [invalid-boolean]"});
  }
  SUBCASE("a quoted plain number is read with a warning") {
    const LoadResult result = load(app_with("    users: \"1000\"\n"));
    CHECK(lines(result) == Lines{"inv.yaml:16:12: warning: 'users' of app 'crm' is a quoted "
                                 "number: \"1000\" (write 1000 without quotes) [quoted-number]"});
    REQUIRE(result.inventory.has_value());
    CHECK(result.inventory->apps[0].users == 1000);
  }
  SUBCASE("a core type tag restates the type; !!str marks text; other tags are ignored") {
    const LoadResult typed =
        load(app_with("    users: !!int 1000\n    cost: {annual: !!float 5}\n"));
    CHECK(lines(typed).empty());
    REQUIRE(typed.inventory.has_value());
    CHECK(typed.inventory->apps[0].users == 1000);
    CHECK(check("    users: !!str 1000\n") ==
          Lines{"inv.yaml:16:12: warning: 'users' of app 'crm' is a number tagged as text: !!str "
                "1000 (write 1000 without the tag) [quoted-number]"});
    CHECK(check("    locked: !!str true\n") ==
          Lines{"inv.yaml:16:13: error: 'locked' of app 'crm' must be true or false, not text "
                "tagged !!str (remove the tag) [invalid-boolean]"});
    CHECK(check("    users: !Ref 1000\n") ==
          Lines{"inv.yaml:16:12: warning: the YAML tag '!Ref' is not part of the inventory format "
                "and is ignored [unsupported-tag]"});
  }
  SUBCASE("an escape that names no Unicode character is invalid text, at its backslash") {
    CHECK(check("    owner: \"Ann \\uD800\"\n") ==
          Lines{"inv.yaml:16:17: error: the escape for U+D800 is not a Unicode character (a lone "
                "surrogate half, or beyond U+10FFFF); write the character itself [invalid-utf8]"});
  }
  SUBCASE("money that is not a plain number") {
    CHECK(check("    cost: {annual: \"1,000\"}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' has thousands separators: "
                "'1,000' (did you mean 1000?) [invalid-money]"});
    CHECK(check("    cost: {annual: \"€1000\"}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' has a currency symbol or "
                "code: '€1000' (did you mean 1000?) [invalid-money]"});
    CHECK(check("    cost: {annual: 1e3}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' uses exponent notation: "
                "'1e3' (did you mean 1000?) [invalid-money]"});
    CHECK(check("    cost: {annual: .5}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' has no digit before the "
                "decimal point: '.5' (did you mean 0.5?) [invalid-money]"});
    CHECK(check("    cost: {annual: .nan}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' is not a number (NaN): "
                "'.nan' [invalid-money]"});
    CHECK(check("    cost: {annual: -.inf}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' is infinite: '-.inf' "
                "[invalid-money]"});
    CHECK(check("    cost: {annual: -5}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' must not be negative: -5 "
                "[out-of-range]"});
    CHECK(check("    cost: {annual: lots}\n") ==
          Lines{"inv.yaml:16:20: error: 'cost.annual' of app 'crm' must be a number, not "
                "'lots' [wrong-type]"});
  }
  SUBCASE("integers") {
    CHECK(check("    users: 1.5\n") ==
          Lines{"inv.yaml:16:12: error: 'users' of app 'crm' must be a whole number, not "
                "'1.5' [invalid-number]"});
    CHECK(check("    users: 10.0\n") ==
          Lines{"inv.yaml:16:12: error: 'users' of app 'crm' must be a whole number, not "
                "'10.0' (did you mean 10?) [invalid-number]"});
    CHECK(check("    users: +5\n") ==
          Lines{"inv.yaml:16:12: error: 'users' of app 'crm' has a '+' sign: '+5' (did you "
                "mean 5?) [invalid-number]"});
    CHECK(check("    users: 0x1F\n") ==
          Lines{"inv.yaml:16:12: error: 'users' of app 'crm' is hexadecimal: '0x1F' (did you "
                "mean 31?) [invalid-number]"});
    CHECK(check("    users: 017\n") ==
          Lines{"inv.yaml:16:12: error: 'users' of app 'crm' has a leading zero (YAML 1.1 "
                "reads it as octal): '017' (did you mean 17?) [invalid-number]"});
    CHECK(check("    users: 99999999999999999999\n") ==
          Lines{"inv.yaml:16:12: error: 'users' of app 'crm' is too large: 99999999999999999999 "
                "(appmix reads whole numbers of up to 18 digits) [out-of-range]"});
    CHECK(check("    users: -3\n") ==
          Lines{"inv.yaml:16:12: error: 'users' of app 'crm' must be at least 0, not -3 "
                "[out-of-range]"});
    CHECK(check("    fit: {functional: 0, technical: 6}\n") ==
          Lines{"inv.yaml:16:23: error: 'fit.functional' of app 'crm' must be between 1 and 5, "
                "not 0 [out-of-range]",
                "inv.yaml:16:37: error: 'fit.technical' of app 'crm' must be between 1 and 5, "
                "not 6 [out-of-range]"});
  }
  SUBCASE("enums and dates") {
    CHECK(check("    lifecycle: Active\n") ==
          Lines{"inv.yaml:16:16: error: 'lifecycle' of app 'crm' must be one of plan, active, "
                "phase-out, end-of-life, not 'Active' (did you mean 'active'?) [invalid-enum]"});
    CHECK(check("    contract_end: 2025-02-30\n") ==
          Lines{"inv.yaml:16:19: error: 'contract_end' of app 'crm' is not a real date: "
                "2025-02-30 (February 2025 has 28 days) [invalid-date]"});
    CHECK(check("    contract_end: 2028-02-29\n").empty());
    CHECK(check("    contract_end: 31.03.2027\n") ==
          Lines{"inv.yaml:16:19: error: 'contract_end' of app 'crm' is not a date in the form "
                "YYYY-MM-DD: '31.03.2027' (did you mean 2027-03-31?) [invalid-date]"});
  }
  SUBCASE("wrong types") {
    CHECK(check("    channels: web\n") ==
          Lines{"inv.yaml:16:15: error: 'channels' of app 'crm' must be a list, not 'web' "
                "[wrong-type]"});
    CHECK(check("    owner: [a, b]\n") ==
          Lines{"inv.yaml:16:12: error: 'owner' of app 'crm' must be text, not a list "
                "[wrong-type]"});
  }
  SUBCASE("a key written with no value counts as absent when optional") {
    CHECK(check("    vendor:\n").empty());
  }
}

TEST_CASE("keys") {
  CHECK(lines(load(app_with("    vendr: Acme\n"))) ==
        Lines{"inv.yaml:16:5: error: unknown key 'vendr' in app 'crm' (did you mean 'vendor'?) "
              "[unknown-key]"});
  CHECK(lines(load(app_with("    cost: {acquire: 5}\n"))) ==
        Lines{"inv.yaml:16:12: error: unknown key 'acquire' in 'cost' of app 'crm' (an app is "
              "already in use; 'acquire' is for candidates) [unknown-key]"});
  CHECK(lines(load(app_with("candidates:\n  - id: cx\n    name: CX\n    capabilities: []\n"
                            "    shareable: true\n    cost: {retire: 5}\n"))) ==
        Lines{"inv.yaml:20:5: error: unknown key 'shareable' in candidate 'cx' (a candidate is "
              "always shareable) [unknown-key]",
              "inv.yaml:21:12: error: unknown key 'retire' in 'cost' of candidate 'cx' (a "
              "candidate is not in use yet, so it has no retire cost) [unknown-key]"});
  CHECK(lines(load(std::string(kHead) + "aps: []\n")) ==
        Lines{"inv.yaml:1:1: error: missing key 'apps' at the top level (the applications in "
              "use today) [missing-key]",
              "inv.yaml:11:1: error: unknown key 'aps' at the top level (did you mean 'apps'?) "
              "[unknown-key]"});
  CHECK(lines(load(app_with("  - id: erp\n    business_units: all\n    capabilities: []\n"))) ==
        Lines{"inv.yaml:16:5: error: missing key 'name' in app 'erp' [missing-key]"});
}

TEST_CASE("ids and references") {
  CHECK(lines(load(app_with("  - id: Contact Centre\n    name: CC\n    business_units: all\n"
                            "    capabilities: []\n"))) ==
        Lines{"inv.yaml:16:9: error: id 'Contact Centre' is not valid (did you mean "
              "'contact-centre'?) [invalid-id]"});
  CHECK(lines(load(app_with("  - id: retail\n    name: R\n    business_units: all\n"
                            "    capabilities: []\n"))) ==
        Lines{"inv.yaml:16:5: error: duplicate id 'retail': app 'retail' is already defined as "
              "a business unit [duplicate-id]",
              "  inv.yaml:4:5: note: first defined here"});
  const std::string text =
      std::string(kHead) +
      "apps:\n  - id: crm\n    name: CRM\n    business_units: [retail, retial]\n"
      "    capabilities: [feedback.survey, feedback, feedback]\n    integrations: [web]\n";
  CHECK(lines(load(text)) ==
        Lines{"inv.yaml:14:30: error: unknown business unit 'retial' (did you mean 'retail'?) "
              "[unknown-reference]",
              "inv.yaml:15:20: error: unknown capability 'feedback.survey' (did you mean "
              "'feedback.surveys'?) [unknown-reference]",
              "inv.yaml:15:47: warning: 'capabilities' of app 'crm' lists 'feedback' twice "
              "[duplicate-reference]",
              "  inv.yaml:15:37: note: first listed here",
              "inv.yaml:16:20: error: 'web' is a channel, not an app [unknown-reference]"});
}

TEST_CASE("parent cycles are reported once, at the smallest member") {
  const std::string text =
      "appmix: 1\norganisation: Acme\nbusiness_units: []\napps: []\ncapabilities:\n"
      "  - {id: c, name: C, parent: a}\n"
      "  - {id: b, name: B, parent: c}\n"
      "  - {id: a, name: A, parent: b}\n"
      "  - {id: d, name: D, parent: d}\n"
      "  - {id: e, name: E, parent: a}\n";
  CHECK(lines(load(text)) ==
        Lines{"inv.yaml:8:30: error: capability 'a' is its own ancestor: a -> b -> c -> a "
              "[parent-cycle]",
              "inv.yaml:9:30: error: capability 'd' is its own ancestor: d -> d [parent-cycle]"});
}

TEST_CASE("settings") {
  CHECK(lines(load("organisation: Acme\nbusiness_units: []\ncapabilities: []\napps: []\n")) ==
        Lines{"inv.yaml:1:1: error: the inventory does not say which format version it uses (add "
              "'appmix: 1') "
              "[missing-version]"});
  CHECK(lines(load("appmix: 2\norganisation: Acme\nbusiness_units: []\ncapabilities: []\n"
                   "apps: []\n")) ==
        Lines{"inv.yaml:1:9: error: inventory format version 2 is not supported (this appmix "
              "reads version 1) [unknown-version]"});
  CHECK(lines(load("appmix: 1\norganisation: Acme\ncurrency: eur\nhorizon_years: 0\n"
                   "business_units: []\ncapabilities: []\napps: []\n")) ==
        Lines{"inv.yaml:3:11: error: currency 'eur' is not an ISO 4217 code (did you mean "
              "'EUR'?) [invalid-currency]",
              "inv.yaml:4:16: error: 'horizon_years' must be greater than 0 and at most 100, "
              "not 0 [out-of-range]"});
  CHECK(lines(load("appmix: 1\norganisation: Acme\ncurrency: XAU\n"
                   "business_units: []\ncapabilities: []\napps: []\n")) ==
        Lines{"inv.yaml:3:11: error: currency 'XAU' is not a currency appmix accepts (precious "
              "metals, units of account and testing codes are excluded) [invalid-currency]"});
  const LoadResult half = load(
      "appmix: 1\norganisation: Acme\nhorizon_years: 2.5\nbusiness_units: []\n"
      "capabilities: []\napps: []\n");
  REQUIRE(half.inventory.has_value());
  CHECK(half.inventory->horizon_years == Decimal{25, 1});
}

TEST_CASE("parts of a directory merge") {
  const std::string whole =
      "appmix: 1\norganisation: Acme\ncurrency: USD\n"
      "business_units:\n  - {id: retail, name: Retail}\n  - {id: online, name: Online}\n"
      "capabilities:\n  - {id: feedback, name: Feedback}\n"
      "apps:\n  - {id: crm, name: CRM, business_units: [retail], capabilities: [feedback]}\n"
      "  - {id: shop, name: Shop, business_units: [online], capabilities: [feedback]}\n"
      "policies:\n  require_owner: true\n  max_providers: {feedback: 1}\n";
  const std::vector<SourceFile> parts = {
      {"inv/a-shared.yaml",
       "appmix: 1\norganisation: Acme\ncapabilities:\n  - {id: feedback, name: Feedback}\n"
       "policies:\n  require_owner: true\n"},
      {"inv/retail.yaml",
       "currency: USD\nbusiness_units:\n  - {id: retail, name: Retail}\n"
       "apps:\n  - {id: crm, name: CRM, business_units: [retail], capabilities: [feedback]}\n"},
      {"inv/z-online.yaml",
       "organisation: Acme\ncurrency: USD\nbusiness_units:\n  - {id: online, name: Online}\n"
       "apps:\n  - {id: shop, name: Shop, business_units: [online], capabilities: [feedback]}\n"
       "policies:\n  max_providers: {feedback: 1}\n"}};
  const LoadResult one = load(whole);
  const LoadResult split = load_parts(parts);
  REQUIRE(lines(one) == Lines{});
  REQUIRE(lines(split) == Lines{});
  auto summary = [](const Inventory& inventory) {
    std::string out = fmt::format("{} {} {} |", inventory.organisation, inventory.currency,
                                  inventory.horizon_years.to_string());
    for (const auto& unit : inventory.business_units)
      out += " " + unit.id;
    for (const auto& capability : inventory.capabilities)
      out += " " + capability.id;
    for (const auto& app : inventory.apps) {
      out +=
          fmt::format(" {}:{}:{}", app.id, app.business_units.units[0].id, app.capabilities[0].id);
    }
    out += fmt::format(" | {} {}", inventory.policies.require_owner->value,
                       inventory.policies.max_providers[0].limit);
    return out;
  };
  CHECK(summary(*one.inventory) == summary(*split.inventory));
  CHECK(summary(*split.inventory) ==
        "Acme USD 3 | retail online feedback crm:retail:feedback shop:online:feedback | true 1");
  CHECK(split.inventory->apps[1].location == base::Location{"inv/z-online.yaml", 6, 5});
}

TEST_CASE("conflicts between parts name both places") {
  const std::vector<SourceFile> parts = {
      {"inv/a.yaml",
       "appmix: 1\norganisation: Acme\ncurrency: EUR\nbusiness_units:\n"
       "  - {id: retail, name: Retail}\ncapabilities: []\napps: []\n"
       "policies:\n  require_owner: true\n  max_providers: {x: 1}\n"},
      {"inv/b.yaml",
       "currency: USD\nhorizon_years: 3.0\nbusiness_units:\n  - {id: retail, name: Retail}\n"
       "policies:\n  require_owner: false\n  max_providers: {x: 2}\n"}};
  CHECK(lines(load_parts(parts)) ==
        Lines{"inv/a.yaml:10:19: error: unknown capability 'x' [unknown-reference]",
              "inv/b.yaml:1:11: error: 'currency' is 'USD' here but 'EUR' in another part "
              "[conflicting-setting]",
              "  inv/a.yaml:3:11: note: first set here",
              "inv/b.yaml:4:5: error: duplicate id 'retail': business unit 'retail' is already "
              "defined as a business unit [duplicate-id]",
              "  inv/a.yaml:5:5: note: first defined here",
              "inv/b.yaml:6:3: error: policy 'require_owner' is set twice [duplicate-policy]",
              "  inv/a.yaml:9:3: note: first set here",
              "inv/b.yaml:7:19: error: policy 'max_providers' for capability 'x' is set twice "
              "[duplicate-policy]",
              "  inv/a.yaml:10:19: note: first set here"});
}

TEST_CASE("YAML merge keys are applied") {
  const LoadResult result =
      load(std::string(kHead) +
           "apps:\n  - &base {id: crm, name: CRM, business_units: [retail], capabilities: []}\n"
           "  - <<: *base\n    id: crm2\n");
  REQUIRE(lines(result) == Lines{});
  REQUIRE(result.inventory->apps.size() == 2);
  CHECK(result.inventory->apps[1].id == "crm2");
  CHECK(result.inventory->apps[1].name == "CRM");
}

TEST_CASE("a file that did not parse skips the checks its content could answer") {
  // The unread part holds the version and the unit: no noise about those.
  const LoadResult result =
      load_parts({{"inv/a.yaml",
                   "appmix: 1\napps:\n  - {id: crm, name: CRM, business_units: "
                   "[retail], capabilities: [x]}\n"},
                  {"inv/b.yaml", "business_units: [\n"}});
  for (const auto& diagnostic : result.diagnostics) {
    CHECK(diagnostic.location.file == "inv/b.yaml");
  }
  CHECK_FALSE(result.inventory.has_value());
}

TEST_CASE("duplicate ids and parent cycles among the parts read are reported anyway") {
  const LoadResult result = load_parts(
      {{"inv/a.yaml", "appmix: 1\nbusiness_units: [\n"},
       {"inv/b.yaml",
        "capabilities:\n  - {id: c, name: C, parent: d}\n  - {id: d, name: D, parent: c}\n"
        "apps:\n  - {id: z, name: Z, business_units: [u], capabilities: [c]}\n"
        "  - {id: z, name: Z, business_units: [u], capabilities: [c]}\n"}});
  std::vector<std::string> rules;
  for (const auto& diagnostic : result.diagnostics)
    rules.push_back(diagnostic.location.file + " " + diagnostic.rule);
  CHECK(rules == std::vector<std::string>{"inv/a.yaml yaml-syntax", "inv/b.yaml parent-cycle",
                                          "inv/b.yaml duplicate-id"});
  CHECK_FALSE(result.inventory.has_value());
}

TEST_CASE("capabilities, candidates and journeys are read") {
  const LoadResult result = load(
      "appmix: 1\norganisation: Acme\nhorizon_years: 5\n"
      "business_units: [{id: retail, name: Retail}, {id: online, name: Online}]\n"
      "channels: [{id: web, name: Web}]\n"
      "capabilities:\n"
      "  - id: surveys\n    name: Surveys\n    domain: feedback\n    data: x-data\n"
      "    needed_by: [online]\n    min_providers: 2\n    channels: [web]\n"
      "  - {id: cases, name: Cases, needed_by: all, data: o-data}\n"
      "apps:\n  - {id: crm, name: CRM, business_units: all, capabilities: [cases]}\n"
      "candidates:\n"
      "  - id: cx\n    name: CX suite\n    capabilities: [surveys, cases]\n"
      "    cost: {annual: 900.5, acquire: 20000}\n    locked: true\n    integrations: [crm]\n"
      "journeys:\n  - id: complain\n    name: Complain\n    business_unit: retail\n"
      "    steps:\n      - {name: Write, channel: web, capabilities: [cases], apps: [crm]}\n"
      "      - name: Rate\n");
  REQUIRE(lines(result) == Lines{});
  const Inventory& inventory = *result.inventory;
  CHECK(inventory.horizon_years == Decimal{5, 0});
  const Capability& surveys = inventory.capabilities[0];
  CHECK(surveys.domain == "feedback");
  CHECK(surveys.data == CapabilityData::x_data);
  REQUIRE(surveys.needed_by.has_value());
  CHECK_FALSE(surveys.needed_by->all);
  CHECK(surveys.needed_by->units[0].id == "online");
  CHECK(surveys.min_providers == 2);
  CHECK(surveys.channels[0].id == "web");
  CHECK(inventory.capabilities[1].needed_by->all);
  CHECK(inventory.capabilities[1].data == CapabilityData::o_data);
  const Candidate& cx = inventory.candidates[0];
  CHECK(cx.annual_cost == 90050);
  CHECK(cx.acquire_cost == 2000000);
  CHECK(cx.locked);
  CHECK(cx.capabilities.size() == 2);
  const Journey& journey = inventory.journeys[0];
  CHECK(journey.business_unit->id == "retail");
  REQUIRE(journey.steps.size() == 2);
  CHECK(journey.steps[0].channel->id == "web");
  CHECK(journey.steps[0].apps[0].id == "crm");
  CHECK(journey.steps[1].name == "Rate");
  CHECK(journey.steps[1].apps.empty());
}

TEST_CASE("shapes that are not what a section takes") {
  CHECK(lines(load("- appmix: 1\n")) ==
        Lines{"inv.yaml:1:1: error: the top level of inv.yaml must be a map of keys, not a list "
              "[wrong-type]"});
  CHECK(lines(load(app_with("  - just-a-name\n"))) ==
        Lines{"inv.yaml:16:5: error: item 2 of 'apps' must be a map of keys, not 'just-a-name' "
              "[wrong-type]"});
  CHECK(lines(load(app_with("  - name: Nameless\n    business_units: all\n"
                            "    capabilities: []\n"))) ==
        Lines{"inv.yaml:16:5: error: missing key 'id' in app #2 [missing-key]"});
  CHECK(lines(load(app_with("    data: [personal, personal]\n"))) ==
        Lines{"inv.yaml:16:22: warning: 'data' of app 'crm' lists 'personal' twice "
              "[duplicate-reference]",
              "  inv.yaml:16:12: note: first listed here"});
  CHECK(lines(load(std::string(kHead) +
                   "apps:\n  - {id: crm, name: CRM, business_units: [all], capabilities: []}\n")) ==
        Lines{"inv.yaml:12:43: error: unknown business unit 'all' (write all without brackets to "
              "mean every business unit) [unknown-reference]"});
  CHECK(lines(load(app_with("policies: {require_ownr: true}\n"))) ==
        Lines{"inv.yaml:16:12: error: unknown key 'require_ownr' in policies (did you mean "
              "'require_owner'?) [unknown-key]"});
  CHECK(lines(load(app_with("  - id: erp\n    name:\n    business_units: all\n"
                            "    capabilities: []\n"))) ==
        Lines{"inv.yaml:17:5: error: 'name' of app 'erp' has no value [wrong-type]"});
}

}  // namespace appmix::inventory

namespace appmix::inventory {
namespace {

TEST_CASE("time and integration settings, contract terms, step actors, agent policy") {
  const LoadResult result = load_parts(
      {{"inv/a.yaml",
        "appmix: 1\norganisation: Acme\ncurrency: JPY\nas_of: 2026-01-15\ndiscount_rate: 0.08\n"
        "notice_days: 90\nrenewal_months: 24\nintegration_cost: 15000\n"
        "business_units: [{id: retail, name: Retail}]\n"
        "capabilities: [{id: cases, name: Cases}]\n"
        "apps:\n  - {id: crm, name: CRM, business_units: all, capabilities: [cases],\n"
        "     contract_end: 2026-03-31, notice_days: 30, renewal_months: 1}\n"
        "  - {id: desk, name: Desk, business_units: all, capabilities: [cases]}\n"
        "candidates:\n  - {id: cx, name: CX, capabilities: [cases], notice_days: 0}\n"
        "journeys:\n  - id: complain\n    name: Complain\n    business_unit: retail\n"
        "    steps:\n      - {name: Call, capabilities: [cases], actor: agent}\n"
        "      - {name: Rate, actor: customer}\n      - {name: Wait}\n"
        "policies: {max_agent_systems: 3}\n"},
       {"inv/b.yaml", "as_of: 2026-01-15\ndiscount_rate: 0.080\nintegration_cost: 15000\n"}});
  REQUIRE(lines(result) == Lines{});
  const Inventory& inventory = *result.inventory;
  REQUIRE(inventory.as_of.has_value());
  CHECK(*inventory.as_of == Date{2026, 1, 15, {}});
  CHECK(inventory.discount_rate == Decimal{8, 2});
  CHECK(inventory.notice_days == 90);
  CHECK(inventory.renewal_months == 24);
  CHECK(inventory.integration_cost == 15000);  // yen have no minor unit
  CHECK(inventory.apps[0].notice_days == 30);
  CHECK(inventory.apps[0].renewal_months == 1);
  CHECK_FALSE(inventory.apps[1].notice_days.has_value());  // takes the default
  CHECK(inventory.candidates[0].notice_days == 0);
  const Journey& journey = inventory.journeys[0];
  CHECK(journey.steps[0].actor == Actor::agent);
  CHECK(journey.steps[1].actor == Actor::customer);
  CHECK(journey.steps[2].actor == Actor::customer);
  CHECK(name_of(Actor::agent) == "agent");
  REQUIRE(inventory.policies.max_agent_systems.has_value());
  CHECK(inventory.policies.max_agent_systems->value == 3);

  const LoadResult defaults = load(app_with(""));
  REQUIRE(defaults.inventory.has_value());
  CHECK_FALSE(defaults.inventory->as_of.has_value());
  CHECK(defaults.inventory->discount_rate == Decimal{0, 0});
  CHECK(defaults.inventory->notice_days == 0);
  CHECK(defaults.inventory->renewal_months == 12);
  CHECK(defaults.inventory->integration_cost == 0);
}

TEST_CASE("time settings: bad values, a rate written as a percentage, conflicts between parts") {
  CHECK(lines(load("appmix: 1\norganisation: Acme\nas_of: 2026-02-30\ndiscount_rate: 8\n"
                   "notice_days: -1\nrenewal_months: 0\nintegration_cost: 1,000\n"
                   "business_units: []\ncapabilities: []\napps: []\n"
                   "journeys:\n  - id: j\n    name: J\n    steps: [{name: S, actor: robot}]\n"
                   "policies: {max_agent_systems: 0}\n"))
            .size() == 7);
  const LoadResult percent = load(
      "appmix: 1\norganisation: Acme\ndiscount_rate: 8\nbusiness_units: []\ncapabilities: []\n"
      "apps: []\n");
  REQUIRE(percent.diagnostics.size() == 1);
  CHECK(percent.diagnostics[0].message ==
        "'discount_rate' must be at least 0 and at most 1 (100 % a year), not 8");
  CHECK(percent.diagnostics[0].help == "A rate is a fraction of one: write 0.08 for 8 % a year.");
  const LoadResult one = load(
      "appmix: 1\norganisation: Acme\ndiscount_rate: 1\nbusiness_units: []\ncapabilities: []\n"
      "apps: []\n");
  CHECK(lines(one) == Lines{});
  CHECK(
      lines(load_parts({{"inv/a.yaml",
                         "appmix: 1\norganisation: Acme\nas_of: 2026-01-15\nintegration_cost: 100\n"
                         "business_units: []\ncapabilities: []\napps: []\n"},
                        {"inv/b.yaml", "as_of: 2026-01-16\nintegration_cost: 100.5\n"}})) ==
      Lines{"inv/b.yaml:1:8: error: 'as_of' is 2026-01-16 here but 2026-01-15 in another part "
            "[conflicting-setting]",
            "  inv/a.yaml:3:8: note: first set here",
            "inv/b.yaml:2:19: error: 'integration_cost' is 100.50 here but 100.00 in another "
            "part [conflicting-setting]",
            "  inv/a.yaml:4:19: note: first set here"});
}

}  // namespace
}  // namespace appmix::inventory
