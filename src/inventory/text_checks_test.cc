#include "inventory/text_checks.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

namespace appmix::inventory {
namespace {

using namespace std::string_literals;

// The one diagnostic check_text gives, or an empty rule when it gives none.
base::Diagnostic only(std::string_view bytes) {
  base::Diagnostics out = check_text("f.yaml", bytes);
  REQUIRE(out.size() <= 1);
  return out.empty() ? base::Diagnostic{} : out.front();
}

std::string where(const base::Diagnostic& d) {
  return d.location.file + ":" + std::to_string(d.location.line) + ":" +
         std::to_string(d.location.column);
}

std::string flow(int depth) {
  return std::string(depth, '[') + std::string(depth, ']') + "\n";
}

std::string indented_maps(int depth) {
  std::string text;
  for (int i = 0; i < depth; ++i)
    text += std::string(2 * i, ' ') + "k" + std::to_string(i) + ":\n";
  return text + std::string(2 * depth, ' ') + "leaf\n";
}

}  // namespace

TEST_CASE("empty files") {
  SUBCASE("no bytes") {
    const auto d = only("");
    CHECK(d.rule == "empty-file");
    CHECK(d.message == "the file is empty");
    CHECK(where(d) == "f.yaml:0:0");
  }
  SUBCASE("blank lines, comments and a byte-order mark only") {
    const auto d = only("\xEF\xBB\xBF  \n# a comment\n\t\r\n   # another\n");
    CHECK(d.rule == "empty-file");
    CHECK(d.message == "the file holds only blank lines and comments");
  }
  SUBCASE("one key is content") {
    CHECK(only("# c\na: 1").rule == "");
  }
}

TEST_CASE("binary files") {
  SUBCASE("a NUL byte") {
    const auto d = only("a: 1\nb\0c\n"s);
    CHECK(d.rule == "binary-file");
    CHECK(d.message == "the file is not text: it contains a NUL byte (at byte offset 6)");
    CHECK(where(d) == "f.yaml:2:2");
  }
  SUBCASE("UTF-16 with its byte-order mark") {
    const auto d = only(
        "\xFF\xFE"
        "a\0:\0"s);
    CHECK(d.rule == "invalid-utf8");
    CHECK(d.message ==
          "the file is UTF-16 or UTF-32 (it starts with a byte-order mark of that encoding), not "
          "UTF-8");
    CHECK(where(d) == "f.yaml:1:1");
  }
}

TEST_CASE("invalid UTF-8 is reported at its line and code-point column, never echoed") {
  SUBCASE("Latin-1 byte after multi-byte characters") {
    const auto d = only("a: 1\nnäme: caf\xE9\n");
    CHECK(d.rule == "invalid-utf8");
    CHECK(d.message == "invalid UTF-8 byte 0xE9");
    CHECK(where(d) == "f.yaml:2:10");
    CHECK(d.message.find('\xE9') == std::string::npos);
  }
  SUBCASE("after a byte-order mark, which is not a column") {
    CHECK(where(only("\xEF\xBB\xBF\xFF")) == "f.yaml:1:1");
  }
  SUBCASE("overlong encoding") {
    CHECK(only("a: \xC0\xAF").message == "invalid UTF-8 byte 0xC0");
  }
  SUBCASE("UTF-16 surrogate") {
    CHECK(where(only("a: x\xED\xA0\x80")) == "f.yaml:1:5");
  }
  SUBCASE("above U+10FFFF") {
    CHECK(only("\xF4\x90\x80\x80").rule == "invalid-utf8");
  }
  SUBCASE("truncated at the end") {
    CHECK(where(only("ab\xE2\x82")) == "f.yaml:1:3");
  }
  SUBCASE("stray continuation byte") {
    CHECK(only("\x80").message == "invalid UTF-8 byte 0x80");
  }
  SUBCASE("valid text of every length passes") {
    CHECK(only("name: \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF\n").rule == "");
  }
}

TEST_CASE("code-point columns") {
  CHECK(code_point_column("abc", 0) == 1);
  CHECK(code_point_column("\xC3\xA9x", 2) == 2);
  CHECK(code_point_column("\xF0\x9F\x98\x80x", 4) == 2);
  CHECK(code_point_column("ab", 3) == 4);  // past the end: one column per byte
}

TEST_CASE("nesting is measured on the text") {
  SUBCASE("64 flow levels pass, 65 do not") {
    CHECK(only(flow(64)).rule == "");
    const auto d = only(flow(65));
    CHECK(d.rule == "nesting-too-deep");
    CHECK(d.message == "the YAML nests deeper than 64 levels (level 65 opens here)");
    CHECK(where(d) == "f.yaml:1:65");
  }
  SUBCASE("indented block maps") {
    CHECK(only(indented_maps(64)).rule == "");
    CHECK(where(only(indented_maps(65))) == "f.yaml:65:129");
  }
  SUBCASE("compact sequences on one line") {
    std::string line;
    for (int i = 0; i < 64; ++i)
      line += "- ";
    CHECK(only(line + "x\n").rule == "");
    CHECK(where(only(line + "- x\n")) == "f.yaml:1:129");
  }
  SUBCASE("a sequence at its key's column is a level of its own") {
    std::string text;
    for (int i = 0; i < 32; ++i)
      text += std::string(2 * i, ' ') + "- k:\n";
    CHECK(only(text).rule == "");  // 32 sequences + 32 maps
    text += std::string(64, ' ') + "- x\n";
    CHECK(where(only(text)) == "f.yaml:33:65");
  }
  SUBCASE("block and flow levels add up") {
    const std::string text =
        indented_maps(60).substr(0, indented_maps(60).rfind("leaf")) + "[[[[[x]]]]]\n";
    CHECK(where(only(text)) == "f.yaml:61:125");
  }
  SUBCASE("brackets inside scalars and comments are not structure") {
    const std::string deep(200, '[');
    CHECK(only("a: \"" + deep + "\"\nb: '" + deep + "'\n# " + deep + "\nc: x" + deep + "\n").rule ==
          "");
    CHECK(only("a: |\n  " + deep + "\n  - - - - -\nb: >-\n  " + deep + "\nc: 1\n").rule == "");
    CHECK(
        only("a: \"multi\n  line " + deep + "\n  end\"\nb: [\"]]]" + deep + "\", '" + deep + "']\n")
            .rule == "");
  }
  SUBCASE("a new document starts again at level 0") {
    CHECK(only(flow(40) + "---\n" + flow(40)).rule == "");
  }
  SUBCASE("10,000 levels are rejected quickly, flow and block") {
    const auto start = std::chrono::steady_clock::now();
    CHECK(only(flow(10000)).rule == "nesting-too-deep");
    std::string compact;  // indented lines would make the text quadratic in the depth
    for (int i = 0; i < 10000; ++i)
      compact += "- ? ";
    CHECK(only(compact + "x\n").rule == "nesting-too-deep");
    CHECK(only(indented_maps(1000)).rule == "nesting-too-deep");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  }
  SUBCASE("a normal inventory passes") {
    const char* inventory = R"(appmix: 1
organisation: "Acme Retail"   # shown in reports
capabilities:
  - id: feedback
    name: Feedback
  - {id: feedback.surveys, name: Surveys, parent: feedback, channels: [web, mobile]}
apps:
  - id: survey-tool
    name: 'Survey: the tool'
    business_units: [retail, "online"]
    capabilities:
    - feedback.surveys
    cost: {annual: 1200.50, retire: 0}
    fit:
      functional: 4
      technical: 2
    notes: >
      Bought in 2019 [see ticket #12]; { not a map
journeys:
  - id: claim
    steps:
      - name: Report
        capabilities: [feedback.surveys]
policies:
  max_providers: {feedback.surveys: 1}
)";
    CHECK(only(inventory).rule == "");
  }
}

TEST_CASE("a quoted scalar still open at the end of the file is a syntax error") {
  SUBCASE("at the end of the file") {
    const auto d = only("appmix: 1\norganisation: \"abc\n");
    CHECK(d.rule == "yaml-syntax");
    CHECK(d.message == "unterminated quoted string; add the closing quote");
    CHECK(where(d) == "f.yaml:2:15");
  }
  SUBCASE("mid-file, swallowing the rest") {
    const auto d = only("apps:\n  - id: a\n    name: 'Survey tool\n  - id: b\n    name: B\n");
    CHECK(d.rule == "yaml-syntax");
    CHECK(where(d) == "f.yaml:3:11");
  }
  SUBCASE("inside a flow collection") {
    CHECK(where(only("a: [x, \"y\n")) == "f.yaml:1:8");
  }
  SUBCASE("escaped quotes, apostrophes in plain scalars and comments open nothing") {
    CHECK(only("a: 'it''s'\nb: \"say \\\"hi\\\"\"\nc: it's\nd: [it's]\n# it's\ne: x # \"\n").rule ==
          "");
    CHECK(only("a: \"multi\n  line\"\nb: 'two\n  lines'\n").rule == "");
    CHECK(only("a: |\n  \"open\nb: 1\n").rule == "");
  }
}

}  // namespace appmix::inventory
