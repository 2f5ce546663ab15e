// OrlibParser: a tokenizer that carries a word across pieces of text, and the
// two layouts as state machines that take one number at a time. Each layout
// stores only what the numbers so far describe (costs as they come, indices
// in a flat array), so a header declaring a billion columns costs nothing
// until a billion costs have been read. When both layouts have failed,
// nothing that follows can change the outcome and the reader stops.
#include <charconv>
#include <limits>
#include <vector>

#include "setcover/orlib_reader.h"

namespace appmix::setcover {
namespace {

constexpr std::int64_t kMaxSize = std::numeric_limits<std::int32_t>::max() - 1;
constexpr std::int64_t kMaxCost =
    std::numeric_limits<std::int64_t>::max() / (std::int64_t{1} << 32);
// Arrays store costs and offsets in 32 bits, half of what Cost and the
// instance's starts take: a text of at most kMaxTextBytes holds fewer numbers
// than 2^31, and costs are at most kMaxCost. Both layouts hold their arrays
// at once, so this halves the peak on a dense file.
static_assert(kMaxTextBytes / 2 + 1 < (std::int64_t{1} << 31));
static_assert(kMaxCost <= std::numeric_limits<std::int32_t>::max());
using Offset = std::uint32_t;

// No integer of int64 needs more characters (a sign and 19 digits); a word
// longer than this is reported at once, without waiting for its end.
constexpr std::size_t kMaxWord = 40;

using Problem = ReadError::Problem;

// Printable ASCII as it is, every other byte as \xNN.
std::string shown(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f) {
      out.push_back(c);
    } else {
      out += "\\x";
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 15]);
    }
  }
  return out;
}

struct Token {
  std::int64_t value = 0;
  TextPosition position;
};

struct Failure {
  std::int64_t index = 0;  // the number it failed at: the better guess fails later
  ReadError error;
};

ReadError malformed(Problem problem, TextPosition position, std::string message) {
  ReadError error;
  error.problem = problem;
  error.position = position;
  error.message = std::move(message);
  return error;
}

// What both layouts share: the header, range checks with their messages, and
// the first failure.
class LayoutBase {
 public:
  bool alive() const { return !failure_; }
  const std::optional<Failure>& failure() const { return failure_; }
  void fail(std::int64_t index, ReadError error) {
    if (!failure_)
      failure_ = Failure{index, std::move(error)};
  }

 protected:
  // Checks that `token` lies in [low, high]; `bound_at` names the header
  // count that sets `high`, if one does.
  bool in_range(const Token& token, std::int64_t index, std::int64_t low, std::int64_t high,
                const char* what, const Token* bound, const char* bound_what) {
    if (token.value >= low && token.value <= high)
      return true;
    ReadError error =
        malformed(Problem::kOutOfRange, token.position,
                  std::string(what) + " " + std::to_string(token.value) + " is out of range [" +
                      std::to_string(low) + ", " + std::to_string(high) + "]");
    if (bound != nullptr) {
      error.declared_at = bound->position;
      error.declared_message =
          std::string(bound_what) + " (" + std::to_string(bound->value) + ") is declared here";
    }
    fail(index, std::move(error));
    return false;
  }
  void truncated(std::int64_t index, TextPosition end, std::string message, const Token& count,
                 const char* count_what) {
    ReadError error = malformed(Problem::kTruncated, end, std::move(message));
    error.declared_at = count.position;
    error.declared_message =
        std::string(count_what) + " (" + std::to_string(count.value) + ") is declared here";
    fail(index, std::move(error));
  }
  void extra(const Token& token, std::int64_t index) {
    fail(index, malformed(Problem::kExtraData, token.position,
                          "unexpected number " + std::to_string(token.value) +
                              " after the end of the instance"));
  }

