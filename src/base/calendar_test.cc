#include "base/calendar.h"

#include <doctest/doctest.h>

namespace appmix::base {

TEST_CASE("day numbers round-trip over every day of years 1 to 9999") {
  CHECK(day_number({1970, 1, 1}) == 0);
  CHECK(day_number({2000, 3, 1}) == 11017);
  CHECK(day_number({1, 1, 1}) == -719162);
  long long expected = day_number({1, 1, 1});
  for (int year = 1; year <= 9999; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= days_in_month(year, month); ++day) {
        const CivilDate date{year, month, day};
        REQUIRE(day_number(date) == expected);
        REQUIRE(date_of_day(expected) == date);
        ++expected;
      }
    }
  }
}

TEST_CASE("months are added from the date and clamped to the month's last day") {
  CHECK(add_months({2027, 1, 31}, 1) == CivilDate{2027, 2, 28});
  CHECK(add_months({2028, 1, 31}, 1) == CivilDate{2028, 2, 29});  // leap year
  CHECK(add_months({2027, 1, 31}, 2) == CivilDate{2027, 3, 31});  // from the date, not the 28th
  CHECK(add_months({2024, 2, 29}, 12) == CivilDate{2025, 2, 28});
  CHECK(add_months({2024, 2, 29}, 48) == CivilDate{2028, 2, 29});
  CHECK(add_months({2026, 11, 30}, 3) == CivilDate{2027, 2, 28});
  CHECK(add_months({2026, 12, 15}, 0) == CivilDate{2026, 12, 15});
  CHECK(add_days({2026, 12, 31}, 1) == CivilDate{2027, 1, 1});
  CHECK(add_days({2028, 3, 1}, -1) == CivilDate{2028, 2, 29});
}

TEST_CASE("ISO dates are read strictly and written back") {
  CHECK(parse_iso_date("2026-01-15") == CivilDate{2026, 1, 15});
  CHECK(parse_iso_date("2028-02-29") == CivilDate{2028, 2, 29});
  CHECK_FALSE(parse_iso_date("2027-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2026-13-01").has_value());
  CHECK_FALSE(parse_iso_date("0000-01-01").has_value());
  CHECK_FALSE(parse_iso_date("2026-1-15").has_value());
  CHECK_FALSE(parse_iso_date("15.01.2026").has_value());
  CHECK_FALSE(parse_iso_date("2026-01-15T00").has_value());
  CHECK(iso_date({2026, 1, 5}) == "2026-01-05");
  CHECK(quarter_of({2027, 3, 31}) == "2027-Q1");
  CHECK(quarter_of({2027, 10, 1}) == "2027-Q4");
}

}  // namespace appmix::base
