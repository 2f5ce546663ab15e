// Words for an escape in a double-quoted YAML string that names no Unicode
// character ("\uD800", "\U00110000"): libyaml rejects those with a bare
// "found invalid Unicode character escape code" at the escape's digits. This
// file finds the escape's backslash and says what to write instead; it knows
// the line's text, not libyaml.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace appmix::inventory {

struct InvalidEscape {
  std::size_t byte_column = 0;  // 0-based byte offset of the escape's backslash in the line
  std::string message;
};

// `line` is the whole line, `after` the byte offset just past the escape,
// `code` the value the escape gave.
InvalidEscape describe_invalid_escape(std::string_view line, std::size_t after, std::uint64_t code);

}  // namespace appmix::inventory
