// Diagnostics: what a user did wrong (or should look at), where, and how to fix
// it. Every stage returns these as values; nothing here knows about YAML, apps
// or the solver.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace appmix::base {

enum class Severity { note, warning, error };

std::string_view severity_name(Severity severity);  // "note", "warning", "error"

// A place in an input. line and column are 1-based; column counts Unicode code
// points (SARIF columnKind unicodeCodePoints). 0 means "unknown" (for example a
// diagnostic about a whole file).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;

  friend bool operator==(const Location&, const Location&) = default;
};

// How much of its line a place covers, from its column: what a code frame
// underlines (report/code_frame.h). The producer knows what it points at;
// the frame measures the extent in the bytes it shows.
enum class Span {
  token,         // the token that starts there: a key, a value, a bracketed list
  character,     // that one character: a bad byte, where a parser stopped
  rest_of_line,  // the item that starts there (a whole app), as far as its line shows it
};

// Extra context attached to a diagnostic, such as "first defined here".
struct Note {
  Location location;
  std::string message;
  Span span = Span::token;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string rule;  // stable kebab-case id from rules.cc
  Location location;
  std::string message;
  std::string help;  // how to fix it; may be empty
  std::vector<Note> notes;
  Span span = Span::token;
};

using Diagnostics = std::vector<Diagnostic>;

// Builds a diagnostic with the rule's default severity and help text.
Diagnostic make_diagnostic(std::string_view rule, Location location, std::string message);

// Stable order for output: file, line, column, then rule and message so that
// equal positions still print in one fixed order.
void sort_diagnostics(Diagnostics& diagnostics);

bool has_errors(const Diagnostics& diagnostics);
std::size_t count_severity(const Diagnostics& diagnostics, Severity severity);

// Appends all of `more` to `into`.
void append(Diagnostics& into, Diagnostics more);

}  // namespace appmix::base
