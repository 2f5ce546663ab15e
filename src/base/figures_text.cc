#include "base/figures_text.h"

#include <fmt/format.h>

#include <cmath>

namespace appmix::base {
namespace {

long long power_of_ten(int exponent) {
  long long scale = 1;
  for (int i = 0; i < exponent; ++i)
    scale *= 10;
  return scale;
}

// Rounded half away from zero to one decimal; "+ 0.0" turns -0.0 into 0.0.
double tenths(double value) {
  return std::round(value * 10.0) / 10.0 + 0.0;
}

}  // namespace

std::string with_thousands(long long value) {
  const bool negative = value < 0;
  // Through unsigned so that the most negative value has a magnitude too.
  unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(value)
                                          : static_cast<unsigned long long>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  const int first = static_cast<int>(digits.size() % 3 == 0 ? 3 : digits.size() % 3);
  out += digits.substr(0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out += ',';
    out += digits.substr(i, 3);
  }
  return negative ? "-" + out : out;
}

std::string money_text(long long minor_units, int exponent) {
  const long long scale = power_of_ten(exponent);
  const bool negative = minor_units < 0;
  const unsigned long long magnitude = negative
                                           ? 0ULL - static_cast<unsigned long long>(minor_units)
                                           : static_cast<unsigned long long>(minor_units);
  const auto whole = static_cast<long long>(magnitude / static_cast<unsigned long long>(scale));
  const auto fraction = static_cast<long long>(magnitude % static_cast<unsigned long long>(scale));
  std::string out = with_thousands(whole);
  if (fraction != 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, static_cast<std::size_t>(exponent) - digits.size(), '0');
    out += "." + digits;
  }
  return negative ? "-" + out : out;
}

std::string signed_money_text(long long minor_units, int exponent) {
  const std::string text = money_text(minor_units, exponent);
  return minor_units > 0 ? "+" + text : text;
}

std::string rounded_money(long long minor_units, int exponent) {
  const long long scale = power_of_ten(exponent);
  const double major = static_cast<double>(minor_units) / static_cast<double>(scale);
  const double size = major < 0 ? -major : major;
  if (size >= 1e9)
    return fmt::format("{:.2f} bn", major / 1e9);
  if (size >= 1e6)
    return fmt::format("{:.1f} m", major / 1e6);
  // Whole units, rounded half away from zero.
  const long long whole = (minor_units + (minor_units < 0 ? -scale / 2 : scale / 2)) / scale;
  return with_thousands(whole);
}

std::string percent(double fraction) {
  return fmt::format("{:.1f}%", std::round(fraction * 1000.0) / 10.0 + 0.0);
}

std::string one_decimal(double value) {
  return fmt::format("{:.1f}", tenths(value));
}

std::string counted(long long count, std::string_view one, std::string_view many) {
  return with_thousands(count) + " " + std::string(count == 1 ? one : many);
}

}  // namespace appmix::base
