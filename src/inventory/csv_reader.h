// Splits the text of a CSV file (RFC 4180: quoted fields, doubled quotes,
// embedded newlines, CRLF or LF) into rows of cells, each cell with the
// line and column where it starts. The parsing itself is libcsv's (Debian
// libcsv-dev), which only this header's .cc includes; this file adds what
// libcsv lacks: places for diagnostics, the separator guess and the BOM.
// It knows nothing of apps or of what the columns mean.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace appmix::inventory {

struct CsvCell {
  std::string text;  // unquoted, doubled quotes undone, surrounding blanks trimmed
  int line = 0;      // 1-based, of the cell's first character
  int column = 0;    // 1-based code-point column (a byte-order mark is no column)
};

struct CsvRow {
  std::vector<CsvCell> cells;
  int line = 0;  // of the row's first cell
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRow> rows;  // the header first; blank lines are not rows
};

// ';' when the first line (outside quotes) holds more semicolons than commas,
// else ','. Spreadsheets in locales with a decimal comma export with ';'.
char detect_separator(std::string_view text);

// Parses `bytes` (valid UTF-8, text_checks.h runs first; a leading BOM is
// skipped). A syntax error (a quote inside an unquoted field, an unclosed
// quote at the end) is a csv-syntax diagnostic at its place, and nothing is
// returned: the rows after it could not be trusted.
std::optional<CsvTable> read_csv(std::string_view file, std::string_view bytes,
                                 base::Diagnostics& out);

// Reads the CSV file at `path` ("-" for stdin) and parses it: the text
// checks of an inventory file first (binary, UTF-8, empty), then read_csv.
// Nothing is returned when a check or the parse fails (the reasons are in
// `out`); `unreadable` is set when the file could not be opened or read
// (exit 3).
std::optional<CsvTable> read_csv_file(const std::string& path, base::Diagnostics& out,
                                      bool& unreadable);

}  // namespace appmix::inventory
