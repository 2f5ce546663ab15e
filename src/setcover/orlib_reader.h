// Reads Beasley's OR-Library set-cover files, plain or gzip-compressed, in
// either layout: row layout (scp*: rows, columns, the column costs, then per
// row its column count and 1-based columns) or column layout (rail*: rows,
// columns, then per column its cost, row count and 1-based rows). The row
// layout is accepted only when it uses every number in the file exactly;
// otherwise the column layout is tried.
//
// Hostile files are expected. The text is read as a stream (gzip included)
// and never held whole; both layouts are parsed side by side as numbers
// arrive, and each grows its arrays with the data, never with the counts the
// header declares. The text may not exceed max_text_bytes (after
// decompression). So memory follows the numbers actually present, and time
// the bytes actually read.
//
// Errors are values with a 1-based line and column, never exceptions; their
// messages are plain ASCII (a quoted byte outside printable ASCII is written
// as \xNN), so they cannot drive a terminal. It knows nothing of solving or
// of how errors are printed; zlib is confined to orlib_reader.cc.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "setcover/instance.h"

namespace appmix::setcover {

enum class Layout { kRow, kColumn };

// 128 MiB: the largest OR-Library file (rail4284, about 65 MB of text) fits
// twice; see docs/limits.md for what the limit bounds.
constexpr std::int64_t kMaxTextBytes = std::int64_t{128} << 20;

struct TextPosition {
  int line = 0;    // 1-based; 0 when the error concerns the whole file
  int column = 0;  // 1-based, in code points; 0 when unknown
};

struct ReadError {
  enum class Kind { kIo, kMalformed };  // unreadable (exit 3) or badly formed (exit 1)
  enum class Problem {
    kCannotOpen,        // missing, permission denied, a directory, a read error
    kCannotDecompress,  // a .gz name on data that is not gzip, or corrupt gzip data
    kTooLarge,          // more than max_text_bytes of text
    kNotAnInteger,      // a word that is not an integer
    kOutOfRange,        // a number outside what its place allows
    kTruncated,         // the file ends before the data its header declares
    kExtraData,         // numbers after the end of the instance
  };
  Kind kind = Kind::kMalformed;
  Problem problem = Problem::kNotAnInteger;
  TextPosition position;
  std::string message;
  // Where the count this error is measured against was declared (say, the
  // number of columns for a column index out of range); line 0 when none.
  TextPosition declared_at;
  std::string declared_message;
};

struct ReadResult {
  std::optional<Instance> instance;  // set exactly when error is not
  std::optional<ReadError> error;
  Layout layout = Layout::kRow;
};

// Parses text fed in pieces of any size; the result does not depend on how
// the text was split.
class OrlibParser {
 public:
  OrlibParser();
  ~OrlibParser();
  OrlibParser(OrlibParser&&) noexcept;
  OrlibParser& operator=(OrlibParser&&) noexcept;

  void feed(std::string_view text);
  // True once no layout can fit whatever follows: reading may stop.
  bool decided() const;
  ReadResult finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Parses the text of a whole file (already decompressed).
ReadResult parse_orlib(std::string_view text);
// Reads a file (gzip data, found by its magic bytes, is decompressed); FIFOs
// are read as they come. A ".gz" name on data that is not gzip is an error.
ReadResult read_orlib_file(const std::string& path, std::int64_t max_text_bytes = kMaxTextBytes);

}  // namespace appmix::setcover
