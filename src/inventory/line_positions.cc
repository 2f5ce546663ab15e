#include "inventory/line_positions.h"

#include <algorithm>

#include "inventory/text_checks.h"

namespace appmix::inventory {

LinePositions::LinePositions(std::string_view file, std::string_view bytes)
    : file_(file), bytes_(bytes) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n')
      line_starts_.push_back(i + 1);
  }
}

std::string_view LinePositions::line_text(std::size_t line) const {
  std::size_t start = line_starts_[line];
  if (line == 0)
    start += bom_length(bytes_);
  std::size_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] - 1 : bytes_.size();
  end = std::max(start, end);
  return bytes_.substr(start, end - start);
}

base::Location LinePositions::at(int line, int byte_column) {
  const auto [line_number, column] = line_column(line, byte_column);
  return base::Location{file_, line_number, column};
}

std::pair<int, int> LinePositions::line_column(int line, int byte_column) {
  if (line < 0 || byte_column < 0)
    return {0, 0};
  const auto index = static_cast<std::size_t>(line);
  if (index >= line_starts_.size())
    return {line + 1, 0};
  const std::string_view text = line_text(index);
  const auto byte = static_cast<std::size_t>(byte_column);
  if (index != cursor_line_ || byte < cursor_byte_) {
    cursor_line_ = index;
    cursor_byte_ = 0;
    cursor_column_ = 1;
  }
  // code_point_column counts one column per byte past the end of the line.
  const std::string_view rest = text.substr(std::min(cursor_byte_, text.size()));
  cursor_column_ += code_point_column(rest, byte - cursor_byte_) - 1;
  cursor_byte_ = byte;
  return {line + 1, cursor_column_};
}

std::string_view LinePositions::text_at(int line, int byte_column) const {
  if (line < 0 || byte_column < 0)
    return {};
  const auto index = static_cast<std::size_t>(line);
  if (index >= line_starts_.size())
    return {};
  const std::string_view text = line_text(index);
  const auto byte = static_cast<std::size_t>(byte_column);
  return byte < text.size() ? text.substr(byte) : std::string_view{};
}

}  // namespace appmix::inventory
