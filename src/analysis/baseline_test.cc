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

TEST_CASE("read_baseline: malformed JSON and bad entries are named with their place") {
  std::string error;
  CHECK_FALSE(read_baseline("{\"appmix_baseline\": 1,\n  \"findings\": [tru]}", error));
  CHECK(error.starts_with("2:19: syntax error while parsing value - invalid literal"));
  CHECK_FALSE(read_baseline("[1]", error));
  CHECK(error.starts_with("1:1: not an appmix baseline"));
  CHECK_FALSE(read_baseline("{\"appmix_baseline\": 1.0, \"findings\": []}", error));
  CHECK(error.starts_with("1:1: not an appmix baseline"));
  CHECK_FALSE(read_baseline(
      "{\"appmix_baseline\": 1, \"findings\": [\n\n  {\"file\": \"a\", \"rule\": \"r\", "
      "\"message\": \"m\", \"count\": -1}]}",
      error));
  CHECK(error == "3:1: 'count' must be a whole number of at least 1");
  CHECK_FALSE(read_baseline("{\"findings\": [{\"file\": 3}\n, 7], \"appmix_baseline\": 1}", error));
  CHECK(error == "1:1: an entry needs the strings 'file', 'rule' and 'message'");
  const auto read = read_baseline(
      "{\"appmix_baseline\": 1, \"other\": [{}, {}],\n\"findings\": [\n\"x\\u00e9\",\n"
      "{\"file\": \"a\", \"rule\": \"r\", \"message\": \"\\ud83d\\ude00\"}]}",
      error);
  CHECK_FALSE(read);
  CHECK(error == "3:1: an entry needs the strings 'file', 'rule' and 'message'");
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

TEST_CASE("errors are never baselined, and never hidden by an entry") {
  base::Diagnostic error = finding("a.yaml", 7, "unknown-reference", "unknown unit 'x'");
  error.severity = base::Severity::error;
  const std::vector<BaselineEntry> recorded =
      baseline_of({error, finding("a.yaml", 9, "policy-require-owner", "no owner")});
  REQUIRE(recorded.size() == 1);
  CHECK(recorded[0].rule == "policy-require-owner");

  // A baseline written before errors were left out still lists one.
  const std::vector<BaselineEntry> old = {
      {"a.yaml", "unknown-reference", "unknown unit 'x'", 1, 2}};
  const BaselineResult result = apply_baseline({error}, old, "base.json");
  CHECK(result.baselined == 0);
  REQUIRE(result.diagnostics.size() == 1);  // the error, and no stale note
  CHECK(result.diagnostics[0].rule == "unknown-reference");
}

TEST_CASE("policy entries of an inventory whose policies did not run are not stale") {
  const std::vector<BaselineEntry> entries = {{"a.yaml", "policy-require-owner", "no owner", 1, 2},
                                              {"a.yaml", "quoted-number", "quoted", 1, 3},
                                              {"b.yaml", "policy-require-owner", "no owner", 1, 4}};
  const BaselineResult result = apply_baseline({}, entries, "base.json", {"a.yaml"});
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].location == base::Location{"base.json", 3, 1});
  CHECK(result.diagnostics[1].location == base::Location{"base.json", 4, 1});
}

TEST_CASE("read_baseline rejects what is not a baseline, with a place") {
  std::string error;
  CHECK_FALSE(read_baseline("{\"appmix_baseline\": 1, \"findings\": [}", error));
  CHECK(error ==
        "1:37: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal");
  CHECK_FALSE(read_baseline("[]", error));
  CHECK_FALSE(
      read_baseline("{\"appmix_baseline\": 1, \"findings\": [{\"file\": \"a\", \"rule\": \"r\", "
                    "\"message\": \"m\", \"count\": 0}]}",
                    error));
  CHECK(error == "1:1: 'count' must be a whole number of at least 1");
}

}  // namespace
}  // namespace appmix::analysis
