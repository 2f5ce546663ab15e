#include "report/markdown_table.h"

#include <doctest/doctest.h>

namespace appmix::report {
namespace {

TEST_CASE("a Markdown table: header, alignment, rows; empty and missing cells") {
  MarkdownTable table({{""}, {"before", true}, {"after", true}});
  CHECK(table.empty());
  table.add_row({"cost today", "178,200 EUR", "185,400 EUR"});
  table.add_row({"apps", "6"});
  CHECK_FALSE(table.empty());
  CHECK(table.render() ==
        "| | before | after |\n"
        "|---|---:|---:|\n"
        "| cost today | 178,200 EUR | 185,400 EUR |\n"
        "| apps | 6 | |\n");
  // Streamed: the same lines, one at a time.
  CHECK(table.header() + table.row({"cost today", "178,200 EUR", "185,400 EUR"}) +
            table.row({"apps", "6", "", "dropped"}) ==
        table.render());
}

}  // namespace
}  // namespace appmix::report
