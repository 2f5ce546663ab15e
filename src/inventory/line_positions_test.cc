#include "inventory/line_positions.h"

#include <doctest/doctest.h>

namespace appmix::inventory {

TEST_CASE("parser places become 1-based code-point locations") {
  // Code points: a=0 é=1 :=2 ' '=3 1=4 \r=5 \n=6 €=7 €=8 ' '=9 x=10 \n=11 l=12 ...
  const std::string text =
      "\xEF\xBB\xBF"
      "a\xC3\xA9: 1\r\n\xE2\x82\xAC\xE2\x82\xAC x\nlast";
  LinePositions positions("f.yaml", text);
  SUBCASE("the byte-order mark is not a column") {
    CHECK(positions.at(0) == base::Location{"f.yaml", 1, 1});
  }
  SUBCASE("multi-byte characters are one column") {
    CHECK(positions.at(4).column == 5);                        // "1" after "aé: "
    CHECK(positions.at(9) == base::Location{"f.yaml", 2, 3});  // the space after two euro signs
    CHECK(positions.at(10).column == 4);
  }
  SUBCASE("a CR before the LF is a column; the LF ends the line") {
    CHECK(positions.at(5) == base::Location{"f.yaml", 1, 6});
    CHECK(positions.at(6) == base::Location{"f.yaml", 1, 7});
    CHECK(positions.at(7) == base::Location{"f.yaml", 2, 1});
  }
  SUBCASE("going back restarts at the start of the line") {
    CHECK(positions.at(12).line == 3);
    CHECK(positions.at(10) == base::Location{"f.yaml", 2, 4});
    CHECK(positions.at(1) == base::Location{"f.yaml", 1, 2});
    CHECK(positions.at(15) == base::Location{"f.yaml", 3, 4});
  }
  SUBCASE("places past the end count one column per missing code point") {
    CHECK(positions.at(16) == base::Location{"f.yaml", 3, 5});
    CHECK(positions.at(18) == base::Location{"f.yaml", 3, 7});
  }
  SUBCASE("byte offsets of places, and places of byte offsets") {
    CHECK(positions.byte_offset(0) == 3);
    CHECK(positions.byte_offset(2) == 6);
    CHECK(positions.byte_offset(9) == 17);
    CHECK(positions.byte_offset(100) == text.size());
    CHECK(positions.at_byte(0) == base::Location{"f.yaml", 1, 1});  // inside the BOM
    CHECK(positions.at_byte(6) == base::Location{"f.yaml", 1, 3});
    CHECK(positions.at_byte(17) == base::Location{"f.yaml", 2, 3});
    CHECK(positions.at_byte(text.size()) == base::Location{"f.yaml", 3, 5});
  }
}

TEST_CASE("lines end at LF only, whatever else libyaml takes for a line break") {
  // A lone CR and U+2028 (LS) are line breaks to libyaml, not to editors or appmix.
  LinePositions positions("f.yaml",
                          "a\rb\xE2\x80\xA8"
                          "c\nd");
  CHECK(positions.at(4) == base::Location{"f.yaml", 1, 5});  // c
  CHECK(positions.at(6) == base::Location{"f.yaml", 2, 1});  // d
}

}  // namespace appmix::inventory
