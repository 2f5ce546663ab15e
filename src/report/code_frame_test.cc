#include "report/code_frame.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

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

TEST_CASE("frames of 52,000 findings on one 400,000-character line each cost their window") {
  // Every frame once laid out its whole line: minutes for this line (issue
  // 22). The line is laid out once now, and each frame walks its window.
  std::string line = "    capabilities: [";
  std::vector<int> columns;
  for (int i = 0; i < 52'000; ++i) {
    columns.push_back(static_cast<int>(line.size()) + 1);
    line += "u" + std::to_string(i) + ", ";
  }
  line += "x]";
  REQUIRE(line.size() > 400'000);
  const std::string text = line + "\n";
  const report::SourceText source(text);
  report::FrameStyle style;
  std::size_t token_carets = 0;
  std::size_t line_carets = 0;
  for (const int column : columns) {
    const base::Location place{"f.yaml", 1, column};
    const std::string token = report::code_frame(source, place, base::Span::token, style);
    token_carets += static_cast<std::size_t>(std::count(token.begin(), token.end(), '^'));
    const std::string rest = report::code_frame(source, place, base::Span::rest_of_line, style);
    line_carets += static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '^'));
  }
  // Each id underlined in the flow list (u0 to u51999),
  // and each rest of the line up to the frame's right edge.
  CHECK(token_carets == 10 * 2 + 90 * 3 + 900 * 4 + 9'000 * 5 + 42'000 * 6);
  CHECK(line_carets > 52'000 * 100);
  const std::string last =
      report::code_frame(source, {"f.yaml", 1, columns.back()}, base::Span::token, style);
  CHECK(last.find("u51998, u51999, x]\n") != std::string::npos);
  CHECK(last.find("^^^^^^\n") != std::string::npos);
}

TEST_CASE("on a long line a token is measured past blanks, however many") {
  // The span of a place near the start of a long line is measured on a part
  // of it; the part must not end inside blanks a token goes on after.
  const std::string blanks(10'000, ' ');
  const std::string continued = "k: a" + blanks + "b\n";
  CHECK(frame(continued, 1, 4, base::Span::token, 60).find(std::string(54, '^')) !=
        std::string::npos);
  const std::string ended = "k: a" + blanks + "# note\n";
  CHECK(frame(ended, 1, 4, base::Span::token, 60) ==
        "  |\n"
        "1 | k: a" +
            std::string(50, ' ') + "…\n" + "  |    ^\n");
}
