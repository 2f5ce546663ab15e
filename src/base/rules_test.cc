// An unknown rule id written in code is a bug: rule_or_die throws (the
// command line turns that into exit 70) instead of aborting the process.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "base/diagnostic.h"
#include "base/rules.h"

namespace appmix::base {
namespace {

TEST_CASE("a known rule id gives its rule, an unknown one throws std::logic_error") {
  CHECK(rule_or_die("orlib-truncated").id == "orlib-truncated");
  CHECK(find_rule("no-such-rule") == nullptr);
  CHECK_THROWS_WITH_AS(rule_or_die("no-such-rule"), "unknown rule id 'no-such-rule'",
                       std::logic_error);
  CHECK_THROWS_AS(make_diagnostic("no-such-rule", {}, "message"), std::logic_error);
}

}  // namespace
}  // namespace appmix::base
