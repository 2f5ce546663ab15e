#include "report/diagnostics_writers.h"

#include <doctest/doctest.h>

#include "base/rules.h"

namespace base = appmix::base;
namespace report = appmix::report;

namespace {

base::Diagnostics sample() {
  base::Diagnostic unknown = base::make_diagnostic(
      "unknown-reference", {"inventory/retail.yaml", 14, 7},
      "unknown capability 'feedback.survey' (did you mean 'feedback.surveys'?)");
  base::Diagnostic duplicate =
      base::make_diagnostic("duplicate-id", {"inventory/retail.yaml", 20, 9}, "id 'crm' again");
  base::Note first;
  first.location = base::Location{"inventory/shared.yaml", 3, 5};
  first.message = "first defined here";
  duplicate.notes.push_back(first);
  base::Diagnostic owner =
      base::make_diagnostic("policy-require-owner", {"inventory/a,b:c%.yaml", 2, 0}, "no owner");
  return {unknown, duplicate, owner};
}

report::CheckReport sample_report() {
  report::CheckReport check;
  check.provenance.version = "9.9.9";
  check.provenance.inputs = {{"inventory/retail.yaml", std::string(64, 'a')},
                             {"inventory/shared.yaml", std::string(64, 'b')}};
  check.inventories = 1;
  check.diagnostics = sample();
  return check;
}

}  // namespace

TEST_CASE("text diagnostics read like a compiler's, with help and notes indented") {
  const std::string text = report::write_diagnostics_text(sample(), false);
  CHECK(text ==
        "inventory/retail.yaml:14:7: error: unknown capability 'feedback.survey' (did you mean "
        "'feedback.surveys'?) [unknown-reference]\n"
        "  help: Fix the id or define it.\n"
        "inventory/retail.yaml:20:9: error: id 'crm' again [duplicate-id]\n"
        "  help: Ids are unique across units, channels, capabilities, apps, candidates and "
        "journeys; rename or remove one of the two.\n"
        "  inventory/shared.yaml:3:5: note: first defined here\n"
        "inventory/a,b:c%.yaml:2: warning: no owner [policy-require-owner]\n"
        "  help: Add an owner: the accountable person or team.\n");
}

TEST_CASE("text diagnostics use ANSI colors only when asked and never pass control bytes") {
  base::Diagnostics one = {base::make_diagnostic("yaml-syntax", {"a.yaml", 1, 2}, "bad \x1b[2J")};
  const std::string plain = report::write_diagnostics_text(one, false);
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(plain.find("bad \\x1b[2J") != std::string::npos);
  const std::string colored = report::write_diagnostics_text(one, true);
  CHECK(colored.find("\x1b[1;31merror:\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[2J") == std::string::npos);
}

TEST_CASE("the summary line counts errors, warnings and inventories") {
  CHECK(report::summary_line(sample(), 1) == "2 errors, 1 warning in 1 inventory");
  CHECK(report::summary_line({}, 3) == "0 errors, 0 warnings in 3 inventories");
}

TEST_CASE("json diagnostics carry provenance, locations, notes and a summary") {
  const std::string json = report::write_diagnostics_json(sample_report());
  CHECK(json.find("\"appmix\": {\n    \"version\": \"9.9.9\",") != std::string::npos);
  CHECK(json.find("\"path\": \"inventory/retail.yaml\",\n        \"sha256\": \"aaaa") !=
        std::string::npos);
  CHECK(json.find("\"rule\": \"duplicate-id\"") != std::string::npos);
  CHECK(json.find("\"file\": \"inventory/shared.yaml\",\n            \"line\": 3,\n            "
                  "\"column\": 5") != std::string::npos);
  CHECK(json.find("\"line\": 2,\n        \"column\": null") != std::string::npos);
  CHECK(json.find("\"summary\": {\n    \"errors\": 2,\n    \"warnings\": 1,\n    \"notes\": 0,\n"
                  "    \"inventories\": 1\n  }") != std::string::npos);
}

