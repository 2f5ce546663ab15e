// One document's text, indexed by line, for converting places between the
// three column units in play: the protocol's UTF-16 code units (LSP 3.17's
// default position encoding, the only one every client supports), our
// diagnostics' Unicode code points (base::Location), and byte offsets into
// the UTF-8 text (for edits). Lines end at LF only, as everywhere in appmix;
// a CR before the LF belongs to the line. Bytes that are not valid UTF-8
// count as one code point and one UTF-16 unit each, so any text maps
// without failing. Knows nothing of YAML or of the protocol's JSON.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace appmix::lsp {

// A protocol position: 0-based line, 0-based UTF-16 column.
struct Position {
  int line = 0;
  int character = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;
  friend bool operator==(const Range&, const Range&) = default;
};

class TextLines {
 public:
  explicit TextLines(std::string_view text);

  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // The bytes of a 0-based line without its LF (empty past the end).
  std::string_view line(int line) const;

  // A 1-based line and 1-based code-point column (a diagnostic's place; 0
  // means unknown and gives the line's or the file's start) to a position.
  Position position_of_code_point(int line, int column) const;
  // A position to the 1-based code-point column of its line (clamped to the
  // line's end; a column inside a surrogate pair counts as the pair's start).
  int code_point_column(Position position) const;
  // A position to a byte offset into the text (clamped to the line's end).
  std::size_t byte_offset(Position position) const;
  // A byte offset to a position (clamped to the text's end).
  Position position_of_byte(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

// UTF-8 decoding as TextLines counts it: the length of the sequence that
// starts at `at` (1 for a byte that starts no valid sequence) and how many
// UTF-16 units it takes (2 above U+FFFF).
struct Utf8Step {
  std::size_t bytes = 1;
  int utf16_units = 1;
};
Utf8Step utf8_step(std::string_view text, std::size_t at);

}  // namespace appmix::lsp
