#include "inventory/invalid_escape.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace appmix::inventory {

InvalidEscape describe_invalid_escape(std::string_view line, std::size_t after,
                                      std::uint64_t code) {
  after = std::min(after, line.size());
  InvalidEscape escape;
  const std::size_t backslash = line.substr(0, after).rfind('\\');
  escape.byte_column = backslash == std::string_view::npos ? after : backslash;
  escape.message = fmt::format(
      "the escape for U+{:04X} is not a Unicode character (a lone surrogate half, or beyond "
      "U+10FFFF); write the character itself",
      code);
  // A JSON habit: a character beyond U+FFFF as a UTF-16 surrogate pair. YAML
  // escapes are code points, so name the one escape that works.
  const std::string_view rest = line.substr(after);
  unsigned low = 0;
  if (code >= 0xD800 && code <= 0xDBFF && rest.size() >= 6 && rest.starts_with("\\u") &&
      std::from_chars(rest.data() + 2, rest.data() + 6, low, 16).ptr == rest.data() + 6 &&
      low >= 0xDC00 && low <= 0xDFFF) {
    const std::uint64_t joined = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    escape.message = fmt::format(
        "a UTF-16 surrogate pair is not a YAML escape; write \\U{:08X} or the character itself",
        joined);
  }
  return escape;
}

}  // namespace appmix::inventory
