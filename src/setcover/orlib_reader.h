// Reads Beasley's OR-Library set-cover files, plain or gzip-compressed, in
// either layout: row layout (scp*: rows, columns, the column costs, then per
// row its column count and 1-based columns) or column layout (rail*: rows,
// columns, then per column its cost, row count and 1-based rows). The layout
// is found by trying the row layout first and accepting it only when it uses
// every number in the file exactly; otherwise the column layout is tried.
// Errors are values with a 1-based line, never exceptions. It knows nothing of
// solving; zlib is confined to the .cc file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "setcover/instance.h"

namespace appmix::setcover {

enum class Layout { kRow, kColumn };

struct ReadError {
  enum class Kind { kIo, kMalformed };  // unreadable (exit 3) or badly formed (exit 1)
  Kind kind = Kind::kMalformed;
  int line = 0;  // 1-based; 0 when the error concerns the whole file
  std::string message;
};

struct ReadResult {
  std::optional<Instance> instance;  // set exactly when error is not
  std::optional<ReadError> error;
  Layout layout = Layout::kRow;
};

// Parses the text of a file (already decompressed).
ReadResult parse_orlib(std::string_view text);
// Reads a file; gzip data (by magic bytes or a ".gz" name) is decompressed.
ReadResult read_orlib_file(const std::string& path);

}  // namespace appmix::setcover
