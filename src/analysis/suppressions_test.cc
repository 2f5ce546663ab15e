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