TEST_CASE("sarif results point into the generated rules array") {
  const std::string sarif = report::write_diagnostics_sarif(sample_report());
  CHECK(sarif.find("\"version\": \"2.1.0\"") != std::string::npos);
  CHECK(sarif.find("\"columnKind\": \"unicodeCodePoints\"") != std::string::npos);
  const auto rules = base::all_rules();
  const base::Rule* rule = base::find_rule("unknown-reference");
  REQUIRE(rule != nullptr);
  const std::string expected = "\"ruleId\": \"unknown-reference\",\n          \"ruleIndex\": " +
                               std::to_string(rule - rules.data());
  CHECK(sarif.find(expected) != std::string::npos);
  CHECK(sarif.find("\"startLine\": 14,\n                  \"startColumn\": 7") !=
        std::string::npos);
  CHECK(sarif.find("\"relatedLocations\"") != std::string::npos);
  // Reserved characters of a path are percent-encoded in the URI.
  CHECK(sarif.find("\"uri\": \"inventory/a%2Cb%3Ac%25.yaml\"") != std::string::npos);
  CHECK(sarif.find("\"sha-256\": \"bbbb") != std::string::npos);
}

TEST_CASE("sarif names files as the text output does: relative as given, absolute as file://") {
  report::CheckReport check;
  check.provenance.version = "1";
  check.diagnostics = {base::make_diagnostic("empty-file", {"/nowhere/my x.yaml", 0, 0}, "empty"),
                       base::make_diagnostic("empty-file", {"../up/y.yaml", 0, 0}, "empty")};
  const std::string sarif = report::write_diagnostics_sarif(check);
  CHECK(sarif.find("\"uri\": \"/") == std::string::npos);
  CHECK(sarif.find("\"uri\": \"file:///nowhere/my%20x.yaml\"") != std::string::npos);
  CHECK(sarif.find("\"uri\": \"../up/y.yaml\"") != std::string::npos);
  CHECK(sarif.find("\"region\"") == std::string::npos);
}

TEST_CASE("github workflow commands escape data and properties") {
  const std::string github = report::write_diagnostics_github(sample());
  CHECK(github.find("::error file=inventory/retail.yaml,line=14,col=7,title=unknown-reference::"
                    "unknown capability 'feedback.survey' (did you mean 'feedback.surveys'?)"
                    "%0Ahelp: Fix the id or define it.\n") != std::string::npos);
  CHECK(github.find("%0Anote: inventory/shared.yaml:3:5: first defined here\n") !=
        std::string::npos);
  CHECK(github.find("::warning file=inventory/a%2Cb%3Ac%25.yaml,line=2,title=policy-require-owner"
                    "::no owner") != std::string::npos);
  base::Diagnostics percent = {
      base::make_diagnostic("yaml-syntax", {"a.yaml", 1, 1}, "100% broken\r\nreally, yes: x")};
  percent[0].help.clear();
  CHECK(report::write_diagnostics_github(percent) ==
        "::error file=a.yaml,line=1,col=1,title=yaml-syntax::100%25 broken%0D%0Areally, yes: x\n");
}

