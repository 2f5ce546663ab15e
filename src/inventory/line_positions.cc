#include "inventory/line_positions.h"

#include <algorithm>

#include "inventory/text_checks.h"

namespace appmix::inventory {
namespace {

// Length of the UTF-8 sequence that starts with `lead` (the text is valid).
std::size_t sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace

LinePositions::LinePositions(std::string_view file, std::string_view bytes)
    : file_(file), bytes_(bytes), bom_(bom_length(bytes)) {
  line_starts_.push_back(0);
  line_start_index_.push_back(0);
  std::size_t index = 0;
  for (std::size_t i = bom_; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    // Continuation bytes (10xxxxxx) do not start a code point.
    if ((byte & 0xC0) != 0x80)
      ++index;
    if (byte == '\n') {
      line_starts_.push_back(i + 1);
      line_start_index_.push_back(index);
    }
  }
  cursor_byte_ = bom_;
}

void LinePositions::seek(std::size_t index) {
  if (index < cursor_index_) {
    const auto after = std::upper_bound(line_start_index_.begin(), line_start_index_.end(), index);
    cursor_line_ = static_cast<std::size_t>(after - line_start_index_.begin()) - 1;
    cursor_index_ = line_start_index_[cursor_line_];
    cursor_byte_ = std::max(line_starts_[cursor_line_], bom_);
  }
  while (cursor_index_ < index && cursor_byte_ < bytes_.size()) {
    const auto lead = static_cast<unsigned char>(bytes_[cursor_byte_]);
    cursor_byte_ = std::min(bytes_.size(), cursor_byte_ + sequence_length(lead));
    ++cursor_index_;
    if (lead == '\n')
      ++cursor_line_;
  }
}

std::pair<int, int> LinePositions::line_column(std::size_t index) {
  seek(index);
  // Past the end of the text, cursor_index_ stops short of `index`.
  const std::size_t column = index - line_start_index_[cursor_line_] + 1;
  return {static_cast<int>(cursor_line_ + 1), static_cast<int>(column)};
}

base::Location LinePositions::at(std::size_t index) {
  const auto [line, column] = line_column(index);
  return base::Location{file_, line, column};
}

std::size_t LinePositions::byte_offset(std::size_t index) {
  seek(index);
  return cursor_byte_;
}

base::Location LinePositions::at_byte(std::size_t offset) const {
  offset = std::min(offset, bytes_.size());
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::size_t>(after - line_starts_.begin()) - 1;
  const std::size_t start = std::max(line_starts_[line], bom_);
  const int column =
      offset < start ? 1 : code_point_column(bytes_.substr(start, offset - start), offset - start);
  return base::Location{file_, static_cast<int>(line + 1), column};
}

}  // namespace appmix::inventory
