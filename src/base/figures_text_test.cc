#include "base/figures_text.h"

#include <doctest/doctest.h>

#include <climits>

namespace appmix::base {

TEST_CASE("numbers and money carry thousands separators") {
  CHECK(with_thousands(0) == "0");
  CHECK(with_thousands(999) == "999");
  CHECK(with_thousands(1000) == "1,000");
  CHECK(with_thousands(-1234567) == "-1,234,567");
  CHECK(with_thousands(LLONG_MIN) == "-9,223,372,036,854,775,808");
  CHECK(money_text(123456789, 2) == "1,234,567.89");
  CHECK(money_text(120000, 2) == "1,200");
  CHECK(money_text(-5, 2) == "-0.05");
  CHECK(money_text(1200, 0) == "1,200");
  CHECK(money_text(1001, 3) == "1.001");
}

TEST_CASE("rounded money for the summary cards") {
  CHECK(rounded_money(41200000, 2) == "412,000");
  CHECK(rounded_money(41200050, 2) == "412,001");
  CHECK(rounded_money(69521401918, 2) == "695.2 m");
  CHECK(rounded_money(341883650462, 2) == "3.42 bn");
  CHECK(rounded_money(-150000000, 0) == "-150.0 m");
  CHECK(rounded_money(999, 0) == "999");
}

TEST_CASE("signed money, percentages, one decimal and counted nouns") {
  CHECK(signed_money_text(15000000, 2) == "+150,000");
  CHECK(signed_money_text(-200050, 2) == "-2,000.50");
  CHECK(signed_money_text(0, 2) == "0");
  CHECK(percent(0.2625) == "26.3%");
  CHECK(percent(-0.0004) == "0.0%");
  CHECK(percent(1.0) == "100.0%");
  CHECK(one_decimal(2.25) == "2.3");
  CHECK(one_decimal(-0.01) == "0.0");
  CHECK(counted(1, "app", "apps") == "1 app");
  CHECK(counted(0, "app", "apps") == "0 apps");
  CHECK(counted(4500, "app", "apps") == "4,500 apps");
}

}  // namespace appmix::base
