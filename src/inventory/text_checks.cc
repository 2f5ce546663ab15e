#include "inventory/text_checks.h"

#include <fmt/format.h>

#include <cstdint>
#include <vector>

namespace appmix::inventory {
namespace {

using base::Location;
using base::make_diagnostic;

// Line (1-based) and code-point column (1-based) of byte `offset`. Columns
// on line 1 do not count a byte-order mark, as editors do not show it.
// Bytes before `offset` must be valid UTF-8 (callers report the first bad
// byte, so everything before it is valid).
Location location_of(std::string_view file, std::string_view bytes, std::size_t offset) {
  int line = 1;
  std::size_t line_start = bom_length(bytes);
  for (std::size_t i = line_start; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return Location{std::string(file), line,
                  code_point_column(bytes.substr(line_start), offset - line_start)};
}

// Length of the valid UTF-8 sequence at bytes[i], or 0 when it is invalid
// (stray continuation, overlong form, surrogate, above U+10FFFF, truncated).
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80)
    return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0)
      low = 0xA0;  // overlong
    if (lead == 0xED)
      high = 0x9F;  // UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0)
      low = 0x90;  // overlong
    if (lead == 0xF4)
      high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > bytes.size())
    return 0;
  if (byte(i + 1) < low || byte(i + 1) > high)
    return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
      return 0;
  }
  return length;
}

bool is_blank_line_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r')
      continue;
    return c == '#';
  }
  return true;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0)
      return false;
    i += length;
  }
  return true;
}

std::size_t bom_length(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

int code_point_column(std::string_view line, std::size_t byte_column) {
  int column = 1;
  for (std::size_t i = 0; i < byte_column && i < line.size(); ++i) {
    // Continuation bytes (10xxxxxx) do not start a code point.
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
      ++column;
  }
  // Past the end of the line (a mark on the line break): one column per byte.
  if (byte_column > line.size())
    column += static_cast<int>(byte_column - line.size());
  return column;
}

bool check_binary(std::string_view file, std::string_view bytes, base::Diagnostics& out) {
  // UTF-16 and UTF-32 text is full of NUL bytes; say what it is rather than "binary".
  const std::string_view head = bytes.substr(0, 4);
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF" ||
      head == std::string_view("\x00\x00\xFE\xFF", 4)) {
    out.push_back(make_diagnostic("invalid-utf8", Location{std::string(file), 1, 1},
                                  "the file is UTF-16 or UTF-32 (it starts with a byte-order "
                                  "mark of that encoding), not UTF-8"));
    return true;
  }
  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    // The column is approximate when the bytes before are not UTF-8, so the
    // message names the byte offset too.
    out.push_back(make_diagnostic(
        "binary-file", location_of(file, bytes, nul),
        fmt::format("the file is not text: it contains a NUL byte (at byte offset {})", nul)));
    return true;
  }
  return false;
}

bool check_utf8(std::string_view file, std::string_view bytes, base::Diagnostics& out) {
  std::size_t i = bom_length(bytes);
  while (i < bytes.size()) {
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length == 0) {
      // The byte itself is never echoed (it would garble terminals and
      // JSON); its value in hex is safe and helps find it.
      out.push_back(make_diagnostic(
          "invalid-utf8", location_of(file, bytes, i),
          fmt::format("invalid UTF-8 byte 0x{:02X}",
                      static_cast<unsigned>(static_cast<unsigned char>(bytes[i])))));
      return true;
    }
    i += length;
  }
  return false;
}

bool check_empty(std::string_view file, std::string_view bytes, base::Diagnostics& out) {
  std::string_view rest = bytes.substr(bom_length(bytes));
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    if (!is_blank_line_or_comment(line))
      return false;
    if (end == std::string_view::npos)
      break;
    rest.remove_prefix(end + 1);
  }
  out.push_back(make_diagnostic(
      "empty-file", Location{std::string(file), 0, 0},
      bytes.empty() ? "the file is empty" : "the file holds only blank lines and comments"));
  return true;
}

base::Diagnostics check_text(std::string_view file, std::string_view bytes) {
  base::Diagnostics out;
  if (check_binary(file, bytes, out))
    return out;
  if (check_utf8(file, bytes, out))
    return out;
  if (check_empty(file, bytes, out))
    return out;
  check_nesting(file, bytes, out);
  return out;
}

}  // namespace appmix::inventory