TEST_CASE("text diagnostics show a code frame under the finding and under each note") {
  const std::string retail = "apps:\n  - id: crm\n    capabilities: [feedback.survey]\n";
  const std::vector<appmix::inventory::SourceFile> files = {{"inventory/retail.yaml", retail}};
  const report::SourceTexts sources = report::source_texts(files);
  base::Diagnostic unknown = base::make_diagnostic(
      "unknown-reference", {"inventory/retail.yaml", 3, 20}, "unknown capability");
  base::Diagnostic duplicate =
      base::make_diagnostic("duplicate-id", {"inventory/retail.yaml", 2, 5}, "id 'crm' again");
  duplicate.notes.push_back(
      base::Note{{"inventory/retail.yaml", 2, 5}, "first defined here", base::Span::rest_of_line});
  // A file not read (or no line) has no frame.
  base::Diagnostic missing = base::make_diagnostic("io-error", {"gone.yaml", 0, 0}, "missing");
  report::TextStyle style;
  style.sources = &sources;
  CHECK(report::write_diagnostics_text({unknown, duplicate, missing}, style) ==
        "inventory/retail.yaml:3:20: error: unknown capability [unknown-reference]\n"
        "  |\n"
        "3 |     capabilities: [feedback.survey]\n"
        "  |                    ^^^^^^^^^^^^^^^\n"
        "  help: Fix the id or define it.\n"
        "inventory/retail.yaml:2:5: error: id 'crm' again [duplicate-id]\n"
        "  |\n"
        "2 |   - id: crm\n"
        "  |     ^^^^^^^\n"
        "  help: Ids are unique across units, channels, capabilities, apps, candidates and "
        "journeys; rename or remove one of the two.\n"
        "  inventory/retail.yaml:2:5: note: first defined here\n"
        "    |\n"
        "  2 |   - id: crm\n"
        "    |     ^^^^^^^\n"
        "gone.yaml: error: missing [io-error]\n"
        "  help: Check that the path exists and is readable.\n");
  style.color = true;
  const std::string colored = report::write_diagnostics_text({unknown}, style);
  CHECK(colored.find("\x1b[1;31m^^^^^^^^^^^^^^^\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[1;34m3 |\x1b[0m") != std::string::npos);
}

TEST_CASE("concise diagnostics are exactly one line each") {
  CHECK(report::write_diagnostics_concise(sample(), false) ==
        "inventory/retail.yaml:14:7: error: unknown capability 'feedback.survey' (did you mean "
        "'feedback.surveys'?) [unknown-reference]\n"
        "inventory/retail.yaml:20:9: error: id 'crm' again [duplicate-id]\n"
        "inventory/a,b:c%.yaml:2: warning: no owner [policy-require-owner]\n");
}

TEST_CASE("gitlab fingerprints ignore line numbers but tell identical findings apart") {
  const std::string before_text = "a: 1\nb: [x, x]\n";
  const std::string after_text = "# new\na: 1\nb: [x, x]\n";
  const std::vector<appmix::inventory::SourceFile> before_files = {{"i.yaml", before_text}};
  const std::vector<appmix::inventory::SourceFile> after_files = {{"i.yaml", after_text}};
  const auto findings = [](int line) {
    return base::Diagnostics{
        base::make_diagnostic("duplicate-reference", {"i.yaml", line, 8}, "'x' twice"),
        base::make_diagnostic("duplicate-reference", {"i.yaml", line, 8}, "'x' twice"),
        base::make_diagnostic("yaml-syntax", {"i.yaml", line, 1},
                              "the list opened at line 1, column 4 is not closed")};
  };
  const std::string before =
      report::write_diagnostics_gitlab(findings(2), report::source_texts(before_files));
  const std::string after =
      report::write_diagnostics_gitlab(findings(3), report::source_texts(after_files));
  const auto fingerprints = [](const std::string& json) {
    std::vector<std::string> found;
    for (std::size_t at = json.find("\"fingerprint\": \""); at != std::string::npos;
         at = json.find("\"fingerprint\": \"", at + 1)) {
      found.push_back(json.substr(at + 16, 64));
    }
    return found;
  };
  REQUIRE(fingerprints(before).size() == 3);
  CHECK(fingerprints(before) == fingerprints(after));
  CHECK(fingerprints(before)[0] != fingerprints(before)[1]);
  CHECK(before.find("\"severity\": \"major\"") != std::string::npos);
  CHECK(before.find("\"severity\": \"minor\"") != std::string::npos);
  CHECK(before.find("\"lines\": {\n        \"begin\": 2\n      }") != std::string::npos);
  CHECK(after.find("\"lines\": {\n        \"begin\": 3\n      }") != std::string::npos);
  // A finding without a line starts at line 1; no findings is an empty array.
  const std::string whole = report::write_diagnostics_gitlab(
      {base::make_diagnostic("empty-file", {"e.yaml", 0, 0}, "empty")}, {});
  CHECK(whole.find("\"begin\": 1") != std::string::npos);
  CHECK(report::write_diagnostics_gitlab({}, {}).rfind("[]", 0) == 0);
}

