#include "report/rules_markdown.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/rules.h"

TEST_CASE("docs/rules.md is the rule table") {
  const std::string generated = appmix::report::rules_markdown();
  for (const appmix::base::Rule& rule : appmix::base::all_rules()) {
    CHECK(generated.find("| `" + std::string(rule.id) + "` |") != std::string::npos);
  }
  std::ifstream in(std::string(APPMIX_SOURCE_DIR) + "/docs/rules.md", std::ios::binary);
  std::ostringstream committed;
  committed << in.rdbuf();
  const bool up_to_date = committed.str() == generated;  // not CHECK(a == b): no text dump
  CHECK_MESSAGE(up_to_date,
                "docs/rules.md differs from the rule table in src/base/rules.cc; regenerate it "
                "from the repository root with:  <build-dir>/appmix check --list-rules > "
                "docs/rules.md");
}