  // The header both layouts open with: the number of rows, then of columns.
  bool read_rows(const Token& token, std::int64_t index) {
    if (!in_range(token, index, 0, kMaxSize, "the number of rows", nullptr, nullptr))
      return false;
    rows_ = token;
    return true;
  }
  bool read_columns(const Token& token, std::int64_t index) {
    if (!in_range(token, index, 0, kMaxSize, "the number of columns", nullptr, nullptr))
      return false;
    columns_ = token;
    return true;
  }

  // Widened to Cost when the instance is built.
  std::vector<Cost> widened_costs() {
    std::vector<Cost> costs(costs_.begin(), costs_.end());
    costs_ = {};
    return costs;
  }

  Token rows_, columns_;
  std::vector<std::int32_t> costs_;
  std::optional<Failure> failure_;
};

// rows, columns, n costs, then per row: count, count column indices.
class RowLayout : public LayoutBase {
 public:
  void take(const Token& token, std::int64_t index) {
    switch (stage_) {
      case kRows:
        if (read_rows(token, index))
          stage_ = kColumns;
        return;
      case kColumns:
        if (read_columns(token, index))
          stage_ = columns_.value > 0 ? kCosts : next_row();
        return;
      case kCosts:
        if (in_range(token, index, 0, kMaxCost, "column cost", nullptr, nullptr)) {
          costs_.push_back(static_cast<std::int32_t>(token.value));
          if (static_cast<std::int64_t>(costs_.size()) == columns_.value)
            stage_ = next_row();
        }
        return;
      case kCount:
        if (in_range(token, index, 0, kMaxSize, "a row's column count", nullptr, nullptr)) {
          count_ = token;
          left_ = token.value;
          stage_ = left_ > 0 ? kIndices : next_row();
        }
        return;
      case kIndices:
        if (in_range(token, index, 1, columns_.value, "column index", &columns_,
                     "the number of columns")) {
          entries_.push_back(static_cast<std::int32_t>(token.value - 1));
          if (--left_ == 0)
            stage_ = next_row();
        }
        return;
      case kDone:
        extra(token, index);
        return;
    }
  }

  // `count`: the numbers read; `end`: the place just past the text.
  void finish(std::int64_t count, TextPosition end) {
    if (!alive() || stage_ == kDone)
      return;
    const std::string row = std::to_string(row_ends_.size() + 1);
    switch (stage_) {
      case kRows:
        fail(count, malformed(Problem::kTruncated, end,
                              "the file ends where the number of rows was expected"));
        return;
      case kColumns:
        truncated(count, end, "the file ends where the number of columns was expected", rows_,
                  "the number of rows");
        return;
      case kCosts:
        truncated(count, end,
                  "the file ends after " + std::to_string(costs_.size()) + " of the " +
                      std::to_string(columns_.value) + " column costs",
                  columns_, "the number of columns");
        return;
      case kCount:
        truncated(count, end,
                  "the file ends after " + std::to_string(row_ends_.size()) + " of the " +
                      std::to_string(rows_.value) + " rows",
                  rows_, "the number of rows");
        return;
      case kIndices:
        truncated(count, end,
                  "the file ends after " + std::to_string(count_.value - left_) + " of the " +
                      std::to_string(count_.value) + " columns of row " + row,
                  count_, "the row's column count");
        return;
      case kDone:
        return;
    }
  }

  // The column view, by counting sort over the row lists.
  Instance build() {
    const auto n = static_cast<std::size_t>(columns_.value);
    std::vector<std::int64_t> starts(n + 1, 0);
    for (const std::int32_t j : entries_)
      ++starts[j + 1];
    for (std::size_t j = 0; j < n; ++j)
      starts[j + 1] += starts[j];
    std::vector<std::int64_t> next(starts.begin(), starts.end() - 1);
    std::vector<RowIndex> rows(entries_.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < row_ends_.size(); ++i) {
      for (; k < static_cast<std::size_t>(row_ends_[i]); ++k)
        rows[next[entries_[k]]++] = RowIndex(static_cast<std::int32_t>(i));
    }
    entries_ = {};
    return Instance(static_cast<int>(rows_.value), widened_costs(), std::move(starts),
                    std::move(rows));
  }

