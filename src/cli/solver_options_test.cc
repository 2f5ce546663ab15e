// The shared solver options: what they accept, the usage errors they give,
// and the library options they become.
#include "cli/solver_options.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace appmix::cli {
namespace {

// Parses `arguments` for a command with the solver options; returns the
// error message, or "" and fills `options`.
std::string parse(std::vector<std::string> arguments, SolverOptions& options) {
  CLI::App app{"test", "appmix"};
  add_solver_options(app, options);
  std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them reversed
  try {
    app.parse(arguments);
  } catch (const CLI::ParseError& error) {
    return error.what();
  }
  return "";
}

TEST_CASE("valid values") {
  SolverOptions options;
  CHECK(parse({"--time-limit", "2.5", "--threads", "3", "--seed", "18446744073709551615"},
              options) == "");
  CHECK(options.time_limit_seconds == 2.5);
  CHECK(options.threads == 3);
  CHECK(options.seed == 18446744073709551615ULL);
  const setcover::SolveOptions solve = solve_options(options);
  REQUIRE(solve.time_limit_seconds.has_value());
  CHECK(*solve.time_limit_seconds == 2.5);
  CHECK(solve.threads == 3);
  CHECK(solve.seed == 18446744073709551615ULL);
  CHECK(solve.max_nodes < 0);
  SolverOptions defaults;
  CHECK(parse({}, defaults) == "");
  CHECK(defaults.time_limit_seconds == 60);
  CHECK(solve_options(defaults).threads >= 1);  // 0: all cores
}

TEST_CASE("bad values are usage errors with readable bounds") {
  SolverOptions options;
  const std::string seconds = "is not a number of seconds from 0 to 1000000";
  CHECK(parse({"--time-limit", "nan"}, options) == "--time-limit: 'nan' " + seconds);
  CHECK(parse({"--time-limit", "inf"}, options) == "--time-limit: 'inf' " + seconds);
  CHECK(parse({"--time-limit", "1e400"}, options) == "--time-limit: '1e400' " + seconds);
  CHECK(parse({"--time-limit", "-1"}, options) == "--time-limit: '-1' " + seconds);
  CHECK(parse({"--threads", "abc"}, options) ==
        "--threads: 'abc' is not a whole number from 0 (all cores) to 1024");
  CHECK(parse({"--threads", "0x10"}, options) ==
        "--threads: '0x10' is not a whole number from 0 (all cores) to 1024");
  CHECK(parse({"--seed", "-1"}, options) ==
        "--seed: '-1' is not a whole number from 0 to 18446744073709551615");
  CHECK(parse({"--seed", "18446744073709551616"}, options) ==
        "--seed: '18446744073709551616' is not a whole number from 0 to 18446744073709551615");
}

}  // namespace
}  // namespace appmix::cli
