// Plain decimal numbers and whole numbers, with a suggested fix for the
// usual mistakes ("1,000", "€1000", "1e3", "0x10", "+5", ".5").
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <vector>

#include "inventory/validate.h"

namespace appmix::inventory {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?
std::optional<PlainNumber> parse_plain(std::string_view text) {
  PlainNumber number;
  if (!text.empty() && text.front() == '-') {
    number.negative = true;
    text.remove_prefix(1);
  }
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  if (!all_digits(whole) || (whole.size() > 1 && whole.front() == '0'))
    return std::nullopt;
  number.whole = std::string(whole);
  if (point != std::string_view::npos) {
    const std::string_view fraction = text.substr(point + 1);
    if (!all_digits(fraction))
      return std::nullopt;
    number.fraction = std::string(fraction);
  }
  return number;
}

std::string to_text(const PlainNumber& number) {
  std::string text = number.negative ? "-" + number.whole : number.whole;
  if (!number.fraction.empty())
    text += "." + number.fraction;
  return text;
}

// Digits with the decimal point moved `shift` places right, as plain text.
std::optional<std::string> shift_point(std::string_view mantissa, long shift) {
  bool negative = false;
  if (!mantissa.empty() && (mantissa.front() == '-' || mantissa.front() == '+')) {
    negative = mantissa.front() == '-';
    mantissa.remove_prefix(1);
  }
  const auto point = mantissa.find('.');
  std::string digits(mantissa.substr(0, point));
  if (point != std::string_view::npos)
    digits += mantissa.substr(point + 1);
  if (!all_digits(digits) || shift < -20 || shift > 20)
    return std::nullopt;
  long position =
      static_cast<long>(point == std::string_view::npos ? mantissa.size() : point) + shift;
  if (position <= 0) {
    digits.insert(0, static_cast<std::size_t>(1 - position), '0');
    position = 1;
  }
  if (position > static_cast<long>(digits.size()))
    digits.append(position - digits.size(), '0');
  std::string whole = digits.substr(0, position);
  std::string fraction = digits.substr(position);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  while (!fraction.empty() && fraction.back() == '0')
    fraction.pop_back();
  PlainNumber number{negative, whole, fraction};
  return to_text(number);
}

std::optional<std::string> from_base(std::string_view digits, int base) {
  if (digits.empty() || digits.size() > 15)
    return std::nullopt;
  std::uint64_t value = 0;
  for (char c : digits) {
    const int digit = std::isdigit(static_cast<unsigned char>(c))
                          ? c - '0'
                          : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
    if (digit < 0 || digit >= base)
      return std::nullopt;
    value = value * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(digit);
  }
  return std::to_string(value);
}

// Removes currency symbols and codes, spaces and digit-group marks, and
// settles which of ',' and '.' is the decimal mark. Sets `what` to the main
// thing that was wrong.
std::optional<std::string> strip_decorations(std::string_view text, std::string& what) {
  static constexpr std::array<std::string_view, 5> kSymbols = {"€", "$", "£", "¥", "₹"};
  // No-break and thin spaces, used as digit-group marks.
  static constexpr std::array<std::string_view, 3> kSpaces = {"\u00a0", "\u202f", "\u2009"};
  std::string rest(text);
  bool symbol = false;
  // Each mark becomes a space (trimmed or read as a group mark below).
  auto erase_all = [&rest](std::string_view mark) {
    std::string kept;
    bool found = false;
    for (std::size_t at = 0; at < rest.size();) {
      if (std::string_view(rest).substr(at, mark.size()) == mark) {
        kept.push_back(' ');
        at += mark.size();
        found = true;
      } else {
        kept.push_back(rest[at++]);
      }
    }
    rest = std::move(kept);
    return found;
  };
  for (std::string_view mark : kSymbols)
    symbol = erase_all(mark) || symbol;
  for (std::string_view mark : kSpaces)
    erase_all(mark);
  // A three-letter code before or after the number: "EUR 1000", "1000 usd".
  auto trim = [](std::string& s) {
    while (!s.empty() && s.front() == ' ')
      s.erase(0, 1);
    while (!s.empty() && s.back() == ' ')
      s.pop_back();
  };
  trim(rest);
  // Upper case ("1000EUR") or set apart by a space ("1000 usd"), so that
  // "12abc" is not read as an amount.
  auto is_code = [](std::string_view s, bool spaced) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [spaced](char c) {
             return spaced ? std::isalpha(static_cast<unsigned char>(c)) != 0
                           : (c >= 'A' && c <= 'Z');
           });
  };
  if (rest.size() > 3 && is_code(std::string_view(rest).substr(0, 3), rest[3] == ' ')) {
    rest.erase(0, 3);
    symbol = true;
  } else if (rest.size() > 3 && is_code(std::string_view(rest).substr(rest.size() - 3),
                                        rest[rest.size() - 4] == ' ')) {
    rest.erase(rest.size() - 3);
    symbol = true;
  }
  trim(rest);
  bool grouped = false;
  std::string compact;
  for (char c : rest) {
    if (c == ' ' || c == '_' || c == '\'') {
      grouped = true;
    } else {
      compact.push_back(c);
    }
  }
  const auto last_comma = compact.rfind(',');
  const auto last_point = compact.rfind('.');
  bool decimal_comma = false;
  if (last_comma != std::string::npos) {
    const bool comma_is_decimal = last_point != std::string::npos
                                      ? last_comma > last_point
                                      : std::count(compact.begin(), compact.end(), ',') == 1 &&
                                            compact.size() - last_comma - 1 != 3;
    if (comma_is_decimal) {
      compact.erase(std::remove(compact.begin(), compact.begin() + last_comma, '.'),
                    compact.begin() + last_comma);
      std::replace(compact.begin(), compact.end(), ',', '.');
      decimal_comma = true;
      grouped = grouped || last_point != std::string::npos;
    } else {
      compact.erase(std::remove(compact.begin(), compact.end(), ','), compact.end());
      grouped = true;
    }
  } else if (std::count(compact.begin(), compact.end(), '.') > 1) {
    compact.erase(std::remove(compact.begin(), compact.end(), '.'), compact.end());
    grouped = true;
  }
  if (!parse_plain(compact))
    return std::nullopt;
  if (symbol) {
    what = "has a currency symbol or code";
  } else if (decimal_comma) {
    what = "uses a decimal comma";
  } else if (grouped) {
    what = "has thousands separators";
  } else {
    return std::nullopt;
  }
  return compact;
}
}  // namespace

