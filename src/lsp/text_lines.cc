#include "lsp/text_lines.h"

#include <algorithm>

namespace appmix::lsp {

Utf8Step utf8_step(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 1;
  if (lead >= 0xC2 && lead <= 0xDF)
    length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    length = 3;
  else if (lead >= 0xF0 && lead <= 0xF4)
    length = 4;
  if (length == 1 || at + length > text.size())
    return {1, 1};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80)
      return {1, 1};
  }
  // Overlong three- and four-byte forms and surrogates are not valid UTF-8.
  const unsigned char second = byte(at + 1);
  if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) ||
      (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90))
    return {1, 1};
  return {length, length == 4 ? 2 : 1};
}

TextLines::TextLines(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\n')
      line_starts_.push_back(at + 1);
  }
}

std::string_view TextLines::line(int line) const {
  if (line < 0 || line >= line_count())
    return {};
  const std::size_t start = line_starts_[static_cast<std::size_t>(line)];
  const std::size_t end = static_cast<std::size_t>(line) + 1 < line_starts_.size()
                              ? line_starts_[static_cast<std::size_t>(line) + 1] - 1
                              : text_.size();
  return text_.substr(start, end - start);
}

Position TextLines::position_of_code_point(int line, int column) const {
  if (line <= 0)
    return {0, 0};
  const int index = std::min(line - 1, line_count() - 1);
  const std::string_view bytes = this->line(index);
  int units = 0;
  std::size_t at = 0;
  for (int point = 1; point < column && at < bytes.size(); ++point) {
    const Utf8Step step = utf8_step(bytes, at);
    at += step.bytes;
    units += step.utf16_units;
  }
  return {index, units};
}

int TextLines::code_point_column(Position position) const {
  const std::string_view bytes = line(position.line);
  int units = 0;
  int column = 1;
  for (std::size_t at = 0; at < bytes.size();) {
    const Utf8Step step = utf8_step(bytes, at);
    if (units + step.utf16_units > position.character)
      break;
    units += step.utf16_units;
    at += step.bytes;
    ++column;
  }
  return column;
}

std::size_t TextLines::byte_offset(Position position) const {
  if (position.line < 0)
    return 0;
  if (position.line >= line_count())
    return text_.size();
  const std::string_view bytes = line(position.line);
  int units = 0;
  std::size_t at = 0;
  while (at < bytes.size()) {
    const Utf8Step step = utf8_step(bytes, at);
    if (units + step.utf16_units > position.character)
      break;
    units += step.utf16_units;
    at += step.bytes;
  }
  return line_starts_[static_cast<std::size_t>(position.line)] + at;
}

Position TextLines::position_of_byte(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const int index = static_cast<int>(after - line_starts_.begin()) - 1;
  const std::size_t start = line_starts_[static_cast<std::size_t>(index)];
  int units = 0;
  for (std::size_t at = start; at < offset;) {
    const Utf8Step step = utf8_step(text_, at);
    at += step.bytes;
    units += step.utf16_units;
  }
  return {index, units};
}

}  // namespace appmix::lsp
