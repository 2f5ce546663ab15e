#include "inventory/line_positions.h"

#include <doctest/doctest.h>

namespace appmix::inventory {

TEST_CASE("parser places become 1-based code-point locations") {
  const std::string text =
      "\xEF\xBB\xBF"
      "a\xC3\xA9: 1\r\n\xE2\x82\xAC\xE2\x82\xAC x\nlast";
  LinePositions positions("f.yaml", text);
  SUBCASE("the byte-order mark is not a column") {
    CHECK(positions.at(0, 0).column == 1);
  }
  SUBCASE("multi-byte characters are one column") {
    CHECK(positions.at(0, 5).column == 5);  // "1" after "aé: "
    CHECK(positions.at(1, 6).column == 3);  // the space after two euro signs
    CHECK(positions.at(1, 7).column == 4);
  }
  SUBCASE("going back on a line restarts the count") {
    CHECK(positions.at(1, 7).column == 4);
    CHECK(positions.at(1, 3).column == 2);
  }
  SUBCASE("places outside the file") {
    CHECK(positions.at(-1, -1) == base::Location{"f.yaml", 0, 0});
    CHECK(positions.at(9, 0) == base::Location{"f.yaml", 10, 0});
    CHECK(positions.at(2, 6).column == 7);  // past the end: one column per byte
  }
  SUBCASE("text at a place, to the end of its line") {
    CHECK(positions.text_at(0, 5) == "1\r");
    CHECK(positions.text_at(2, 0) == "last");
    CHECK(positions.text_at(2, 4).empty());
    CHECK(positions.text_at(3, 0).empty());
  }
}

}  // namespace appmix::inventory
