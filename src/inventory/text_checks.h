// Checks on the raw text of a file before any YAML parser sees it: empty,
// binary, invalid UTF-8, nesting deeper than the limit. These guard the
// parser (a deep nesting would make a recursive parser overflow the stack)
// and give better messages than a YAML error would. Knows nothing of YAML
// semantics beyond indentation and flow brackets.
#pragma once

#include <string_view>

#include "base/diagnostic.h"

namespace appmix::inventory {

// Deepest nesting of collections allowed in one file.
inline constexpr int kMaxNestingDepth = 64;

// Runs the checks in order and returns the first problem found (each check
// makes the later ones meaningless), or nothing. `file` is the display path.
base::Diagnostics check_text(std::string_view file, std::string_view bytes);

// Individual checks, exposed for tests. Each returns true when it reported.
bool check_binary(std::string_view file, std::string_view bytes, base::Diagnostics& out);
bool check_utf8(std::string_view file, std::string_view bytes, base::Diagnostics& out);
bool check_empty(std::string_view file, std::string_view bytes, base::Diagnostics& out);
bool check_nesting(std::string_view file, std::string_view bytes, base::Diagnostics& out);

// True when `text` is well-formed UTF-8 (no overlong forms or surrogates).
bool is_valid_utf8(std::string_view text);

// Length in bytes of a leading UTF-8 byte-order mark (0 or 3).
std::size_t bom_length(std::string_view bytes);

// 1-based code-point column of byte offset `byte_column` (0-based) in `line`,
// which must be valid UTF-8 up to that offset.
int code_point_column(std::string_view line, std::size_t byte_column);

}  // namespace appmix::inventory
