#include "lsp/text_lines.h"

#include <doctest/doctest.h>

namespace appmix::lsp {
namespace {

// "é" is 2 bytes, 1 code point, 1 UTF-16 unit; "😀" (U+1F600) is 4 bytes,
// 1 code point, 2 UTF-16 units (a surrogate pair).
constexpr std::string_view kText = "id: a\n  name: \xC3\xA9\xF0\x9F\x98\x80x\r\nlast";

TEST_CASE("lines end at LF; a CR stays on its line") {
  const TextLines lines(kText);
  REQUIRE(lines.line_count() == 3);
  CHECK(lines.line(0) == "id: a");
  CHECK(lines.line(1).ends_with("x\r"));
  CHECK(lines.line(2) == "last");
  CHECK(lines.line(3).empty());
  CHECK(lines.line(-1).empty());
}

TEST_CASE("code-point columns become UTF-16 columns and back") {
  const TextLines lines(kText);
  // Line 2: 8 ASCII code points, then é (column 9), 😀 (10), x (11).
  CHECK(lines.position_of_code_point(2, 9) == Position{1, 8});
  CHECK(lines.position_of_code_point(2, 10) == Position{1, 9});
  CHECK(lines.position_of_code_point(2, 11) == Position{1, 11});  // after the pair
  CHECK(lines.code_point_column({1, 11}) == 11);
  CHECK(lines.code_point_column({1, 9}) == 10);
  CHECK(lines.code_point_column({1, 10}) == 10);  // inside the pair: its start
  CHECK(lines.position_of_code_point(0, 0) == Position{0, 0});
  CHECK(lines.position_of_code_point(99, 1) == Position{2, 0});  // clamped to the last line
  CHECK(lines.position_of_code_point(1, 99) == Position{0, 5});  // clamped to the line's end
}

TEST_CASE("positions become byte offsets and back") {
  const TextLines lines(kText);
  CHECK(lines.byte_offset({0, 4}) == 4);
  CHECK(lines.byte_offset({1, 9}) == 6 + 10);   // after é (2 bytes)
  CHECK(lines.byte_offset({1, 11}) == 6 + 14);  // after 😀 (4 bytes)
  CHECK(lines.byte_offset({1, 10}) == 6 + 10);  // inside the pair: its start
  CHECK(lines.byte_offset({0, 999}) == 5);
  CHECK(lines.byte_offset({9, 0}) == kText.size());
  CHECK(lines.position_of_byte(6 + 14) == Position{1, 11});
  CHECK(lines.position_of_byte(kText.size() + 5) == Position{2, 4});
}

TEST_CASE("bytes that are not UTF-8 count one unit each, and never fail") {
  const std::string text = "a\xFF\xC3(\xED\xA0\x80z";  // a bad byte, a cut sequence, a surrogate
  const TextLines lines(text);
  CHECK(lines.position_of_code_point(1, 9) == Position{0, 8});
  CHECK(lines.code_point_column({0, 8}) == 9);
  CHECK(lines.byte_offset({0, 8}) == 8);
  CHECK(utf8_step("\xF0\x9F\x98", 0).bytes == 1);
  CHECK(utf8_step("\xF0\x9F\x98\x80", 0).utf16_units == 2);
}

}  // namespace
}  // namespace appmix::lsp
