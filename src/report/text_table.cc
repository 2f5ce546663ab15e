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

}  // namespace appmix::report
