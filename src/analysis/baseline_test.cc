#include "analysis/baseline.h"

#include <doctest/doctest.h>

namespace appmix::analysis {
namespace {

base::Diagnostic finding(std::string file, int line, std::string rule, std::string message) {
  base::Diagnostic diagnostic;
  diagnostic.severity = base::Severity::warning;
  diagnostic.rule = std::move(rule);
  diagnostic.location = {std::move(file), line, 3};
  diagnostic.message = std::move(message);
  return diagnostic;
}

TEST_CASE("a baseline round-trips, sorted, counted, one entry a line") {
  const base::Diagnostics today = {finding("b.yaml", 9, "r", "m"), finding("a.yaml", 4, "r", "m"),
                                   finding("b.yaml", 2, "r", "m")};
  const std::string text = write_baseline(baseline_of(today));
  CHECK(text ==
        "{\n"
        "  \"appmix_baseline\": 1,\n"
        "  \"findings\": [\n"
        "    {\"file\": \"a.yaml\", \"rule\": \"r\", \"message\": \"m\", \"count\": 1},\n"
        "    {\"file\": \"b.yaml\", \"rule\": \"r\", \"message\": \"m\", \"count\": 2}\n"
        "  ]\n"
        "}\n");
  std::string error;
  const auto read = read_baseline(text, error);
  REQUIRE(read);
  REQUIRE(read->size() == 2);
  CHECK((*read)[1].count == 2);
  CHECK((*read)[1].line == 5);
}

TEST_CASE("apply_baseline: moved lines match, new findings stay, stale entries are noted") {
  std::string error;
  const auto entries = read_baseline(
      R"({"appmix_baseline": 1, "findings": [
  {"file": "a.yaml", "rule": "r", "message": "m", "count": 2},
  {"file": "a.yaml", "rule": "r", "message": "gone"}
]})",
      error);
  REQUIRE(entries);
  const BaselineResult result = apply_baseline(
      {finding("a.yaml", 40, "r", "m"), finding("a.yaml", 41, "r", "new")}, *entries, "base.json");
  CHECK(result.baselined == 1);
  REQUIRE(result.diagnostics.size() == 3);
  CHECK(result.diagnostics[0].location == base::Location{"a.yaml", 41, 3});
  CHECK(result.diagnostics[1].rule == "baseline-stale");
  CHECK(result.diagnostics[1].location == base::Location{"base.json", 2, 1});
  CHECK(result.diagnostics[1].message ==
        "1 of the 2 recorded r findings in a.yaml no longer occurs: m");
  CHECK(result.diagnostics[2].location == base::Location{"base.json", 3, 1});
  CHECK(result.diagnostics[2].severity == base::Severity::note);
}

TEST_CASE("read_baseline rejects what is not a baseline, with a place") {
  std::string error;
  CHECK_FALSE(read_baseline("{\"appmix_baseline\": 1, \"findings\": [}", error));
  CHECK(error == "1:37: expected a JSON value");
  CHECK_FALSE(read_baseline("[]", error));
  CHECK_FALSE(
      read_baseline("{\"appmix_baseline\": 1, \"findings\": [{\"file\": \"a\", \"rule\": \"r\", "
                    "\"message\": \"m\", \"count\": 0}]}",
                    error));
  CHECK(error == "1:1: 'count' must be a whole number of at least 1");
}

}  // namespace
}  // namespace appmix::analysis
