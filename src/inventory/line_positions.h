// Turns a parser's place in a file (libyaml's mark.index: the 0-based count
// of code points before it, a byte-order mark not counted) into a diagnostic
// Location (1-based line, 1-based code-point column). Lines end at LF only,
// as everywhere else in appmix; libyaml's own line numbers would also break
// at a lone CR, NEL, LS and PS, so they are not used. Knows nothing of YAML;
// it only indexes the lines.
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
  // `bytes` must outlive this object and be valid UTF-8 (text_checks.h runs
  // first). A byte-order mark at the start is not a column (parsers skip it,
  // and editors do not show it).
  LinePositions(std::string_view file, std::string_view bytes);

  const std::string& file() const { return file_; }

  // Places arrive mostly in file order: a cursor makes the conversion linear
  // over the file; going back restarts at the start of the line. A place past
  // the end of the text counts one column per missing code point.
  base::Location at(std::size_t index);

  // As at(), without the file name: {line, column}, for callers that keep
  // many places and add the file only when a Location is needed.
  std::pair<int, int> line_column(std::size_t index);

  // The 0-based byte offset in `bytes` of code point `index` (the size of
  // `bytes` past the end).
  std::size_t byte_offset(std::size_t index);

  // The Location of a 0-based byte offset in `bytes` (a byte-order mark
  // counts as no column).
  base::Location at_byte(std::size_t offset) const;

 private:
  // Moves the cursor to code point `index` (or the end of the text).
  void seek(std::size_t index);

  std::string file_;
  std::string_view bytes_;
  std::size_t bom_ = 0;
  std::vector<std::size_t> line_starts_;       // byte offset of each line's first byte
  std::vector<std::size_t> line_start_index_;  // code points before each line
  std::size_t cursor_line_ = 0;
  std::size_t cursor_byte_ = 0;
  std::size_t cursor_index_ = 0;
};

}  // namespace appmix::inventory
