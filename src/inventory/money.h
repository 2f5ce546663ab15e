// Exact money and decimal arithmetic for the inventory: ISO 4217 codes and
// their minor-unit exponents, decimals as written (`2.5` years), and the one
// rounding rule of the format. No doubles touch money. This header knows
// nothing of YAML or of which costs an inventory has.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace appmix::inventory {

// The exact value units / 10^scale, for example horizon_years 2.5 = {25, 1}.
struct Decimal {
  std::int64_t units = 0;
  int scale = 0;  // 0..18

  double to_double() const;
  std::string to_string() const;  // "2.5", "3"; as few decimals as needed

  // Equal values compare equal whatever the scale (3 == 3.0).
  friend bool operator==(const Decimal& a, const Decimal& b);
};

// The minor-unit exponent of a current ISO 4217 currency code (2 for EUR,
// 0 for JPY, 3 for KWD), or nullopt when `code` is not one.
std::optional<int> currency_exponent(std::string_view code);

// amount * factor, rounded to the minor unit half away from zero (the
// format's rule for `cost.annual * horizon_years`). Computed in 128 bits;
// the result saturates at the int64 range (never reached with the loader's
// limits on amounts and horizons).
std::int64_t multiply_rounded(std::int64_t amount, Decimal factor);

// Minor units as a major-unit decimal: (120050, 2) -> "1200.50",
// (-5, 2) -> "-0.05", (1200, 0) -> "1200".
std::string format_minor_units(std::int64_t amount, int exponent);

}  // namespace appmix::inventory
