#include "report/markdown_table.h"

namespace appmix::report {
namespace {

void append_cell(std::string& out, const std::string& text) {
  out += text.empty() ? " |" : " " + text + " |";
}

}  // namespace

MarkdownTable::MarkdownTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

std::string MarkdownTable::header() const {
  std::string out = "|";
  for (const Column& column : columns_)
    append_cell(out, column.header);
  out += "\n|";
  for (const Column& column : columns_)
    out += column.numeric ? "---:|" : "---|";
  return out + "\n";
}

std::string MarkdownTable::row(const std::vector<std::string>& cells) const {
  std::string out = "|";
  for (std::size_t i = 0; i < columns_.size(); ++i)
    append_cell(out, i < cells.size() ? cells[i] : std::string());
  return out + "\n";
}

void MarkdownTable::add_row(std::vector<std::string> cells) {
  rows_.push_back(std::move(cells));
}

std::string MarkdownTable::render() const {
  std::string out = header();
  for (const std::vector<std::string>& cells : rows_)
    out += row(cells);
  return out;
}

}  // namespace appmix::report
