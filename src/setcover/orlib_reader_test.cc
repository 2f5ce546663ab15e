// Reader tests on inline strings: both layouts, layout detection by exact
// token count, malformed files with their line:column and problem, hostile
// headers and bytes, and the file side (open failures, gzip, the size bound).
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "setcover/orlib_reader.h"

namespace appmix::setcover {
namespace {

using Problem = ReadError::Problem;

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

TEST_CASE("the result does not depend on how the text is split") {
  const std::string text = "3 4\n1 2 3 4\n2 1 2\n1 3\n3 2 3 4\n";
  OrlibParser parser;
  for (const char c : text)
    parser.feed(std::string_view(&c, 1));
  const ReadResult read = parser.finish();
  REQUIRE(read.instance.has_value());
  CHECK(read.instance->num_nonzeros() == 6);
  const std::string bad = "2 2\n1 1\n1 12345x\n";
  OrlibParser split;
  split.feed(bad.substr(0, 11));
  split.feed(bad.substr(11));
  const ReadResult error = split.finish();
  REQUIRE(error.error.has_value());
  CHECK(error.error->message == "expected an integer, found '12345x'");
  CHECK(error.error->position.line == 3);
  CHECK(error.error->position.column == 3);
}

TEST_CASE("malformed files report the line and column of the first problem") {
  SUBCASE("not a number") {
    const ReadResult read = parse_orlib("2 2\n1 1\n1 x\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->kind == ReadError::Kind::kMalformed);
    CHECK(read.error->problem == Problem::kNotAnInteger);
    CHECK(read.error->position.line == 3);
    CHECK(read.error->position.column == 3);
    CHECK(read.error->message == "expected an integer, found 'x'");
  }
  SUBCASE("column index out of range, with the count it exceeds") {
    const ReadResult read = parse_orlib("2 2\n1 1\n1 1\n\n1 9\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->problem == Problem::kOutOfRange);
    CHECK(read.error->position.line == 5);
    CHECK(read.error->position.column == 3);
    CHECK(read.error->message == "column index 9 is out of range [1, 2]");
    CHECK(read.error->declared_at.line == 1);
    CHECK(read.error->declared_at.column == 3);
    CHECK(read.error->declared_message == "the number of columns (2) is declared here");
  }
  SUBCASE("file ends early: placed just past the last number") {
    const ReadResult read = parse_orlib("2 3\n1 1 1\n2 1 2\n2 1\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->problem == Problem::kTruncated);
    CHECK(read.error->position.line == 4);
    CHECK(read.error->position.column == 4);
    CHECK(read.error->message == "the file ends after 1 of the 2 columns of row 2");
  }
  SUBCASE("negative cost") {
    const ReadResult read = parse_orlib("1 2\n4 -1\n2 1 2\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->position.line == 2);
    CHECK(read.error->message == "column cost -1 is out of range [0, 2147483647]");
  }
  SUBCASE("numbers after the instance") {
    const ReadResult read = parse_orlib("1 1\n1\n1 1\n7\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->problem == Problem::kExtraData);
    CHECK(read.error->position.line == 4);
    CHECK(read.error->message == "unexpected number 7 after the end of the instance");
  }
  SUBCASE("a number past 64 bits") {
    const ReadResult read = parse_orlib("1 99999999999999999999\n");
    REQUIRE(read.error.has_value());
    CHECK(read.error->problem == Problem::kOutOfRange);
    CHECK(read.error->message == "number '99999999999999999999' is out of range");
  }
  SUBCASE("empty file") {
    const ReadResult read = parse_orlib("");
    REQUIRE(read.error.has_value());
    CHECK(read.error->problem == Problem::kTruncated);
    CHECK(read.error->position.line == 0);
    CHECK(read.error->message == "the file ends where the number of rows was expected");
  }
}

TEST_CASE("a header declaring a billion columns is judged by the data, not allocated") {
  // Issue 9: this allocated about 7.4 GB before reading a single cost.
  const ReadResult read = parse_orlib("3 999999999\n1 2 3\n4\n");
  REQUIRE(read.error.has_value());
  CHECK(read.error->problem == Problem::kTruncated);
  CHECK(read.error->message == "the file ends after 4 of the 999999999 column costs");
  CHECK(read.error->position.line == 3);
  CHECK(read.error->position.column == 2);
  CHECK(read.error->declared_at.line == 1);
  CHECK(read.error->declared_at.column == 3);
  CHECK(read.error->declared_message == "the number of columns (999999999) is declared here");
}

TEST_CASE("the column layout may not declare more rows than the file has numbers") {
  // A valid column layout but for its row count, which alone would size the
  // instance's per-row arrays.
  const ReadResult read = parse_orlib("999999999 1\n1 1 1\n");
  REQUIRE(read.error.has_value());
  CHECK(read.error->problem == Problem::kOutOfRange);
  CHECK(read.error->position.line == 1);
  CHECK(read.error->position.column == 1);
  CHECK(read.error->message ==
        "the number of rows 999999999 is more than the file can describe: it holds 5 numbers");
}

TEST_CASE("offending bytes are shown escaped, never raw") {
  // Issue 9: an OSC sequence that retitles the terminal was copied as is.
  const ReadResult read = parse_orlib("\x1b]0;pwned\x07 4\n");
  REQUIRE(read.error.has_value());
  CHECK(read.error->message == "expected an integer, found '\\x1b]0;pwned\\x07'");
  const ReadResult utf8 = parse_orlib("1 \xc3\xa9\xff\n");
  REQUIRE(utf8.error.has_value());
  CHECK(utf8.error->message == "expected an integer, found '\\xc3\\xa9\\xff'");
  CHECK(utf8.error->position.column == 3);
  // A word that no integer is that long is reported at once, cut short.
  const ReadResult long_word = parse_orlib(std::string(1000, '7') + "\n");
  REQUIRE(long_word.error.has_value());
  CHECK(long_word.error->message ==
        "expected an integer of at most 40 characters, found '" + std::string(40, '7') + "...'");
}

TEST_CASE("columns count code points") {
  const ReadResult read = parse_orlib("1 1\n\xc3\xa9 x\n");
  REQUIRE(read.error.has_value());
  CHECK(read.error->position.line == 2);
  CHECK(read.error->position.column == 1);
}

class Scratch {
 public:
  Scratch()
      : folder_(std::filesystem::temp_directory_path() /
                ("appmix-orlib-test-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(folder_);
  }
  ~Scratch() { std::filesystem::remove_all(folder_); }
  std::string write(const std::string& name, std::string_view bytes) const {
    const auto path = folder_ / name;
    std::ofstream(path, std::ios::binary).write(bytes.data(), bytes.size());
    return path.string();
  }
  std::string path(const std::string& name) const { return (folder_ / name).string(); }

 private:
  std::filesystem::path folder_;
};

// gzip -n of "1 1\n1\n1 1\n" and of 4,096 blanks before it.
constexpr unsigned char kSmallGzip[] = {0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02,
                                        0x03, 0x33, 0x54, 0x30, 0xe4, 0x02, 0x42, 0x20, 0x09,
                                        0x00, 0x5f, 0xf4, 0x99, 0xd8, 0x0a, 0x00, 0x00, 0x00};
constexpr unsigned char kBlankGzip[] = {
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xed, 0xc4, 0x41, 0x0d, 0x00, 0x00,
    0x08, 0x03, 0xb1, 0x3f, 0x2a, 0x66, 0x01, 0xff, 0xe6, 0x98, 0x0e, 0xd2, 0x5e, 0x72, 0x09, 0x00,
    0x00, 0x00, 0xf0, 0xdd, 0x66, 0xa7, 0xf5, 0x07, 0x3d, 0x9d, 0xb5, 0x70, 0x0a, 0x10, 0x00, 0x00};

std::string_view bytes_of(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

TEST_CASE("unreadable files are I/O errors that say why") {
  const Scratch scratch;
  ReadResult read = read_orlib_file(scratch.path("missing.txt"));
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kIo);
  CHECK(read.error->problem == Problem::kCannotOpen);
  CHECK(read.error->message ==
        "cannot read '" + scratch.path("missing.txt") + "': No such file or directory");

  std::filesystem::create_directory(scratch.path("folder"));
  read = read_orlib_file(scratch.path("folder"));
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kIo);
  CHECK(read.error->message == "cannot read '" + scratch.path("folder") + "': Is a directory");

  const std::string locked = scratch.write("locked.txt", "1 1\n1\n1 1\n");
  std::filesystem::permissions(locked, std::filesystem::perms::none);
  if (::access(locked.c_str(), R_OK) != 0) {  // root reads it anyway
    read = read_orlib_file(locked);
    REQUIRE(read.error.has_value());
    CHECK(read.error->message == "cannot read '" + locked + "': Permission denied");
  }
}

TEST_CASE("gzip is read as a stream; data that is not gzip under a .gz name is not") {
  const Scratch scratch;
  ReadResult read =
      read_orlib_file(scratch.write("ok.gz", bytes_of(kSmallGzip, sizeof kSmallGzip)));
  REQUIRE(read.instance.has_value());
  CHECK(read.instance->num_rows() == 1);

  read = read_orlib_file(scratch.write("fake.gz", "1 1\n1\n1 1\n"));
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kIo);
  CHECK(read.error->problem == Problem::kCannotDecompress);
  CHECK(read.error->message == "cannot decompress: not gzip data (the file name ends in .gz)");

  read = read_orlib_file(scratch.write("cut.gz", bytes_of(kSmallGzip, 12)));
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kIo);
  CHECK(read.error->problem == Problem::kCannotDecompress);

  read = read_orlib_file(scratch.write("plain.txt", "1 1\n1\n1 1\n"));
  CHECK(read.instance.has_value());
}

TEST_CASE("text past the size bound is refused, compressed or not") {
  const Scratch scratch;
  const std::string blank_gzip = scratch.write("blank.gz", bytes_of(kBlankGzip, sizeof kBlankGzip));
  CHECK(read_orlib_file(blank_gzip).instance.has_value());
  ReadResult read = read_orlib_file(blank_gzip, 1000);
  REQUIRE(read.error.has_value());
  CHECK(read.error->kind == ReadError::Kind::kMalformed);
  CHECK(read.error->problem == Problem::kTooLarge);
  CHECK(read.error->message ==
        "the text is larger than appmix reads: more than 1000 bytes after decompression");

  const std::string plain = scratch.write("plain.txt", std::string(2000, ' ') + "1 1\n1\n1 1\n");
  read = read_orlib_file(plain, 1000);
  REQUIRE(read.error.has_value());
  CHECK(read.error->message == "the text is larger than appmix reads: more than 1000 bytes");
  CHECK(read_orlib_file(plain, 2010).instance.has_value());
}

}  // namespace
}  // namespace appmix::setcover
