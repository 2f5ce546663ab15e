#include "analysis/suppressions.h"

#include <doctest/doctest.h>

namespace appmix::analysis {
namespace {

base::Diagnostic warning(int line, std::string rule) {
  base::Diagnostic diagnostic;
  diagnostic.severity = base::Severity::warning;
  diagnostic.rule = std::move(rule);
  diagnostic.location = {"f.yaml", line, 5};
  return diagnostic;
}

std::string rules_of(const base::Diagnostics& diagnostics) {
  std::string out;
  for (const base::Diagnostic& d : diagnostics)
    out += std::to_string(d.location.line) + ":" + d.rule + " ";
  return out;
}

base::Diagnostics apply(std::string text, base::Diagnostics diagnostics) {
  const inventory::SourceFile source{"f.yaml", std::move(text)};
  return apply_suppressions(std::move(diagnostics), std::span(&source, 1));
}

TEST_CASE("find_suppressions reads ids, places and reasons") {
  const auto found =
      find_suppressions("f.yaml",
                        "a: 1  # appmix: ignore[policy-require-owner, duplicate-reference] why\n"
                        "  # appmix:ignore[x]\n"
                        "b: \"# appmix: ignore[y] in a string\"\n"
                        "c: d#appmix: ignore[z] no blank before\n");
  REQUIRE(found.size() == 2);
  CHECK(found[0].location == base::Location{"f.yaml", 1, 7});
  CHECK(found[0].target_line == 1);
  REQUIRE(found[0].rules.size() == 2);
  CHECK(found[0].rules[1].rule == "duplicate-reference");
  CHECK(found[0].rules[1].location.column == 46);
  CHECK(found[0].reason == "why");
  CHECK(found[1].target_line == 3);  // alone on its line: the line below
  CHECK(found[1].reason.empty());
}

// The ids and reason of the one suppression on a line, or "no" when the line
// holds none.
std::string parsed(std::string line) {
  const auto found = find_suppressions("f.yaml", line);
  if (found.empty())
    return "no";
  std::string out;
  for (const SuppressionRule& rule : found.front().rules)
    out += rule.rule + "@" + std::to_string(rule.location.column) + ",";
  return out + " reason=" + found.front().reason;
}

TEST_CASE("find_suppressions: what is a suppression comment, as the regex it replaced said") {
  CHECK(parsed("# appmix: ignore[x] r") == "x@18, reason=r");
  CHECK(parsed("#appmix:ignore[x]r") == "x@16, reason=r");
  CHECK(parsed("#\tappmix:\t\vignore[x] r") == "x@19, reason=r");
  CHECK(parsed("#\rappmix:\fignore[x] r") == "x@18, reason=r");
  CHECK(parsed("# appmix: ignore[] r") == " reason=r");
  CHECK(parsed("# appmix: ignore[ , a ,] - : r  ") == "a@21, reason=r");
  CHECK(parsed("# appmix: ignore[a]b]c") == "a@18, reason=b]c");
  CHECK(parsed("# appmix: ignore[a\rb] r") == "a\rb@18, reason=r");
  CHECK(parsed("x: 1 # appmix: ignore[x] r\r\n") == "x@23, reason=r");
  // Columns count code points.
  CHECK(parsed("\xC3\xA9: 1  # appmix: ignore[\xC3\xA4,b] r") == "\xC3\xA4@24,b@26, reason=r");
  for (const char* not_one :
       {"# appmix : ignore[x] r", "# Appmix: ignore[x] r", "# appmix: ignore [x] r",
        "# appmix: ignore[x r", "# appmix: Ignore[x] r", "# x appmix: ignore[x] r",
        "# appmix ignore[x] r", "#  appmix:ignore(x) r", "# appmix: ignore[x] r\rs: 1",
        "x: 1#appmix: ignore[x] r"})
    CHECK_MESSAGE(parsed(not_one) == "no", not_one);
}

TEST_CASE("find_suppressions takes a 400,000-character comment and 100,000 ids in its stride") {
  // A regular expression here recursed once per character and overflowed the
  // stack near 30,000 (issue 22).
  const std::string reason(400'000, 'a');
  CHECK(parsed("# appmix: ignore[x] " + reason) == "x@18, reason=" + reason);
  CHECK(parsed("# appmix: ignore[x] " + reason + "\r") == "x@18, reason=" + reason);
  // Every id's column is counted on from the last one, not from the start.
  std::string ids;
  for (int i = 0; i < 100'000; ++i)
    ids += "ab,";
  const auto found = find_suppressions("f.yaml", "# appmix: ignore[" + ids + "] r\n");
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].rules.size() == 100'000);
  CHECK(found[0].rules.back().location.column == 18 + 3 * 99'999);
  const auto out = apply("a: 1  # appmix: ignore[" + reason + "] r\n", {});
  CHECK(rules_of(out) == "1:suppression-unknown-rule ");
}

TEST_CASE("apply_suppressions silences warnings on the target line only") {
  SUBCASE("same line and line above; not two lines above") {
    const auto out = apply(
        "a: 1  # appmix: ignore[policy-require-owner] ok\n"
        "# appmix: ignore[policy-require-owner] ok\n"
        "b: 2\n"
        "c: 3\n",
        {warning(1, "policy-require-owner"), warning(3, "policy-require-owner"),
         warning(4, "policy-require-owner")});
    CHECK(rules_of(out) == "4:policy-require-owner ");
  }
  SUBCASE("an error is never silenced, and the suppression says so") {
    base::Diagnostic error = warning(1, "invalid-id");
    error.severity = base::Severity::error;
    const auto out = apply("a: 1  # appmix: ignore[invalid-id] no\n", {error});
    // With an error in the inventory, unused suppressions are not reported.
    CHECK(rules_of(out) == "1:invalid-id ");
  }
  SUBCASE("unknown ids, missing reasons and unused suppressions are findings") {
    const auto out = apply(
        "a: 1  # appmix: ignore[policy-require-ownr] r\n"
        "b: 2  # appmix: ignore[policy-require-owner]\n"
        "c: 3  # appmix: ignore[policy-require-owner] nothing here\n",
        {warning(2, "policy-require-owner")});
    CHECK(rules_of(out) ==
          "1:suppression-unknown-rule 2:suppression-missing-reason 3:suppression-unused ");
  }
  SUBCASE("findings about suppressions are not silenced by suppressions") {
    const auto out = apply("a: 1  # appmix: ignore[suppression-missing-reason]\n", {});
    CHECK(rules_of(out) == "1:suppression-missing-reason 1:suppression-unused ");
  }
}

}  // namespace
}  // namespace appmix::analysis