 private:
  enum Stage { kRows, kColumns, kCosts, kCount, kIndices, kDone };

  // Closes the row just read (if any) and moves to the next one.
  Stage next_row() {
    if (stage_ == kCount || stage_ == kIndices)
      row_ends_.push_back(static_cast<Offset>(entries_.size()));
    return static_cast<std::int64_t>(row_ends_.size()) == rows_.value ? kDone : kCount;
  }

  Stage stage_ = kRows;
  Token count_;
  std::int64_t left_ = 0;
  std::vector<Offset> row_ends_;       // end of each row's run in entries_
  std::vector<std::int32_t> entries_;  // 0-based columns, row after row
};

// rows, columns, then per column: cost, count, count row indices.
class ColumnLayout : public LayoutBase {
 public:
  void take(const Token& token, std::int64_t index) {
    switch (stage_) {
      case kRows:
        if (read_rows(token, index))
          stage_ = kColumns;
        return;
      case kColumns:
        if (read_columns(token, index))
          stage_ = columns_.value > 0 ? kCost : kDone;
        return;
      case kCost:
        if (in_range(token, index, 0, kMaxCost, "column cost", nullptr, nullptr)) {
          costs_.push_back(static_cast<std::int32_t>(token.value));
          stage_ = kCount;
        }
        return;
      case kCount:
        if (in_range(token, index, 0, kMaxSize, "a column's row count", nullptr, nullptr)) {
          count_ = token;
          left_ = token.value;
          stage_ = left_ > 0 ? kIndices : next_column();
        }
        return;
      case kIndices:
        if (in_range(token, index, 1, rows_.value, "row index", &rows_, "the number of rows")) {
          rows_of_columns_.emplace_back(static_cast<std::int32_t>(token.value - 1));
          if (--left_ == 0)
            stage_ = next_column();
        }
        return;
      case kDone:
        extra(token, index);
        return;
    }
  }

  void finish(std::int64_t count, TextPosition end) {
    if (!alive())
      return;
    const std::string column = std::to_string(costs_.size());
    switch (stage_) {
      case kRows:
      case kColumns:
        fail(count, malformed(Problem::kTruncated, end, "the file ends in its header"));
        return;
      case kCost:
      case kCount:
        truncated(count, end,
                  "the file ends after " + std::to_string(starts_.size() - 1) + " of the " +
                      std::to_string(columns_.value) + " columns",
                  columns_, "the number of columns");
        return;
      case kIndices:
        truncated(count, end,
                  "the file ends after " + std::to_string(count_.value - left_) + " of the " +
                      std::to_string(count_.value) + " rows of column " + column,
                  count_, "the column's row count");
        return;
      case kDone:
        break;
    }
    // Rows no column names are allowed (they are reported as uncovered), but
    // the instance keeps a few words per row: a row count far beyond what
    // the file mentions would let the header alone decide the memory.
    if (rows_.value > count) {
      ReadError error = malformed(Problem::kOutOfRange, rows_.position,
                                  "the number of rows " + std::to_string(rows_.value) +
                                      " is more than the file can describe: it holds " +
                                      std::to_string(count) + " numbers");
      fail(count + 1, std::move(error));  // it read every number: a better guess than running out
    }
  }

  Instance build() {
    std::vector<std::int64_t> starts(starts_.begin(), starts_.end());
    starts_ = {};
    return Instance(static_cast<int>(rows_.value), widened_costs(), std::move(starts),
                    std::move(rows_of_columns_));
  }

 private:
  enum Stage { kRows, kColumns, kCost, kCount, kIndices, kDone };

  Stage next_column() {
    starts_.push_back(static_cast<Offset>(rows_of_columns_.size()));
    return static_cast<std::int64_t>(costs_.size()) == columns_.value ? kDone : kCost;
  }

