// Reader tests on inline strings: both layouts, layout detection by exact
// token count, and malformed files with their line numbers.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "setcover/orlib_reader.h"

namespace appmix::setcover {
namespace {

TEST_CASE("row layout") {
  const ReadResult read = parse_orlib("3 4\n1 2 3 4\n2 1 2\n1 3\n3 2 3 4\n");
  REQUIRE(read.instance.has_value());
  CHECK(read.layout == Layout::kRow);
  const Instance& instance = *read.instance;
  CHECK(instance.num_rows() == 3);
  CHECK(instance.num_columns() == 4);
  CHECK(instance.cost(ColumnIndex(3)) == 4);
  REQUIRE(instance.rows_of(ColumnIndex(1)).size() == 2);
  CHECK(instance.rows_of(ColumnIndex(1))[0] == RowIndex(0));
  CHECK(instance.rows_of(ColumnIndex(1))[1] == RowIndex(2));
  CHECK(instance.columns_of(RowIndex(2)).size() == 3);
}

TEST_CASE("column layout, as in the rail files") {
  // 2 rows, 3 columns: cost, row count, rows.
  const ReadResult read = parse_orlib("2 3\n5 1 1\n7 2 1 2\n2 1 2\n");
  REQUIRE(read.instance.has_value());
  CHECK(read.layout == Layout::kColumn);
  const Instance& instance = *read.instance;
  CHECK(instance.num_columns() == 3);
  CHECK(instance.cost(ColumnIndex(1)) == 7);
  CHECK(instance.rows_of(ColumnIndex(1)).size() == 2);
  CHECK(instance.columns_of(RowIndex(1)).size() == 2);
}

TEST_CASE("malformed files report the line of the first problem") {
  SUBCASE("not a number") {
    const ReadResult read = parse_orlib("2 2\n1 1\n1 x\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->kind == ReadError::Kind::kMalformed);
    CHECK(read.error->line == 3);
    CHECK(read.error->message == "expected an integer, found 'x'");
  }
  SUBCASE("column index out of range") {
    const ReadResult read = parse_orlib("2 2\n1 1\n1 1\n\n1 9\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->line == 5);
    CHECK(read.error->message == "a column index 9 is out of range [1, 2]");
  }
  SUBCASE("file ends early") {
    const ReadResult read = parse_orlib("2 3\n1 1 1\n2 1 2\n2 1\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->line == 5);
    CHECK(read.error->message == "file ends where a column index was expected");
  }
  SUBCASE("negative cost") {
    const ReadResult read = parse_orlib("1 2\n4 -1\n2 1 2\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->line == 2);
    CHECK(read.error->message == "a column cost -1 is out of range [0, 2147483647]");
  }
  SUBCASE("empty file") {
    const ReadResult read = parse_orlib("");
    REQUIRE(read.error.has_value());
    CHECK(read.error->message == "file ends where the number of rows was expected");
  }
}

TEST_CASE("unreadable and undecompressable files are I/O errors") {
  const auto directory = std::filesystem::temp_directory_path();
  const auto missing = directory / "appmix-setcover-missing.txt";
  std::filesystem::remove(missing);
  ReadResult read = read_orlib_file(missing.string());
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kIo);

  const auto fake = directory / "appmix-setcover-fake.gz";
  std::ofstream(fake) << "1 1\n1\n1 1\n";
  read = read_orlib_file(fake.string());
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kIo);

  const auto truncated = directory / "appmix-setcover-truncated.gz";
  {
    std::ofstream out(truncated, std::ios::binary);
    const unsigned char header[] = {0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x33, 0x54};
    out.write(reinterpret_cast<const char*>(header), sizeof header);
  }
  read = read_orlib_file(truncated.string());
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kIo);

  const auto plain = directory / "appmix-setcover-plain.txt";
  std::ofstream(plain) << "1 1\n1\n1 1\n";
  read = read_orlib_file(plain.string());
  CHECK(read.instance.has_value());
  std::filesystem::remove(fake);
  std::filesystem::remove(truncated);
  std::filesystem::remove(plain);
}

}  // namespace
}  // namespace appmix::setcover
