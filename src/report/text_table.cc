#include "report/text_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

namespace appmix::report {

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(std::max(cells.size(), columns_.size()));
  rows_.push_back(std::move(cells));
}

std::string TextTable::render(int indent, int gap) const {
  const bool has_header = std::any_of(columns_.begin(), columns_.end(),
                                      [](const TableColumn& c) { return !c.header.empty(); });
  std::vector<std::size_t> widths(columns_.size(), 0);
  const auto measure = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < columns_.size(); ++c)
      widths[c] = std::max(widths[c], display_width(cells[c]));
  };
  std::vector<std::string> header;
  for (const TableColumn& column : columns_)
    header.push_back(column.header);
  if (has_header)
    measure(header);
  for (const auto& row : rows_)
    measure(row);

  std::string out;
  const auto line = [&](const std::vector<std::string>& cells) {
    std::string text(indent, ' ');
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const std::size_t padding = widths[c] - display_width(cells[c]);
      if (c > 0)
        text.append(gap, ' ');
      if (columns_[c].align == Align::right)
        text.append(padding, ' ');
      text += cells[c];
      if (columns_[c].align == Align::left)
        text.append(padding, ' ');
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out += text;
    out += '\n';
  };
  if (has_header)
    line(header);
  for (const auto& row : rows_)
    line(row);
  return out;
}

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

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
  long long scale = 1;
  for (int i = 0; i < exponent; ++i)
    scale *= 10;
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

std::string rounded_money(long long minor_units, int exponent) {
  long long scale = 1;
  for (int i = 0; i < exponent; ++i)
    scale *= 10;
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

}  // namespace appmix::report
