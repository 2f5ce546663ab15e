// Dates: YYYY-MM-DD, and the day must exist.
#include <fmt/format.h>

#include <array>

#include "base/calendar.h"
#include "inventory/validate.h"

namespace appmix::inventory {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool digits_at(std::string_view text, std::size_t from, std::size_t count) {
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9')
      return false;
  }
  return true;
}

int number_at(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i)
    value = value * 10 + (text[i] - '0');
  return value;
}

// "31.03.2027" or "31/03/2027" (day first, as most of the world writes it):
// the suggestion reorders it.
std::optional<std::string> reorder_day_first(std::string_view text) {
  if (text.size() != 10 || !(text[2] == '.' || text[2] == '/') || text[5] != text[2]) {
    return std::nullopt;
  }
  if (!digits_at(text, 0, 2) || !digits_at(text, 3, 2) || !digits_at(text, 6, 4)) {
    return std::nullopt;
  }
  return fmt::format("{}-{}-{}", text.substr(6, 4), text.substr(3, 2), text.substr(0, 2));
}

}  // namespace

std::optional<Date> read_date(const Node& node, std::string_view what, base::Diagnostics& out) {
  if (!node.is_scalar()) {
    out.push_back(base::make_diagnostic(
        "wrong-type", node.location,
        fmt::format("{} must be a date YYYY-MM-DD, not {}", what, describe_node(node))));
    return std::nullopt;
  }
  const std::string_view text = node.text;
  const bool shaped = text.size() == 10 && digits_at(text, 0, 4) && text[4] == '-' &&
                      digits_at(text, 5, 2) && text[7] == '-' && digits_at(text, 8, 2);
  if (!shaped) {
    std::string message =
        fmt::format("{} is not a date in the form YYYY-MM-DD: '{}'", what, node.text);
    if (auto reordered = reorder_day_first(text)) {
      message += fmt::format(" (did you mean {}?)", *reordered);
    }
    out.push_back(base::make_diagnostic("invalid-date", node.location, std::move(message)));
    return std::nullopt;
  }
  Date date;
  date.year = number_at(text, 0, 4);
  date.month = number_at(text, 5, 2);
  date.day = number_at(text, 8, 2);
  date.location = node.location;
  std::string reason;
  if (date.year == 0) {
    reason = "there is no year 0000";
  } else if (date.month < 1 || date.month > 12) {
    reason = fmt::format("there is no month {:02}", date.month);
  } else if (date.day < 1 || date.day > base::days_in_month(date.year, date.month)) {
    reason = fmt::format("{} {} has {} days", kMonths[static_cast<std::size_t>(date.month - 1)],
                         date.year, base::days_in_month(date.year, date.month));
  }
  if (!reason.empty()) {
    out.push_back(base::make_diagnostic(
        "invalid-date", node.location,
        fmt::format("{} is not a real date: {} ({})", what, node.text, reason)));
    return std::nullopt;
  }
  return date;
}

}  // namespace appmix::inventory
