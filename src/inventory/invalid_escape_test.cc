#include "inventory/invalid_escape.h"

#include <doctest/doctest.h>

namespace appmix::inventory {

TEST_CASE("an invalid escape is placed at its backslash") {
  const std::string_view line = R"(name: "ab\uD800cd")";
  const InvalidEscape escape = describe_invalid_escape(line, 15, 0xD800);
  CHECK(escape.byte_column == 9);
  CHECK(escape.message ==
        "the escape for U+D800 is not a Unicode character (a lone surrogate half, or beyond "
        "U+10FFFF); write the character itself");
}

TEST_CASE("a UTF-16 surrogate pair gets the one escape that works") {
  const std::string_view line = R"(name: "\uD83D\uDE00")";
  const InvalidEscape escape = describe_invalid_escape(line, 13, 0xD83D);
  CHECK(escape.byte_column == 7);
  CHECK(escape.message ==
        "a UTF-16 surrogate pair is not a YAML escape; write \\U0001F600 or the character itself");
}

TEST_CASE("a high surrogate followed by no low one is a lone half") {
  const InvalidEscape escape = describe_invalid_escape(R"("\uD83D\u0041")", 7, 0xD83D);
  CHECK(escape.message.starts_with("the escape for U+D83D"));
}

TEST_CASE("a place past the line's end is clamped, and a line without a backslash keeps it") {
  const InvalidEscape escape = describe_invalid_escape("abc", 99, 0x110000);
  CHECK(escape.byte_column == 3);
  CHECK(escape.message.starts_with("the escape for U+110000"));
}

}  // namespace appmix::inventory
