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
