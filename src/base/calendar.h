// Calendar arithmetic on proleptic Gregorian dates, years 1..9999: day
// numbers for differences, months added the way contracts renew (a day that
// does not exist in the month becomes the month's last day), ISO 8601 text,
// and today's date in UTC. It knows nothing of inventories or money.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace appmix::base {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..days_in_month

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Days since 1970-01-01 (negative before it).
long long day_number(const CivilDate& date);
CivilDate date_of_day(long long day_number);

// `date` plus `months` (>= 0) calendar months, clamped to the month's last
// day: 2027-01-31 + 1 = 2027-02-28, 2028-01-31 + 1 = 2028-02-29.
CivilDate add_months(const CivilDate& date, long long months);

CivilDate add_days(const CivilDate& date, long long days);

// "2026-01-15".
std::string iso_date(const CivilDate& date);

// A real date written YYYY-MM-DD, years 0001..9999; nullopt otherwise.
std::optional<CivilDate> parse_iso_date(std::string_view text);

// The calendar quarter "2027-Q1".
std::string quarter_of(const CivilDate& date);

// Today's date in UTC, from the system clock. The one place that reads it:
// everything else takes the date as an argument, so tests pass --as-of.
CivilDate today_utc();

}  // namespace appmix::base
