#include "inventory/csv_reader.h"

#include <doctest/doctest.h>

#include <string>

namespace appmix::inventory {
namespace {

std::string cells_of(const CsvTable& table) {
  std::string out;
  for (const CsvRow& row : table.rows) {
    for (const CsvCell& cell : row.cells)
      out += "[" + cell.text + "@" + std::to_string(cell.line) + ":" + std::to_string(cell.column) +
             "]";
    out += "\n";
  }
  return out;
}

TEST_CASE("read_csv places every cell, through quotes, line breaks, CRLF and a BOM") {
  base::Diagnostics out;
  SUBCASE("LF, quoted field with a doubled quote and a line break, empty trailing cell") {
    const auto table = read_csv("f.csv", "a,b,\n\"x \"\"y\"\"\nz\",w,\n", out);
    REQUIRE(table);
    CHECK(cells_of(*table) == "[a@1:1][b@1:3][@1:5]\n[x \"y\"\nz@2:1][w@3:4][@3:6]\n");
  }
  SUBCASE("CRLF and a BOM: the BOM is no column, CR LF is one line end") {
    const auto table = read_csv("f.csv", "\xEF\xBB\xBFname,\xC3\xA9t\xC3\xA9\r\nA, b \r\n", out);
    REQUIRE(table);
    CHECK(cells_of(*table) == "[name@1:1][\xC3\xA9t\xC3\xA9@1:6]\n[A@2:1][b@2:3]\n");
  }
  SUBCASE("blank lines are not rows; the last line may lack its line end") {
    const auto table = read_csv("f.csv", "a\n\n\nb", out);
    REQUIRE(table);
    CHECK(cells_of(*table) == "[a@1:1]\n[b@4:1]\n");
  }
  SUBCASE("';' is detected from the header line, outside quotes") {
    const auto table = read_csv("f.csv", "\"a,b,c\";d\n1;2\n", out);
    REQUIRE(table);
    CHECK(table->separator == ';');
    CHECK(cells_of(*table) == "[a,b,c@1:1][d@1:9]\n[1@2:1][2@2:3]\n");
  }
  CHECK(out.empty());
}

TEST_CASE("read_csv reports malformed CSV at its place and returns nothing") {
  base::Diagnostics out;
  SUBCASE("a quote inside an unquoted field") {
    CHECK_FALSE(read_csv("f.csv", "a,b\nx,y\"z\n", out));
    REQUIRE(out.size() == 1);
    CHECK(out[0].rule == "csv-syntax");
    CHECK(out[0].location == base::Location{"f.csv", 2, 4});
  }
  SUBCASE("a quoted field never closed") {
    CHECK_FALSE(read_csv("f.csv", "a,b\nx,\"y\n\n", out));
    REQUIRE(out.size() == 1);
    CHECK(out[0].message == "a quoted field is not closed: the file ends inside it");
    CHECK(out[0].location == base::Location{"f.csv", 2, 3});
  }
}

TEST_CASE("read_csv places 200,000 cells of one 400,000-byte row in one pass") {
  // Each cell's place was counted from its line's start: quadratic (issue 22).
  std::string text = "name,business_units\n\xC3\xA9";
  for (int i = 0; i < 200'000; ++i)
    text += ",x";
  text += "\n\"" + std::string(400'000, 'q') + "\",y\n";
  base::Diagnostics out;
  const auto table = read_csv("f.csv", text, out);
  REQUIRE(table);
  REQUIRE(table->rows.size() == 3);
  REQUIRE(table->rows[1].cells.size() == 200'001);
  CHECK(table->rows[1].cells.back().column == 1 + 2 * 200'000);  // é is one column
  CHECK(table->rows[1].cells.back().line == 2);
  CHECK(table->rows[2].cells[0].text.size() == 400'000);
  CHECK(table->rows[2].cells[1].column == 400'004);
}

TEST_CASE("detect_separator") {
  CHECK(detect_separator("a,b;c,d\n") == ',');
  CHECK(detect_separator("a;b;c,d\n") == ';');
  CHECK(detect_separator("\"a;b;c\",d\nx;y;z;w\n") == ',');
}

}  // namespace
}  // namespace appmix::inventory
