// Aligned plain-text tables for the text formats: columns as wide as their
// widest cell, counted in Unicode code points (so "→" or "é" take one
// column), numbers right-aligned. Cells are printed as given: callers escape
// inventory text first (escape.h). It knows nothing of what the rows mean.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace appmix::report {

enum class Align { left, right };

struct TableColumn {
  std::string header;  // empty headers on every column: no header line
  Align align = Align::left;
};

class TextTable {
 public:
  explicit TextTable(std::vector<TableColumn> columns) : columns_(std::move(columns)) {}

  // A row with fewer cells than columns is padded with empty cells.
  void add_row(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }

  // Each line starts with `indent` spaces; columns are separated by `gap`
  // spaces; trailing spaces are trimmed; every line ends in '\n'.
  std::string render(int indent = 2, int gap = 2) const;

 private:
  std::vector<TableColumn> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// Code points in UTF-8 text (continuation bytes are not counted).
std::size_t display_width(std::string_view text);

}  // namespace appmix::report
