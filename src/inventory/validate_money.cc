// Money, horizon_years and the currency: exact decimals, never doubles.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>

#include "inventory/validate.h"

namespace appmix::inventory {
namespace {

// The largest amount one money field may hold, in major units. It keeps every
// sum and horizon product of a large inventory far inside int64.
constexpr std::int64_t kMaxMajorUnits = 1'000'000'000'000;
constexpr std::string_view kMaxMajorText = "1000000000000";
constexpr int kMaxHorizonDecimals = 6;
constexpr std::int64_t kMaxHorizonYears = 100;

std::int64_t power_of_ten(int exponent) {
  std::int64_t result = 1;
  for (int i = 0; i < exponent; ++i)
    result *= 10;
  return result;
}

std::string decimals_text(int count) {
  if (count == 0)
    return "no minor unit";
  return fmt::format("{} decimal{}", count, count == 1 ? "" : "s");
}

}  // namespace

std::optional<std::int64_t> read_money(const Node& node, std::string_view what,
                                       const MoneyUnit& unit, base::Diagnostics& out) {
  auto number = read_number_text(node, what, "invalid-money", out);
  if (!number)
    return std::nullopt;
  if (number->negative) {
    out.push_back(
        base::make_diagnostic("out-of-range", node.location,
                              fmt::format("{} must not be negative: {}", what, node.text)));
    return std::nullopt;
  }
  if (number->whole.size() > kMaxMajorText.size() ||
      (number->whole.size() == kMaxMajorText.size() &&
       (number->whole > kMaxMajorText ||
        (number->whole == kMaxMajorText &&
         number->fraction.find_first_not_of('0') != std::string::npos)))) {
    out.push_back(base::make_diagnostic(
        "out-of-range", node.location,
        fmt::format("{} is too large: {} (at most {})", what, node.text, kMaxMajorText)));
    return std::nullopt;
  }
  if (!unit.exponent)
    return std::nullopt;  // the currency is already reported
  const int exponent = *unit.exponent;
  const int decimals = static_cast<int>(number->fraction.size());
  if (decimals > exponent) {
    auto diagnostic = base::make_diagnostic(
        "invalid-money", node.location,
        fmt::format("{} has {} but {} has {}: '{}'", what, decimals_text(decimals), unit.currency,
                    decimals_text(exponent), node.text));
    diagnostic.help =
        exponent == 0
            ? fmt::format("Write a whole amount: {} has no minor unit.", unit.currency)
            : fmt::format("Write at most {} after the decimal point.", decimals_text(exponent));
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  std::string fraction = number->fraction;
  fraction.append(static_cast<std::size_t>(exponent - decimals), '0');
  const std::int64_t whole = std::stoll(number->whole);
  const std::int64_t minor = fraction.empty() ? 0 : std::stoll(fraction);
  static_assert(kMaxMajorUnits < std::numeric_limits<std::int64_t>::max() / 100'000);
  return whole * power_of_ten(exponent) + minor;
}

std::optional<Decimal> read_horizon(const Node& node, std::string_view what,
                                    base::Diagnostics& out) {
  auto number = read_number_text(node, what, "invalid-number", out);
  if (!number)
    return std::nullopt;
  const bool zero =
      number->whole == "0" && number->fraction.find_first_not_of('0') == std::string::npos;
  const bool too_large = number->whole.size() > 3 || std::stoll(number->whole) > kMaxHorizonYears ||
                         (std::stoll(number->whole) == kMaxHorizonYears &&
                          number->fraction.find_first_not_of('0') != std::string::npos);
  if (number->negative || zero || too_large) {
    out.push_back(
        base::make_diagnostic("out-of-range", node.location,
                              fmt::format("{} must be greater than 0 and at most {}, not {}", what,
                                          kMaxHorizonYears, node.text)));
    return std::nullopt;
  }
  if (number->fraction.size() > static_cast<std::size_t>(kMaxHorizonDecimals)) {
    out.push_back(base::make_diagnostic(
        "invalid-number", node.location,
        fmt::format("{} has more than {} decimals: '{}'", what, kMaxHorizonDecimals, node.text)));
    return std::nullopt;
  }
  Decimal value;
  value.scale = static_cast<int>(number->fraction.size());
  value.units = std::stoll(number->whole + number->fraction);
  return value;
}

std::optional<Decimal> read_rate(const Node& node, std::string_view what, base::Diagnostics& out) {
  auto number = read_number_text(node, what, "invalid-number", out);
  if (!number)
    return std::nullopt;
  const bool above_one = number->whole.find_first_not_of('0') != std::string::npos &&
                         (number->whole.size() > 1 || number->whole != "1" ||
                          number->fraction.find_first_not_of('0') != std::string::npos);
  if (number->negative || above_one) {
    auto diagnostic = base::make_diagnostic(
        "out-of-range", node.location,
        fmt::format("{} must be at least 0 and at most 1 (100 % a year), not {}", what, node.text));
    if (!number->negative)
      diagnostic.help = "A rate is a fraction of one: write 0.08 for 8 % a year.";
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  if (number->fraction.size() > static_cast<std::size_t>(kMaxHorizonDecimals)) {
    out.push_back(base::make_diagnostic(
        "invalid-number", node.location,
        fmt::format("{} has more than {} decimals: '{}'", what, kMaxHorizonDecimals, node.text)));
    return std::nullopt;
  }
  Decimal value;
  value.scale = static_cast<int>(number->fraction.size());
  value.units = std::stoll(number->whole + number->fraction);
  return value;
}

std::optional<std::string> read_currency(const Node& node, base::Diagnostics& out) {
  auto text = read_string(node, "'currency'", out);
  if (!text)
    return std::nullopt;
  if (currency_exponent(*text))
    return text;
  std::optional<std::string> suggestion;
  std::string upper = *text;
  for (char& c : upper)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kNames = {{
      {"€", "EUR"},
      {"$", "USD"},
      {"£", "GBP"},
      {"¥", "JPY"},
      {"EURO", "EUR"},
      {"EUROS", "EUR"},
      {"DOLLAR", "USD"},
      {"POUND", "GBP"},
  }};
  if (currency_exponent(upper)) {
    suggestion = upper;
  } else {
    for (const auto& [name, code] : kNames) {
      if (upper == name)
        suggestion = std::string(code);
    }
  }
  // ISO 4217 codes that money.cc leaves out on purpose: calling them "not
  // ISO 4217" would be wrong.
  static constexpr std::array<std::string_view, 13> kExcluded = {
      "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"};
  const bool excluded = std::find(kExcluded.begin(), kExcluded.end(), *text) != kExcluded.end();
  std::string message =
      excluded ? fmt::format(
                     "currency '{}' is not a currency appmix accepts (precious metals, "
                     "units of account and testing codes are excluded)",
                     *text)
               : fmt::format("currency '{}' is not an ISO 4217 code", *text);
  if (suggestion)
    message += fmt::format(" (did you mean '{}'?)", *suggestion);
  out.push_back(base::make_diagnostic("invalid-currency", node.location, std::move(message)));
  return std::nullopt;
}

}  // namespace appmix::inventory
