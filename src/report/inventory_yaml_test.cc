#include "report/inventory_yaml.h"

#include <doctest/doctest.h>

namespace appmix::report {
namespace {

TEST_CASE("yaml_scalar quotes only where YAML would misread the text") {
  CHECK(yaml_scalar("Customer Portal") == "Customer Portal");
  CHECK(yaml_scalar("Zendesk, EU") == "Zendesk, EU");
  CHECK(yaml_scalar("Zendesk, EU", true) == "\"Zendesk, EU\"");
  CHECK(yaml_scalar("yes") == "\"yes\"");
  CHECK(yaml_scalar("Off") == "\"Off\"");
  CHECK(yaml_scalar("1200") == "\"1200\"");
  CHECK(yaml_scalar("1.5e3") == "\"1.5e3\"");
  CHECK(yaml_scalar("2027-01-31") == "\"2027-01-31\"");
  CHECK(yaml_scalar("") == "\"\"");
  CHECK(yaml_scalar("- item") == "\"- item\"");
  CHECK(yaml_scalar("a: b") == "\"a: b\"");
  CHECK(yaml_scalar("a #b") == "\"a #b\"");
  CHECK(yaml_scalar("a#b") == "a#b");
  CHECK(yaml_scalar(" padded") == "\" padded\"");
  CHECK(yaml_scalar("say \"hi\"\nthere") == "\"say \\\"hi\\\"\\nthere\"");
  CHECK(yaml_scalar("crm.cases") == "crm.cases");
}

TEST_CASE("yaml_scalar escapes what YAML forbids raw or reads as a line break") {
  // C1 controls (NEL among them), LS, PS, U+FFFE and U+FFFF; other
  // characters of two and three bytes stay as they are.
  CHECK(yaml_scalar("A\xC2\x85"
                    "B") == "\"A\\x85B\"");
  CHECK(yaml_scalar("A\xC2\x80\xC2\x9F") == "\"A\\x80\\x9f\"");
  CHECK(yaml_scalar("C\xE2\x80\xA8"
                    "D\xE2\x80\xA9") == "\"C\\u2028D\\u2029\"");
  CHECK(yaml_scalar("E\xEF\xBF\xBE\xEF\xBF\xBF") == "\"E\\uFFFE\\uFFFF\"");
  CHECK(yaml_scalar("caf\xC3\xA9 \xC2\xA0\xE2\x80\xA7\xEF\xBF\xBD") ==
        "caf\xC3\xA9 \xC2\xA0\xE2\x80\xA7\xEF\xBF\xBD");
}

TEST_CASE("resolves_to_non_string: YAML 1.1 words, numbers, infinities, prefixed integers, dates") {
  // Each group below was one branch of the regular expression this replaced.
  for (const char* word : {"y",  "Y",    "yes",  "Yes",  "YES",   "n",     "N",     "no", "No",
                           "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On",
                           "ON", "off",  "Off",  "OFF",  "null",  "Null",  "NULL",  "~"})
    CHECK_MESSAGE(resolves_to_non_string(word), word);
  for (const char* number : {"0", "-1", "+1", "1_000", "1,234", "12:30:00", "1.5", "1.", "1.2.3",
                             "1e5", "1.5E-3", "-.5", ".5e+2", "+7E7"})
    CHECK_MESSAGE(resolves_to_non_string(number), number);
  for (const char* special : {".inf", ".Inf", ".INF", "+.inf", "-.INF", ".nan", ".NaN", ".NAN"})
    CHECK_MESSAGE(resolves_to_non_string(special), special);
  for (const char* prefixed : {"0x1F", "0XfF", "0o17", "0O7", "0b101", "0B1", "0x_", "0o9"})
    CHECK_MESSAGE(resolves_to_non_string(prefixed), prefixed);
  for (const char* date : {"2024-01-01", "2024-1-1", "2024-01-01T10:00:00Z", "2024-01-01 10:00",
                           "2024-01-01t", "2024-12-31Tanything at all"})
    CHECK_MESSAGE(resolves_to_non_string(date), date);

  for (const char* text : {"",
                           "yES",
                           "nO",
                           "tRue",
                           "ON ",
                           "Yes!",
                           "yess",
                           "-",
                           "+",
                           ".",
                           "1e",
                           "1e+",
                           "e5",
                           "1x",
                           "1.5e3.5",
                           "..5",
                           ".5.5",
                           "1-2",
                           "+-1",
                           "-.nan",
                           "+.NaN",
                           ".infinity",
                           "inf",
                           "0x",
                           "0xG",
                           "0q1",
                           "12024-01-01",
                           "2024-001-01",
                           "2024-01-001",
                           "2024-01-01x",
                           "2024/01/01",
                           "2024-01-01T\n",
                           "2024-01-01 a\rb",
                           "Customer Portal",
                           "crm.cases"})
    CHECK_MESSAGE(!resolves_to_non_string(text), text);
}

TEST_CASE("resolves_to_non_string takes cells of 400,000 characters in its stride") {
  // The regular expression this replaced recursed once per character and
  // overflowed the stack near 30,000 (issue 22).
  const std::string ones(400'000, '1');
  CHECK(resolves_to_non_string(ones));
  CHECK(yaml_scalar(ones) == "\"" + ones + "\"");
  const std::string timestamp = "2024-01-01T" + std::string(400'000, 'a');
  CHECK(resolves_to_non_string(timestamp));
  CHECK(!resolves_to_non_string(std::string(400'000, 'a')));
  CHECK(!resolves_to_non_string(ones + "x"));
}

TEST_CASE("write_inventory_yaml: modeline, sections, nested cost and fit, row order") {
  inventory::ImportedInventory imported;
  imported.organisation = "Acme: Retail";
  imported.business_units = {{"retail", "Retail"}};
  imported.capabilities = {{"crm", "CRM"}};
  inventory::ImportedApp app;
  using inventory::AppField;
  using Kind = inventory::ImportedValue::Kind;
  app.at(AppField::id) = inventory::ImportedValue{Kind::text, "true", {}};
  app.at(AppField::name) = inventory::ImportedValue{Kind::text, "True", {}};
  app.at(AppField::business_units) = inventory::ImportedValue{Kind::list, {}, {"retail"}};
  app.at(AppField::capabilities) = inventory::ImportedValue{Kind::list, {}, {"crm"}};
  app.at(AppField::cost_annual) = inventory::ImportedValue{Kind::plain, "10.50", {}};
  app.at(AppField::users) = inventory::ImportedValue{Kind::plain, "3", {}};
  app.at(AppField::fit_technical) = inventory::ImportedValue{Kind::plain, "2", {}};
  imported.apps.push_back(app);
  CHECK(write_inventory_yaml(imported, "x.csv") ==
        "# yaml-language-server: $schema=appmix.schema.json\n"
        "# Imported by appmix import from x.csv.\n"
        "appmix: 1\n"
        "organisation: \"Acme: Retail\"\n"
        "\n"
        "business_units:\n"
        "  - id: retail\n"
        "    name: Retail\n"
        "\n"
        "capabilities:\n"
        "  - id: crm\n"
        "    name: CRM\n"
        "\n"
        "apps:\n"
        "  - id: \"true\"\n"
        "    name: \"True\"\n"
        "    business_units: [retail]\n"
        "    capabilities: [crm]\n"
        "    cost:\n"
        "      annual: 10.50\n"
        "    users: 3\n"
        "    fit:\n"
        "      technical: 2\n");
}

}  // namespace
}  // namespace appmix::report
