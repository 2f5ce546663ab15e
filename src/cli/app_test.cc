// The command line's last catch: a bug ends the run with exit 70, whatever
// it throws, so CI never reads it as findings (0-3) nor sees a crash.
#include "cli/app.h"

#include <doctest/doctest.h>

#include <new>

#include "base/rules.h"
#include "cli/exit_code.h"
#include "cli/usage_error.h"

namespace appmix::cli {
namespace {

TEST_CASE("an unknown rule id in code ends the run with exit 70, not abort()") {
  CHECK(run_guarded([] {
          base::rule_or_die("no-such-rule");
          return kSuccess;
        }) == kInternal);
  CHECK(run_guarded([]() -> int { throw std::bad_alloc(); }) == kInternal);
  CHECK(run_guarded([]() -> int { throw 7; }) == kInternal);
  CHECK(run_guarded([] { return kFindings; }) == kFindings);
}

TEST_CASE("did you mean: the close name, in the form diagnostics use") {
  const std::vector<std::string> names = {"check", "init", "schema", "solve"};
  CHECK(did_you_mean("chek", names) == " (did you mean 'check'?)");
  CHECK(did_you_mean("frobnicate", names) == "");
  const std::vector<std::string> options = {"--format", "--output", "--quiet"};
  CHECK(did_you_mean("--fromat", options) == " (did you mean '--format'?)");
}

}  // namespace
}  // namespace appmix::cli
