#include "report/code_frame.h"

#include <doctest/doctest.h>

#include <string>

namespace base = appmix::base;
namespace report = appmix::report;

namespace {

std::string frame(std::string_view source, int line, int column,
                  base::Span span = base::Span::token, int width = 120) {
  report::FrameStyle style;
  style.width = width;
  return report::code_frame(report::SourceText(source), base::Location{"f.yaml", line, column},
                            span, style);
}

}  // namespace

TEST_CASE("the frame shows the line under a gutter and underlines the token") {
  const std::string_view source = "apps:\n  - id: crm\n    capabilities: [feedback.survey]\n";
  CHECK(frame(source, 3, 20) ==
        "  |\n"
        "3 |     capabilities: [feedback.survey]\n"
        "  |                    ^^^^^^^^^^^^^^^\n");
  CHECK(frame(source, 2, 5, base::Span::rest_of_line) ==
        "  |\n"
        "2 |   - id: crm\n"
        "  |     ^^^^^^^\n");
  CHECK(frame(source, 2, 5, base::Span::character) ==
        "  |\n"
        "2 |   - id: crm\n"
        "  |     ^\n");
}

TEST_CASE("columns count code points: multibyte characters before the span") {
  // "Café" and "→" are several bytes each but one column.
  const std::string_view source = "- {name: \"Café → x\", id: Feedback Cafe}\n";
  CHECK(frame(source, 1, 26) ==
        "  |\n"
        "1 | - {name: \"Café → x\", id: Feedback Cafe}\n"
        "  |                          ^^^^^^^^^^^^^\n");
}

TEST_CASE("tabs are expanded to the next tab stop, and the underline follows") {
  const std::string_view source = "name:\tx\tbad\n";
  // Column 9 is "bad" (code points: n,a,m,e,:,TAB,x,TAB,b).
  CHECK(frame(source, 1, 9) ==
        "  |\n"
        "1 | name:   x   bad\n"
        "  |             ^^^\n");
}

TEST_CASE("invalid bytes and control characters are shown escaped, and the caret covers them") {
  const std::string source = "name: caf\xE9 \x1b[2J ok\n";
  const std::string shown = frame(source, 1, 10, base::Span::character);
  CHECK(shown ==
        "  |\n"
        "1 | name: caf\\xE9 \\x1B[2J ok\n"
        "  |          ^^^^\n");
  // A bidi override is shown, not obeyed.
  CHECK(frame("a: \u202Ex\n", 1, 4, base::Span::character).find("\\u{202E}") != std::string::npos);
}

TEST_CASE("a line wider than the width is elided around the span") {
  const std::string line = "k: " + std::string(100, 'a') + " X " + std::string(100, 'b') + "\n";
  // Width 60 leaves 54 columns of text; a third of them before the span.
  CHECK(frame(line, 1, 105, base::Span::character, 60) ==
        "  |\n"
        "1 | …" +
            std::string(17, 'a') + " X " + std::string(34, 'b') + "…\n" + "  | " +
            std::string(19, ' ') + "^\n");
  // Near the start nothing is cut on the left.
  CHECK(frame(line, 1, 1, base::Span::token, 60) ==
        "  |\n"
        "1 | k: " +
            std::string(51, 'a') + "…\n" + "  | ^\n");
}

TEST_CASE("a place without a line has no frame; without a column, no underline") {
  CHECK(frame("a: b\n", 0, 0).empty());
  CHECK(frame("a: b\n", 5, 1).empty());
  CHECK(frame("a: b\n", 1, 0) == "  |\n1 | a: b\n");
}

TEST_CASE("a place on the line break gets one caret past the text; CRLF and BOM are not shown") {
  CHECK(frame("\xEF\xBB\xBF[a, b\r\n", 1, 7) ==
        "  |\n"
        "1 | [a, b\n"
        "  |       ^\n");
}

TEST_CASE("the frame of a later line widens the gutter; SourceText finds lines") {
  std::string source;
  for (int i = 1; i <= 12; ++i)
    source += "k" + std::to_string(i) + ": v\n";
  CHECK(frame(source, 12, 1) ==
        "   |\n"
        "12 | k12: v\n"
        "   | ^^^\n");
  const report::SourceText text(source);
  CHECK(text.line(3) == "k3: v");
  CHECK(text.has_line(13));  // the empty line after the last line break
  CHECK(text.line(13).empty());
  CHECK(!text.has_line(14));
}
