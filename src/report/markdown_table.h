// One writer of Markdown tables (GitHub-flavoured) for every Markdown
// output: the header line, the alignment line (---: for numeric columns),
// then one line per row, each cell padded by one space, an empty cell as
// "| |". Cells are taken as given: callers escape inventory text with
// markdown_text (escape.h). Rows can be collected and rendered at once, or
// streamed one line at a time (batch writes each row as it completes). It
// knows nothing of what a table holds.
#pragma once

#include <string>
#include <vector>

namespace appmix::report {

class MarkdownTable {
 public:
  struct Column {
    std::string header;
    bool numeric = false;  // right-aligned
  };

  explicit MarkdownTable(std::vector<Column> columns);

  // The header and alignment lines.
  std::string header() const;
  // One row's line; cells past the last column are dropped, missing ones
  // are empty.
  std::string row(const std::vector<std::string>& cells) const;

  void add_row(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }
  // header() and every row added, each line ending in a line break.
  std::string render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace appmix::report
