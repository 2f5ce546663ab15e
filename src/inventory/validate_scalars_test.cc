#include <doctest/doctest.h>

#include "inventory/validate.h"

namespace appmix::inventory {

TEST_CASE("read_plain_number accepts plain decimals only") {
  const NumberReading plain = read_plain_number("1200.50");
  REQUIRE(plain.number.has_value());
  CHECK(plain.number->whole == "1200");
  CHECK(plain.number->fraction == "50");
  CHECK(read_plain_number("-3").number->negative);
  CHECK(read_plain_number("0").number.has_value());
  for (const char* text : {"", "1.", ".5", "01", "+1", "1e3", "0x1", "1,000", "nan", "- 1"}) {
    CAPTURE(text);
    CHECK_FALSE(read_plain_number(text).number.has_value());
  }
}

TEST_CASE("read_plain_number suggests the plain form") {
  auto suggest = [](std::string_view text) {
    return read_plain_number(text).suggestion.value_or("(none)");
  };
  CHECK(suggest("1,000") == "1000");
  CHECK(suggest("1,000,000.50") == "1000000.50");
  CHECK(suggest("1.000,50") == "1000.50");
  CHECK(suggest("1,5") == "1.5");
  CHECK(suggest("1 000") == "1000");
  CHECK(suggest("1_000") == "1000");
  CHECK(suggest("EUR 1000") == "1000");
  CHECK(suggest("1000 usd") == "1000");
  CHECK(suggest("$1,200.50") == "1200.50");
  CHECK(suggest("1.5e2") == "150");
  CHECK(suggest("25e-1") == "2.5");
  CHECK(suggest("0o17") == "15");
  CHECK(suggest("-0x10") == "-16");
  CHECK(suggest("5.") == "5");
  CHECK(suggest("0050.5") == "50.5");
  CHECK(suggest("12abc") == "(none)");
  CHECK_FALSE(read_plain_number("many").numeric);
  CHECK(read_plain_number(".inf").numeric);
}

}  // namespace appmix::inventory
