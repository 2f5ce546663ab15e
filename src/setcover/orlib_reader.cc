#include "setcover/orlib_reader.h"

#include <zlib.h>

#include <cctype>
#include <charconv>
#include <cstdio>
#include <limits>
#include <vector>

namespace appmix::setcover {
namespace {

struct Tokens {
  std::vector<std::int64_t> values;
  std::vector<int> lines;
  int last_line = 1;
};

struct Failure {
  std::size_t position = 0;  // how far the layout got: the better guess fails later
  ReadError error;
};

// Splits on whitespace; every token must be an integer. Returns the first bad
// token as an error.
std::optional<ReadError> tokenize(std::string_view text, Tokens& tokens) {
  int line = 1;
  std::size_t k = 0;
  while (k < text.size()) {
    const char c = text[k];
    if (c == '\n') {
      ++line;
      ++k;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      ++k;
      continue;
    }
    std::size_t end = k;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])))
      ++end;
    const std::string_view token = text.substr(k, end - k);
    std::string_view digits = token;
    if (!digits.empty() && digits.front() == '+')
      digits.remove_prefix(1);
    std::int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size()) {
      const std::string shown(token.substr(0, 40));
      return ReadError{ReadError::Kind::kMalformed, line,
                       ec == std::errc::result_out_of_range
                           ? "number '" + shown + "' is out of range"
                           : "expected an integer, found '" + shown + "'"};
    }
    tokens.values.push_back(value);
    tokens.lines.push_back(line);
    k = end;
  }
  tokens.last_line = line;
  return std::nullopt;
}

// Reads numbers in sequence and builds the error for the first bad one.
class Cursor {
 public:
  explicit Cursor(const Tokens& tokens) : tokens_(tokens) {}
  std::size_t position() const { return position_; }
  bool at_end() const { return position_ == tokens_.values.size(); }

  // Next number in [low, high]; on failure fills `failure` and returns false.
  bool next(std::int64_t low, std::int64_t high, const char* what, std::int64_t& value,
            Failure& failure) {
    if (at_end()) {
      failure = {position_,
                 {ReadError::Kind::kMalformed, tokens_.last_line,
                  std::string("file ends where ") + what + " was expected"}};
      return false;
    }
    value = tokens_.values[position_];
    if (value < low || value > high) {
      failure = {position_,
                 {ReadError::Kind::kMalformed, tokens_.lines[position_],
                  std::string(what) + " " + std::to_string(value) + " is out of range [" +
                      std::to_string(low) + ", " + std::to_string(high) + "]"}};
      return false;
    }
    ++position_;
    return true;
  }

  Failure extra_data() const {
    return {position_,
            {ReadError::Kind::kMalformed, tokens_.lines[position_],
             "unexpected number after the end of the instance"}};
  }

 private:
  const Tokens& tokens_;
  std::size_t position_ = 0;
};

constexpr std::int64_t kMaxSize = std::numeric_limits<std::int32_t>::max() - 1;
constexpr std::int64_t kMaxCost =
    std::numeric_limits<std::int64_t>::max() / (std::int64_t{1} << 32);

std::optional<Instance> parse_rows(const Tokens& tokens, Failure& failure) {
  Cursor cursor(tokens);
  std::int64_t m = 0, n = 0, value = 0;
  if (!cursor.next(0, kMaxSize, "the number of rows", m, failure))
    return std::nullopt;
  if (!cursor.next(0, kMaxSize, "the number of columns", n, failure))
    return std::nullopt;
  std::vector<Cost> costs(n);
  for (auto& cost : costs) {
    if (!cursor.next(0, kMaxCost, "a column cost", cost, failure))
      return std::nullopt;
  }
  std::vector<std::vector<RowIndex>> column_rows(n);
  for (std::int64_t i = 0; i < m; ++i) {
    std::int64_t count = 0;
    if (!cursor.next(0, kMaxSize, "a row's column count", count, failure))
      return std::nullopt;
    for (std::int64_t k = 0; k < count; ++k) {
      if (!cursor.next(1, n, "a column index", value, failure))
        return std::nullopt;
      column_rows[value - 1].emplace_back(static_cast<std::int32_t>(i));
    }
  }
  if (!cursor.at_end()) {
    failure = cursor.extra_data();
    return std::nullopt;
  }
  return Instance(static_cast<int>(m), std::move(costs), column_rows);
}

