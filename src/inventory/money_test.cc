#include "inventory/money.h"

#include <doctest/doctest.h>

#include <limits>

namespace appmix::inventory {

TEST_CASE("currency exponents follow ISO 4217") {
  CHECK(currency_exponent("EUR") == 2);
  CHECK(currency_exponent("USD") == 2);
  CHECK(currency_exponent("JPY") == 0);
  CHECK(currency_exponent("KRW") == 0);
  CHECK(currency_exponent("XOF") == 0);
  CHECK(currency_exponent("KWD") == 3);
  CHECK(currency_exponent("TND") == 3);
  CHECK(currency_exponent("CLF") == 4);
  CHECK_FALSE(currency_exponent("eur").has_value());
  CHECK_FALSE(currency_exponent("XYZ").has_value());
  CHECK_FALSE(currency_exponent("HRK").has_value());  // withdrawn in 2023
  CHECK_FALSE(currency_exponent("").has_value());
}

TEST_CASE("multiply_rounded rounds half away from zero, once") {
  CHECK(multiply_rounded(120050, Decimal{3, 0}) == 360150);
  CHECK(multiply_rounded(101, Decimal{5, 1}) == 51);    // 50.5 -> 51
  CHECK(multiply_rounded(-101, Decimal{5, 1}) == -51);  // -50.5 -> -51
  CHECK(multiply_rounded(99, Decimal{25, 1}) == 248);   // 247.5 -> 248
  CHECK(multiply_rounded(1, Decimal{4, 1}) == 0);       // 0.4 -> 0
  CHECK(multiply_rounded(std::numeric_limits<std::int64_t>::max(), Decimal{2, 0}) ==
        std::numeric_limits<std::int64_t>::max());
}

TEST_CASE("decimals print and compare by value") {
  CHECK(Decimal{25, 1}.to_string() == "2.5");
  CHECK(Decimal{300, 2}.to_string() == "3");
  CHECK(Decimal{3, 0} == Decimal{30, 1});
  CHECK_FALSE(Decimal{3, 0} == Decimal{31, 1});
  CHECK(Decimal{25, 1}.to_double() == doctest::Approx(2.5));
  CHECK(format_minor_units(120050, 2) == "1200.50");
  CHECK(format_minor_units(-5, 2) == "-0.05");
  CHECK(format_minor_units(1200, 0) == "1200");
  CHECK(format_minor_units(7, 3) == "0.007");
}

}  // namespace appmix::inventory
