#include "inventory/money.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace appmix::inventory {
namespace {

// 128-bit intermediates for exact products of amounts and decimal factors.
__extension__ typedef __int128 Wide;

struct Currency {
  std::string_view code;
  int exponent;
};

// ISO 4217 list one, current codes with a minor unit (funds codes included,
// precious metals, XDR-like units and testing codes left out), late 2025:
// ANG, CUC, HRK, SLL and ZWL are withdrawn; XCG, VED, ZWG are new.
// Sorted by code for binary search.
constexpr Currency kCurrencies[] = {
    {"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"AOA", 2}, {"ARS", 2}, {"AUD", 2}, {"AWG", 2},
    {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BIF", 0}, {"BMD", 2},
    {"BND", 2}, {"BOB", 2}, {"BOV", 2}, {"BRL", 2}, {"BSD", 2}, {"BTN", 2}, {"BWP", 2}, {"BYN", 2},
    {"BZD", 2}, {"CAD", 2}, {"CDF", 2}, {"CHE", 2}, {"CHF", 2}, {"CHW", 2}, {"CLF", 4}, {"CLP", 0},
    {"CNY", 2}, {"COP", 2}, {"COU", 2}, {"CRC", 2}, {"CUP", 2}, {"CVE", 2}, {"CZK", 2}, {"DJF", 0},
    {"DKK", 2}, {"DOP", 2}, {"DZD", 2}, {"EGP", 2}, {"ERN", 2}, {"ETB", 2}, {"EUR", 2}, {"FJD", 2},
    {"FKP", 2}, {"GBP", 2}, {"GEL", 2}, {"GHS", 2}, {"GIP", 2}, {"GMD", 2}, {"GNF", 0}, {"GTQ", 2},
    {"GYD", 2}, {"HKD", 2}, {"HNL", 2}, {"HTG", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2},
    {"IQD", 3}, {"IRR", 2}, {"ISK", 0}, {"JMD", 2}, {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KGS", 2},
    {"KHR", 2}, {"KMF", 0}, {"KPW", 2}, {"KRW", 0}, {"KWD", 3}, {"KYD", 2}, {"KZT", 2}, {"LAK", 2},
    {"LBP", 2}, {"LKR", 2}, {"LRD", 2}, {"LSL", 2}, {"LYD", 3}, {"MAD", 2}, {"MDL", 2}, {"MGA", 2},
    {"MKD", 2}, {"MMK", 2}, {"MNT", 2}, {"MOP", 2}, {"MRU", 2}, {"MUR", 2}, {"MVR", 2}, {"MWK", 2},
    {"MXN", 2}, {"MXV", 2}, {"MYR", 2}, {"MZN", 2}, {"NAD", 2}, {"NGN", 2}, {"NIO", 2}, {"NOK", 2},
    {"NPR", 2}, {"NZD", 2}, {"OMR", 3}, {"PAB", 2}, {"PEN", 2}, {"PGK", 2}, {"PHP", 2}, {"PKR", 2},
    {"PLN", 2}, {"PYG", 0}, {"QAR", 2}, {"RON", 2}, {"RSD", 2}, {"RUB", 2}, {"RWF", 0}, {"SAR", 2},
    {"SBD", 2}, {"SCR", 2}, {"SDG", 2}, {"SEK", 2}, {"SGD", 2}, {"SHP", 2}, {"SLE", 2}, {"SOS", 2},
    {"SRD", 2}, {"SSP", 2}, {"STN", 2}, {"SVC", 2}, {"SYP", 2}, {"SZL", 2}, {"THB", 2}, {"TJS", 2},
    {"TMT", 2}, {"TND", 3}, {"TOP", 2}, {"TRY", 2}, {"TTD", 2}, {"TWD", 2}, {"TZS", 2}, {"UAH", 2},
    {"UGX", 0}, {"USD", 2}, {"USN", 2}, {"UYI", 0}, {"UYU", 2}, {"UYW", 4}, {"UZS", 2}, {"VED", 2},
    {"VES", 2}, {"VND", 0}, {"VUV", 0}, {"WST", 2}, {"XAF", 0}, {"XCD", 2}, {"XCG", 2}, {"XOF", 0},
    {"XPF", 0}, {"YER", 2}, {"ZAR", 2}, {"ZMW", 2}, {"ZWG", 2},
};

constexpr bool is_sorted_by_code() {
  for (std::size_t i = 1; i < std::size(kCurrencies); ++i) {
    if (!(kCurrencies[i - 1].code < kCurrencies[i].code))
      return false;
  }
  return true;
}
static_assert(is_sorted_by_code(), "kCurrencies must be sorted by code, without repeats");

Wide power_of_ten(int exponent) {
  Wide result = 1;
  for (int i = 0; i < exponent; ++i)
    result *= 10;
  return result;
}

}  // namespace

double Decimal::to_double() const {
  return static_cast<double>(units) / std::pow(10.0, static_cast<double>(scale));
}

std::string Decimal::to_string() const {
  std::int64_t trimmed_units = units;
  int trimmed_scale = scale;
  while (trimmed_scale > 0 && trimmed_units % 10 == 0) {
    trimmed_units /= 10;
    --trimmed_scale;
  }
  return format_minor_units(trimmed_units, trimmed_scale);
}

bool operator==(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.scale, b.scale);
  return static_cast<Wide>(a.units) * power_of_ten(scale - a.scale) ==
         static_cast<Wide>(b.units) * power_of_ten(scale - b.scale);
}

std::optional<int> currency_exponent(std::string_view code) {
  const auto* end = std::end(kCurrencies);
  const auto* it = std::lower_bound(
      std::begin(kCurrencies), end, code,
      [](const Currency& currency, std::string_view key) { return currency.code < key; });
  if (it == end || it->code != code)
    return std::nullopt;
  return it->exponent;
}

std::int64_t multiply_rounded(std::int64_t amount, Decimal factor) {
  const Wide product = static_cast<Wide>(amount) * factor.units;
  const Wide divisor = power_of_ten(factor.scale);
  Wide quotient = product / divisor;
  const Wide remainder = product % divisor;
  // Half away from zero: |remainder| * 2 >= divisor moves one step outwards.
  const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
  if (twice >= divisor)
    quotient += product < 0 ? -1 : 1;
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
  if (quotient > kMax)
    return kMax;
  if (quotient < kMin)
    return kMin;
  return static_cast<std::int64_t>(quotient);
}

std::string format_minor_units(std::int64_t amount, int exponent) {
  const bool negative = amount < 0;
  // Through unsigned so that the int64 minimum has a magnitude too.
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
  std::string digits = std::to_string(magnitude);
  if (exponent > 0) {
    const auto width = static_cast<std::size_t>(exponent);
    if (digits.size() <= width)
      digits.insert(0, width + 1 - digits.size(), '0');
    digits.insert(digits.size() - width, 1, '.');
  }
  return negative ? "-" + digits : digits;
}

}  // namespace appmix::inventory
