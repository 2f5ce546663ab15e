// How far a diagnostic's place reaches in its line, for the protocol's
// ranges: the token that starts there (a plain scalar, a quoted one, a
// bracketed list), one character, or the rest of the line, as
// base::Span says. A line-level scan of YAML's flow syntax, enough for the
// tokens diagnostics point at; it never fails on any text.
#pragma once

#include "base/diagnostic.h"
#include "lsp/text_lines.h"

namespace appmix::lsp {

// The range a diagnostic at 1-based `line`, code-point `column` covers.
Range range_of(const TextLines& lines, int line, int column, base::Span span);

// The byte length of the token starting at `at` in `line`.
std::size_t token_length(std::string_view line, std::size_t at);

}  // namespace appmix::lsp
