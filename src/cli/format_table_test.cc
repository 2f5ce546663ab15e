#include "cli/format_table.h"

#include <doctest/doctest.h>

#include <functional>

namespace appmix::cli {
namespace {

TEST_CASE("a format table: names in order, the default first; each name finds its writer") {
  const FormatTable<std::function<std::string(int)>> formats = {
      {"text", [](int n) { return "text " + std::to_string(n); }},
      {"json", [](int n) { return "{\"n\": " + std::to_string(n) + "}"; }},
  };
  CHECK(formats.names() == std::vector<std::string>{"text", "json"});
  CHECK(formats["json"](3) == "{\"n\": 3}");
  CHECK(formats["text"](3) == "text 3");
  // --format has already refused other names; reaching here with one is a
  // bug, which the command line's last catch turns into exit 70.
  CHECK_THROWS_AS(formats["xml"], std::logic_error);
}

}  // namespace
}  // namespace appmix::cli