std::optional<Instance> parse_columns(const Tokens& tokens, Failure& failure) {
  Cursor cursor(tokens);
  std::int64_t m = 0, n = 0, value = 0;
  if (!cursor.next(0, kMaxSize, "the number of rows", m, failure))
    return std::nullopt;
  if (!cursor.next(0, kMaxSize, "the number of columns", n, failure))
    return std::nullopt;
  std::vector<Cost> costs;
  std::vector<std::int64_t> starts{0};
  std::vector<RowIndex> rows;
  for (std::int64_t j = 0; j < n; ++j) {
    Cost cost = 0;
    std::int64_t count = 0;
    if (!cursor.next(0, kMaxCost, "a column cost", cost, failure))
      return std::nullopt;
    if (!cursor.next(0, kMaxSize, "a column's row count", count, failure))
      return std::nullopt;
    costs.push_back(cost);
    for (std::int64_t k = 0; k < count; ++k) {
      if (!cursor.next(1, m, "a row index", value, failure))
        return std::nullopt;
      rows.emplace_back(static_cast<std::int32_t>(value - 1));
    }
    starts.push_back(static_cast<std::int64_t>(rows.size()));
  }
  if (!cursor.at_end()) {
    failure = cursor.extra_data();
    return std::nullopt;
  }
  return Instance(static_cast<int>(m), std::move(costs), std::move(starts), std::move(rows));
}

}  // namespace

ReadResult parse_orlib(std::string_view text) {
  ReadResult result;
  Tokens tokens;
  if (auto error = tokenize(text, tokens)) {
    result.error = std::move(error);
    return result;
  }
  Failure row_failure, column_failure;
  if (auto instance = parse_rows(tokens, row_failure)) {
    result.instance = std::move(instance);
    result.layout = Layout::kRow;
    return result;
  }
  if (auto instance = parse_columns(tokens, column_failure)) {
    result.instance = std::move(instance);
    result.layout = Layout::kColumn;
    return result;
  }
  // Neither layout fits: report the one that read further, the row layout on a tie.
  result.error =
      column_failure.position > row_failure.position ? column_failure.error : row_failure.error;
  return result;
}

ReadResult read_orlib_file(const std::string& path) {
  ReadResult result;
  const auto io_error = [&](std::string message) {
    result.error = ReadError{ReadError::Kind::kIo, 0, std::move(message)};
    return result;
  };
  std::FILE* probe = std::fopen(path.c_str(), "rb");
  if (probe == nullptr)
    return io_error("cannot open the file");
  unsigned char magic[2] = {0, 0};
  const std::size_t got = std::fread(magic, 1, 2, probe);
  std::fclose(probe);
  const bool gzip_magic = got == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
  const bool gzip_name = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  if (gzip_name && !gzip_magic)
    return io_error("not gzip data (the file name ends in .gz)");

  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr)
    return io_error("cannot open the file");
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    const int read = gzread(file, buffer, sizeof buffer);
    if (read < 0) {
      int code = 0;
      std::string message = gzerror(file, &code);
      gzclose(file);
      return io_error("cannot decompress: " + message);
    }
    if (read == 0)
      break;
    text.append(buffer, read);
  }
  int code = 0;
  const char* message = gzerror(file, &code);
  if (code != Z_OK) {
    std::string copy = message;
    gzclose(file);
    return io_error("cannot decompress: " + copy);
  }
  if (gzclose(file) != Z_OK)
    return io_error("cannot decompress: corrupt gzip data");
  return parse_orlib(text);
}

}  // namespace appmix::setcover
