// Turns a parser's place in a file (0-based line, 0-based byte column, as
// yaml-cpp reports them) into a diagnostic Location (1-based line, 1-based
// code-point column). Knows nothing of YAML; it only indexes the lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostic.h"

namespace appmix::inventory {

class LinePositions {
 public:
  // `bytes` must outlive this object. A byte-order mark at the start is not
  // a column (parsers skip it, and editors do not show it).
  LinePositions(std::string_view file, std::string_view bytes);

  const std::string& file() const { return file_; }

  // Places arrive mostly in file order: a cursor on the last line makes the
  // conversion linear over a long line, not quadratic. Out-of-range places
  // give line or column 0 ("unknown").
  base::Location at(int line, int byte_column);

  // As at(), without the file name: {line, column}, for callers that keep
  // many places and add the file only when a Location is needed.
  std::pair<int, int> line_column(int line, int byte_column);

  // The text from the given place to the end of its line (empty if outside).
  std::string_view text_at(int line, int byte_column) const;

 private:
  // Byte range of 0-based `line` without its line break, BOM skipped on line 0.
  std::string_view line_text(std::size_t line) const;

  std::string file_;
  std::string_view bytes_;
  std::vector<std::size_t> line_starts_;
  std::size_t cursor_line_ = SIZE_MAX;
  std::size_t cursor_byte_ = 0;
  int cursor_column_ = 1;
};

}  // namespace appmix::inventory