NumberReading read_plain_number(std::string_view text) {
  NumberReading reading;
  if (auto number = parse_plain(text)) {
    reading.number = std::move(number);
    reading.numeric = true;
    return reading;
  }
  const std::string folded = ascii_lower(text);
  std::string_view unsigned_text = folded;
  if (!unsigned_text.empty() && (unsigned_text.front() == '-' || unsigned_text.front() == '+')) {
    unsigned_text.remove_prefix(1);
  }
  reading.numeric = true;
  if (unsigned_text == ".nan" || unsigned_text == "nan") {
    reading.problem = "is not a number (NaN)";
    return reading;
  }
  if (unsigned_text == ".inf" || unsigned_text == "inf" || unsigned_text == "infinity") {
    reading.problem = "is infinite";
    return reading;
  }
  if (std::none_of(text.begin(), text.end(), is_digit)) {
    reading.numeric = false;
    reading.problem = "is not a number";
    return reading;
  }
  const std::string_view sign = text.front() == '-' ? "-" : "";
  if (text.front() == '+') {
    reading.problem = "has a '+' sign";
    if (parse_plain(text.substr(1)))
      reading.suggestion = std::string(text.substr(1));
    return reading;
  }
  const std::string_view body = unsigned_text;
  if (body.starts_with("0x") || body.starts_with("0o") || body.starts_with("0b")) {
    const int base = body[1] == 'x' ? 16 : body[1] == 'o' ? 8 : 2;
    reading.problem = base == 16 ? "is hexadecimal" : base == 8 ? "is octal" : "is binary";
    if (auto value = from_base(body.substr(2), base)) {
      reading.suggestion = std::string(sign) + *value;
    }
    return reading;
  }
  if (const auto e = body.find('e'); e != std::string_view::npos && e > 0) {
    const std::string_view exponent = body.substr(e + 1);
    const std::string_view digits =
        exponent.starts_with('-') || exponent.starts_with('+') ? exponent.substr(1) : exponent;
    if (all_digits(digits) && digits.size() <= 3) {
      reading.problem = "uses exponent notation";
      const long shift = std::stol(std::string(digits)) * (exponent.starts_with('-') ? -1 : 1);
      if (auto value = shift_point(body.substr(0, e), shift)) {
        reading.suggestion = std::string(sign) + *value;
      }
      return reading;
    }
  }
  if (body.size() > 1 && body.front() == '0' && is_digit(body[1])) {
    reading.problem = "has a leading zero (YAML 1.1 reads it as octal)";
    if (auto value = shift_point(body, 0))
      reading.suggestion = std::string(sign) + *value;
    return reading;
  }
  if (body.front() == '.' && parse_plain("0" + std::string(body))) {
    reading.problem = "has no digit before the decimal point";
    reading.suggestion = std::string(sign) + "0" + std::string(body);
    return reading;
  }
  if (body.back() == '.' && parse_plain(body.substr(0, body.size() - 1))) {
    reading.problem = "ends with a decimal point";
    reading.suggestion = std::string(sign) + std::string(body.substr(0, body.size() - 1));
    return reading;
  }
  std::string what;
  if (auto plain = strip_decorations(text, what)) {
    reading.problem = what;
    reading.suggestion = std::move(plain);
    return reading;
  }
  reading.problem = "is not a plain number";
  return reading;
}

