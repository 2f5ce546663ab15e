#include "inventory/starter.h"

#include <doctest/doctest.h>

#include <string>

#include "inventory/schema.h"

namespace appmix::inventory {
namespace {

TEST_CASE("init writes a commented inventory with a modeline and the schema") {
  const auto files = starter_files();
  REQUIRE(files.size() == 2);
  CHECK(files[0].name == "inventory.yaml");
  CHECK(files[0].content.rfind("# yaml-language-server: $schema=appmix.schema.json\n", 0) == 0);
  CHECK(files[0].content.find("appmix: 1\n") != std::string::npos);
  CHECK(files[0].content.find('\t') == std::string::npos);
  CHECK(files[0].content.back() == '\n');
  CHECK(files[1].name == "appmix.schema.json");
  CHECK(files[1].content == inventory_json_schema());
}

TEST_CASE("the starter inventory shows every section and keeps its own rules") {
  const std::string inventory = starter_files()[0].content;  // a copy: the vector is a temporary
  for (const char* section : {"\nbusiness_units:", "\nchannels:", "\ncapabilities:", "\napps:",
                              "\ncandidates:", "\njourneys:", "\npolicies:"}) {
    INFO("section " << section);
    CHECK(inventory.find(section) != std::string::npos);
  }
  // require_owner is on, so every app must name one for `check` to stay clean.
  std::size_t apps = 0;
  std::size_t owners = 0;
  const std::size_t apps_start = inventory.find("\napps:");
  const std::size_t apps_end = inventory.find("\ncandidates:");
  for (std::size_t at = apps_start; (at = inventory.find("\n  - id: ", at + 1)) < apps_end;)
    ++apps;
  for (std::size_t at = apps_start; (at = inventory.find("\n    owner: ", at + 1)) < apps_end;) {
    ++owners;
  }
  CHECK(apps >= 3);
  CHECK(owners == apps);
}

}  // namespace
}  // namespace appmix::inventory
