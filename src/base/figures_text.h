// Figures as people read them, the same in every writer and message: counts
// and money with thousands separators, signed changes of money, rounded
// money for a glance, percentages and counted nouns. Money comes in the
// currency's minor units with its ISO 4217 exponent. It knows nothing of
// output formats: callers escape and align.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace appmix::base {

// 1234567 -> "1,234,567"; -5000 -> "-5,000".
std::string with_thousands(long long value);

// Minor units as major units with thousands separators and the currency's
// decimals: (123456789, 2) -> "1,234,567.89"; (120000, 2) -> "1,200" (whole
// amounts drop ".00"); (-5, 2) -> "-0.05".
std::string money_text(long long minor_units, int exponent);

// A change of money: "+150,000", "-2,000.50", "0".
std::string signed_money_text(long long minor_units, int exponent);

// Money rounded for a glance: below a million as money_text in whole units
// ("412,000"); from a million "695.2 m", from a billion "3.42 bn".
std::string rounded_money(long long minor_units, int exponent);

// A fraction as a percentage with one decimal, rounded half away from zero
// on the tenth of a percent (so the text does not depend on how printf
// breaks ties): 0.1234 -> "12.3%".
std::string percent(double fraction);

// A mean or quartile with one decimal, rounded the same way: 2.25 -> "2.3".
std::string one_decimal(double value);

// A count and its noun: (1, "app", "apps") -> "1 app"; (4500, ...) ->
// "4,500 apps".
std::string counted(long long count, std::string_view one, std::string_view many);

}  // namespace appmix::base