std::optional<PlainNumber> read_number_text(const Node& node, std::string_view what,
                                            std::string_view rule, base::Diagnostics& out) {
  if (!node.is_scalar()) {
    auto diagnostic = base::make_diagnostic(
        "wrong-type", node.location,
        fmt::format("{} must be a number, not {}", what, describe_node(node)));
    diagnostic.help = "Write a plain number here, such as 12 or 12.5.";
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  NumberReading reading = read_plain_number(node.text);
  if (reading.number) {
    if (node.text_tag) {
      out.push_back(base::make_diagnostic(
          "quoted-number", node.location,
          fmt::format("{} is a number tagged as text: !!str {} (write {} without the tag)", what,
                      node.text, node.text)));
    } else if (node.quoted) {
      out.push_back(base::make_diagnostic(
          "quoted-number", node.location,
          fmt::format("{} is a quoted number: \"{}\" (write {} without quotes)", what, node.text,
                      node.text)));
    }
    return std::move(reading.number);
  }
  if (!reading.numeric) {
    auto diagnostic = base::make_diagnostic(
        "wrong-type", node.location, fmt::format("{} must be a number, not '{}'", what, node.text));
    diagnostic.help = "Write a plain number here, such as 12 or 12.5.";
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  std::string message = fmt::format("{} {}: '{}'", what, reading.problem, node.text);
  auto diagnostic = base::make_diagnostic(rule, node.location, "");
  if (reading.suggestion) {
    message += fmt::format(" (did you mean {}?)", *reading.suggestion);
    diagnostic.help = fmt::format("Write {} instead of '{}'.", *reading.suggestion, node.text);
  }
  diagnostic.message = std::move(message);
  out.push_back(std::move(diagnostic));
  return std::nullopt;
}
std::optional<std::int64_t> read_integer(const Node& node, std::string_view what, std::int64_t min,
                                         std::int64_t max, base::Diagnostics& out) {
  auto number = read_number_text(node, what, "invalid-number", out);
  if (!number)
    return std::nullopt;
  if (!number->fraction.empty()) {
    std::string message = fmt::format("{} must be a whole number, not '{}'", what, node.text);
    if (number->fraction.find_first_not_of('0') == std::string::npos) {
      message += fmt::format(" (did you mean {}{}?)", number->negative ? "-" : "", number->whole);
    }
    out.push_back(base::make_diagnostic("invalid-number", node.location, std::move(message)));
    return std::nullopt;
  }
  const std::string range = max == std::numeric_limits<std::int64_t>::max()
                                ? fmt::format("at least {}", min)
                                : fmt::format("between {} and {}", min, max);
  if (number->whole.size() > 18) {  // beyond int64: too large (or too small) for any range
    // "at least 0" says nothing about a number that is too large; name the
    // reader's own limit instead.
    const bool unbounded = !number->negative && max == std::numeric_limits<std::int64_t>::max();
    const std::string limit =
        unbounded ? "appmix reads whole numbers of up to 18 digits" : "it must be " + range;
    out.push_back(
        base::make_diagnostic("out-of-range", node.location,
                              fmt::format("{} is too {}: {} ({})", what,
                                          number->negative ? "small" : "large", node.text, limit)));
    return std::nullopt;
  }
  std::int64_t value = std::stoll(number->whole);
  if (number->negative)
    value = -value;
  if (value < min || value > max) {
    auto diagnostic = base::make_diagnostic(
        "out-of-range", node.location, fmt::format("{} must be {}, not {}", what, range, value));
    diagnostic.help = fmt::format("Write a whole number {}.", range);
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  return value;
}
}  // namespace appmix::inventory