  Stage stage_ = kRows;
  Token count_;
  std::int64_t left_ = 0;
  std::vector<Offset> starts_{0};
  std::vector<RowIndex> rows_of_columns_;
};

}  // namespace

struct OrlibParser::State {
  RowLayout row;
  ColumnLayout column;
  std::int64_t numbers = 0;  // tokens read so far
  // The word being read (at most kMaxWord bytes kept) and where it began.
  std::string word;
  bool in_word = false;
  TextPosition word_start;
  int line = 1, column_number = 1;  // of the next byte
  TextPosition after_last_word;     // just past the last word; 0 before the first

  void fail_both(ReadError error) {
    row.fail(numbers, error);
    column.fail(numbers, std::move(error));
  }

  void end_word() {
    in_word = false;
    std::string_view digits = word;
    if (!digits.empty() && digits.front() == '+')
      digits.remove_prefix(1);
    std::int64_t value = 0;
    const auto [end, code] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || code != std::errc() || end != digits.data() + digits.size()) {
      fail_both(malformed(
          code == std::errc::result_out_of_range ? Problem::kOutOfRange : Problem::kNotAnInteger,
          word_start,
          code == std::errc::result_out_of_range
              ? "number '" + shown(word) + "' is out of range"
              : "expected an integer, found '" + shown(word) + "'"));
      return;
    }
    const Token token{value, word_start};
    if (row.alive())
      row.take(token, numbers);
    if (column.alive())
      column.take(token, numbers);
    ++numbers;
  }

  void feed(std::string_view text) {
    for (const char c : text) {
      if (!row.alive() && !column.alive())
        return;
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
      if (space) {
        if (in_word) {
          after_last_word = {line, column_number};
          end_word();
        }
      } else if (!in_word) {
        in_word = true;
        word.assign(1, c);
        word_start = {line, column_number};
      } else if (word.size() < kMaxWord) {
        word.push_back(c);
      } else {
        fail_both(malformed(
            Problem::kNotAnInteger, word_start,
            "expected an integer of at most 40 characters, found '" + shown(word) + "...'"));
        return;
      }
      if (c == '\n') {
        ++line;
        column_number = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++column_number;  // a UTF-8 continuation byte is part of the previous code point
      }
    }
  }
};

OrlibParser::OrlibParser() : state_(std::make_unique<State>()) {}
OrlibParser::~OrlibParser() = default;
OrlibParser::OrlibParser(OrlibParser&&) noexcept = default;
OrlibParser& OrlibParser::operator=(OrlibParser&&) noexcept = default;

void OrlibParser::feed(std::string_view text) {
  state_->feed(text);
}

bool OrlibParser::decided() const {
  return !state_->row.alive() && !state_->column.alive();
}

ReadResult OrlibParser::finish() {
  State& state = *state_;
  if (state.in_word && (state.row.alive() || state.column.alive())) {
    state.after_last_word = {state.line, state.column_number};
    state.end_word();
  }
  // A file that ends early is reported just past its last number.
  const TextPosition end = state.after_last_word;
  state.row.finish(state.numbers, end);
  state.column.finish(state.numbers, end);
  ReadResult result;
  if (state.row.alive()) {
    result.instance = state.row.build();
    result.layout = Layout::kRow;
  } else if (state.column.alive()) {
    result.instance = state.column.build();
    result.layout = Layout::kColumn;
  } else {
    // Neither fits: report the layout that read further, the row layout on a tie.
    const Failure& row = *state.row.failure();
    const Failure& column = *state.column.failure();
    result.error = column.index > row.index ? column.error : row.error;
  }
  return result;
}

ReadResult parse_orlib(std::string_view text) {
  OrlibParser parser;
  parser.feed(text);
  return parser.finish();
}

}  // namespace appmix::setcover
