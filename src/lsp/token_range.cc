#include "lsp/token_range.h"

namespace appmix::lsp {

std::size_t token_length(std::string_view line, std::size_t at) {
  if (at >= line.size())
    return 0;
  const char first = line[at];
  if (first == '"' || first == '\'') {
    for (std::size_t end = at + 1; end < line.size(); ++end) {
      if (first == '"' && line[end] == '\\') {
        ++end;
        continue;
      }
      if (line[end] == first)
        return end + 1 - at;
    }
    return line.size() - at;
  }
  if (first == '[' || first == '{') {
    int depth = 0;
    for (std::size_t end = at; end < line.size(); ++end) {
      if (line[end] == '[' || line[end] == '{')
        ++depth;
      else if ((line[end] == ']' || line[end] == '}') && --depth == 0)
        return end + 1 - at;
    }
    return line.size() - at;
  }
  std::size_t end = at;
  while (end < line.size()) {
    const char c = line[end];
    if (c == ',' || c == ']' || c == '}' || c == '\r')
      break;
    if (c == '#' && end > at && line[end - 1] == ' ')
      break;
    if (c == ':' && (end + 1 == line.size() || line[end + 1] == ' '))
      break;
    ++end;
  }
  while (end > at && line[end - 1] == ' ')
    --end;
  return end == at ? 1 : end - at;
}

Range range_of(const TextLines& lines, int line, int column, base::Span span) {
  const Position start = lines.position_of_code_point(line, column);
  const std::string_view text = lines.line(start.line);
  const std::size_t line_start = lines.byte_offset({start.line, 0});
  const std::size_t at = lines.byte_offset(start) - line_start;
  std::size_t end = at;
  switch (span) {
    case base::Span::token:
      end = at + token_length(text, at);
      break;
    case base::Span::character:
      end = at < text.size() ? at + utf8_step(text, at).bytes : at;
      break;
    case base::Span::rest_of_line:
      end = text.size();
      while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\r'))
        --end;
      break;
  }
  if (column == 0)
    end = text.size();
  return {start, lines.position_of_byte(line_start + std::min(end, text.size()))};
}

}  // namespace appmix::lsp