TEST_CASE("message_without_positions writes every line, column and byte offset number as N") {
  const auto n = report::message_without_positions;
  CHECK(n("the list opened at line 12, column 19 is not closed") ==
        "the list opened at line N, column N is not closed");
  CHECK(n("a NUL byte at byte offset 87") == "a NUL byte at byte offset N");
  CHECK(n("column 1 line 2 byte offset 3") == "column N line N byte offset N");
  CHECK(n("line 12345678901234567890x") == "line Nx");
  CHECK(n("line line 5") == "line line N");
  // Matched inside words, as the regular expression it replaced did.
  CHECK(n("pipeline 5") == "pipeline N");
  for (const char* unchanged : {"", "line", "line ", "line x", "line  5", "line5", "Line 5",
                                "byte  offset 3", "offset 3", "columns 4", "line -1"})
    CHECK(n(unchanged) == unchanged);
}

TEST_CASE("message_without_positions and the gitlab writer take a 400,000-digit number") {
  // The regular expression this replaced overflowed the stack near 30,000
  // digits (issue 22): an unknown key `line 111...` is quoted in a message.
  const std::string message = "unknown key 'line " + std::string(400'000, '1') + "'";
  CHECK(report::message_without_positions(message) == "unknown key 'line N'");
  const std::string json = report::write_diagnostics_gitlab(
      {base::make_diagnostic("unknown-key", {"i.yaml", 1, 1}, message)}, {});
  CHECK(json.find("\"fingerprint\"") != std::string::npos);
}

TEST_CASE("gitlab fingerprints of many findings on a 400,000-character line cost one hash of it") {
  // Each finding hashed (and kept) its whole line: 50,000 findings on one
  // such line took minutes and 16 GB (issue 22). A line this long is
  // fingerprinted by its digest, still what the line says.
  std::string line = "c: [";
  base::Diagnostics findings;
  for (int i = 0; i < 52'000; ++i) {
    findings.push_back(base::make_diagnostic("unknown-reference",
                                             {"i.yaml", 1, static_cast<int>(line.size()) + 1},
                                             "unknown capability 'u" + std::to_string(i) + "'"));
    line += "u" + std::to_string(i) + ", ";
  }
  line += "x]";
  REQUIRE(line.size() > 400'000);
  const auto fingerprint_of = [&](const std::string& text, const base::Diagnostics& diagnostics) {
    const std::vector<appmix::inventory::SourceFile> files = {{"i.yaml", text}};
    const std::string json =
        report::write_diagnostics_gitlab(diagnostics, report::source_texts(files));
    const auto at = json.rfind("\"fingerprint\": \"");
    REQUIRE(at != std::string::npos);
    return json.substr(at + 16, 64);
  };
  const std::string last = fingerprint_of(line + "\n", findings);
  // The same finding one line lower keeps its fingerprint; another line text changes it.
  base::Diagnostics moved = {findings.back()};
  moved[0].location.line = 2;
  CHECK(fingerprint_of("# new\n" + line + "\n", moved) ==
        fingerprint_of(line + "\n", {findings.back()}));
  std::string edited = line;
  edited[5] = 'v';
  CHECK(fingerprint_of(edited + "\n", {findings.back()}) !=
        fingerprint_of(line + "\n", {findings.back()}));
  CHECK(last.size() == 64);
}
