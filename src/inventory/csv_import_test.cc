#include "inventory/csv_import.h"

#include <doctest/doctest.h>

namespace appmix::inventory {
namespace {

ImportResult import_text(std::string_view csv, const ColumnMap& map = {}) {
  base::Diagnostics out;
  const auto table = read_csv("f.csv", csv, out);
  REQUIRE(table);
  REQUIRE(out.empty());
  return import_apps(*table, "f.csv", "Org", map);
}

TEST_CASE("slugify and name_from_id") {
  CHECK(slugify("Zendesk, EU instance") == "zendesk-eu-instance");
  CHECK(slugify("  --Müller App--  ") == "m-ller-app");
  CHECK(slugify("***") == "app");
  CHECK(slugify(std::string(70, 'a') + " b").size() == 64);
  CHECK(name_from_id("retail-banking") == "Retail banking");
  CHECK(name_from_id("feedback.surveys") == "Feedback surveys");
}

TEST_CASE("import_apps reads headers without regard to case and blanks") {
  const ImportResult result = import_text(" Name ,BUSINESS_UNITS,Cost.Annual\nCRM,retail,10\n");
  REQUIRE(result.inventory);
  CHECK(result.diagnostics.empty());
  REQUIRE(result.inventory->apps.size() == 1);
  CHECK(result.inventory->apps[0].at(AppField::id)->scalar == "crm");
  CHECK(result.inventory->apps[0].at(AppField::cost_annual)->scalar == "10");
  REQUIRE(result.inventory->business_units.size() == 1);
  CHECK(result.inventory->business_units[0].name == "Retail");
}

TEST_CASE("explicit ids are kept first; generated ones made unique") {
  const ImportResult result =
      import_text("name,id,business_units\nCRM,,retail\nOther,crm,retail\nCRM,,retail\n");
  REQUIRE(result.inventory);
  REQUIRE(result.inventory->apps.size() == 3);
  CHECK(result.inventory->apps[0].at(AppField::id)->scalar == "crm-2");
  CHECK(result.inventory->apps[1].at(AppField::id)->scalar == "crm");
  CHECK(result.inventory->apps[2].at(AppField::id)->scalar == "crm-3");
}

TEST_CASE("a bad cell leaves its row out; a dangling integration too") {
  const ImportResult result = import_text(
      "name,business_units,users,integrations\nA,retail,-3,\nB,retail,5,A\nC,retail,1,\nD,retail,1,"
      "c\n");
  REQUIRE(result.inventory);
  CHECK(result.rows == 4);
  CHECK(result.rows_left_out == 2);
  REQUIRE(result.inventory->apps.size() == 2);
  CHECK(result.inventory->apps[1].at(AppField::integrations)->items ==
        std::vector<std::string>{"c"});
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].rule == "out-of-range");
  CHECK(result.diagnostics[0].location == base::Location{"f.csv", 2, 10});
  CHECK(result.diagnostics[1].rule == "unknown-reference");
  CHECK(result.diagnostics[1].message.find("(its row, line 2, is left out)") != std::string::npos);
}

TEST_CASE("long lists and long chains of integrations take time in proportion") {
  // A list cell was deduplicated by a scan per item, and every row was
  // checked again for each row a chain of integrations left out: both
  // quadratic (issue 22).
  std::string items;
  for (int i = 0; i < 50'000; ++i)
    items += "c" + std::to_string(i % 25'000) + "|";
  const ImportResult listed =
      import_text("name,business_units,capabilities\nA,retail," + items + "\n");
  REQUIRE(listed.inventory);
  CHECK(listed.inventory->apps[0].at(AppField::capabilities)->items.size() == 25'000);
  CHECK(listed.inventory->capabilities.size() == 25'000);

  // Row i integrates row i + 1; the last names an app that is not there,
  // so every row is left out, one more each round.
  std::string chain = "name,business_units,integrations\n";
  for (int i = 0; i < 20'000; ++i)
    chain += "a" + std::to_string(i) + ",retail,a" + std::to_string(i + 1) + "\n";
  const ImportResult chained = import_text(chain);
  REQUIRE(chained.inventory);
  CHECK(chained.rows_left_out == 20'000);
  REQUIRE(chained.diagnostics.size() == 20'000);
  CHECK(chained.diagnostics[0].message.find("(its row, line 3, is left out)") != std::string::npos);
  CHECK(chained.diagnostics.back().message.find("names 'a20000', which is not an imported app") !=
        std::string::npos);
}

TEST_CASE("one id namespace across apps, units and capabilities") {
  const ImportResult result =
      import_text("name,business_units,capabilities\nA,retail,crm\nCRM,crm,x\n");
  REQUIRE(result.inventory);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "duplicate-id");
  CHECK(result.inventory->apps.size() == 1);
}

TEST_CASE("a missing business_units column stops the import") {
  const ImportResult result = import_text("name\nA\n");
  CHECK_FALSE(result.inventory);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "csv-missing-column");
}

}  // namespace
}  // namespace appmix::inventory
