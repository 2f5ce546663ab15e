// check_nesting (text_checks.h): a scan of the raw text that finds how deep
// collections nest before any YAML parser recurses into them. It follows
// YAML's block structure only as far as depth needs: indentation columns,
// the compact indicators "- ", "? ", ": ", implicit keys "key:", flow
// brackets, and it skips quoted scalars, block scalars and comments so that
// their text is not taken for structure. A quoted scalar still open at the
// end of the text is reported too, at its opening quote (libyaml's own error would say the same
// there). Where the scan is unsure it counts a level too many, never one too few for the inputs
// that matter (a deep nesting needs many indicators or brackets, and each one is counted).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "inventory/text_checks.h"

namespace appmix::inventory {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

class NestingScanner {
 public:
  NestingScanner(std::string_view file, base::Diagnostics& out) : file_(file), out_(out) {}

  // Returns true when the limit was passed (and reported); scanning stops there.
  bool scan(std::string_view text) {
    int line_number = 0;
    while (!text.empty() || line_number == 0) {
      const std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
      line_ = line;
      line_number_ = ++line_number;
      scan_line();
      if (reported_)
        return true;
      if (end == std::string_view::npos)
        break;
      text.remove_prefix(end + 1);
    }
    if (mode_ == Mode::single_quoted || mode_ == Mode::double_quoted) {
      // The scalar takes the rest of the file; the opening quote is where
      // the author must look.
      out_.push_back(base::make_diagnostic(
          "yaml-syntax", base::Location{std::string(file_), quote_line_, quote_column_},
          "unterminated quoted string; add the closing quote"));
      return true;
    }
    return false;
  }

 private:
  enum class Mode { block, flow, single_quoted, double_quoted, block_scalar };
  struct Level {
    int column;
    bool sequence;  // a block sequence opens at this column
    bool map;       // a block map opens at this column (a map's value may be a sequence at
                    // the same column, so one column can hold two levels)
  };

  // Enters a quoted mode for a scalar whose opening quote is at `pos` and
  // which goes on past this line.
  void open_quote(std::size_t pos, bool in_flow) {
    mode_ = line_[pos] == '"' ? Mode::double_quoted : Mode::single_quoted;
    quote_in_flow_ = in_flow;
    quote_line_ = line_number_;
    quote_column_ = code_point_column(line_, pos);
  }

  void scan_line() {
    switch (mode_) {
      case Mode::block_scalar: {
        // Content lines are indented deeper than the node that owns the
        // scalar; blank lines belong to it too. A document marker ends it.
        const std::size_t indent = line_.find_first_not_of(' ');
        const bool marker = line_.starts_with("---") || line_.starts_with("...");
        if (!marker &&
            (indent == std::string_view::npos || static_cast<int>(indent) > block_scalar_owner_)) {
          return;
        }
        mode_ = Mode::block;
        scan_block_line();
        return;
      }
      case Mode::single_quoted:
      case Mode::double_quoted: {
        const std::size_t close = find_closing_quote(0, mode_ == Mode::double_quoted);
        if (close == std::string_view::npos)
          return;
        mode_ = quote_in_flow_ ? Mode::flow : Mode::block;
        if (mode_ == Mode::flow)
          scan_flow(close + 1);
        return;
      }
      case Mode::flow:
        scan_flow(0);
        return;
      case Mode::block:
        scan_block_line();
        return;
    }
  }

  void scan_block_line() {
    if (line_.starts_with("%"))
      return;  // a directive
    if ((line_.starts_with("---") || line_.starts_with("...")) &&
        (line_.size() == 3 || is_blank(line_[3]))) {
      levels_.clear();  // a new document starts
      total_levels_ = 0;
      if (line_[0] == '-')
        scan_node(3);
      return;
    }
    const std::size_t indent = line_.find_first_not_of(' ');
    if (indent == std::string_view::npos || line_[indent] == '#')
      return;
    scan_node(indent);
  }

  // Scans what may be a node starting at `pos`: compact indicators and keys
  // open levels and the scan continues with the rest of the line.
  void scan_node(std::size_t pos) {
    while (!reported_) {
      while (pos < line_.size() && is_blank(line_[pos]))
        ++pos;
      if (pos >= line_.size() || line_[pos] == '#')
        return;
      const char c = line_[pos];
      const bool indicator = (c == '-' || c == '?' || c == ':') &&
                             (pos + 1 == line_.size() || is_blank(line_[pos + 1]));
      if (indicator) {
        open(pos, c == '-');
        ++pos;
      } else if (c == '&' || c == '!') {  // anchor or tag before the node
        while (pos < line_.size() && !is_blank(line_[pos]))
          ++pos;
      } else if (c == '[' || c == '{') {
        const std::size_t start = pos;
        mode_ = Mode::flow;
        flow_depth_ = 0;
        const std::size_t after = scan_flow(pos);
        if (mode_ != Mode::block || reported_)
          return;
        pos = key_separator_after(after);
        if (pos == std::string_view::npos)
          return;
        open(start, false);  // the flow collection was the key of a block map
      } else if (c == '"' || c == '\'') {
        const std::size_t close = find_closing_quote(pos + 1, c == '"');
        if (close == std::string_view::npos) {
          open_quote(pos, false);
          return;
        }
        const std::size_t value = key_separator_after(close + 1);
        if (value == std::string_view::npos)
          return;
        open(pos, false);
        pos = value;
      } else if (c == '|' || c == '>') {
        mode_ = Mode::block_scalar;
        block_scalar_owner_ = levels_.empty() ? -1 : levels_.back().column;
        return;
      } else {
        const std::size_t value = plain_key_separator(pos);
        if (value == std::string_view::npos)
          return;
        open(pos, false);
        pos = value;
      }
    }
  }

  // Position after "<blanks>:" followed by a blank or the end of line, or npos.
  std::size_t key_separator_after(std::size_t pos) const {
    while (pos < line_.size() && is_blank(line_[pos]))
      ++pos;
    if (pos < line_.size() && line_[pos] == ':' &&
        (pos + 1 == line_.size() || is_blank(line_[pos + 1]))) {
      return pos + 1;
    }
    return std::string_view::npos;
  }

  // A plain scalar starting at pos is a key when ": " (or ':' at the end)
  // follows before any " #" comment; returns the position after the ':'.
  std::size_t plain_key_separator(std::size_t pos) const {
    for (std::size_t i = pos; i < line_.size(); ++i) {
      if (line_[i] == '#' && i > pos && is_blank(line_[i - 1]))
        return std::string_view::npos;
      if (line_[i] == ':' && (i + 1 == line_.size() || is_blank(line_[i + 1])))
        return i + 1;
    }
    return std::string_view::npos;
  }

  // Index of the closing quote at or after `pos`, or npos when the scalar
  // goes on to the next line.
  std::size_t find_closing_quote(std::size_t pos, bool double_quoted) const {
    for (std::size_t i = pos; i < line_.size(); ++i) {
      if (double_quoted) {
        if (line_[i] == '\\') {
          ++i;
        } else if (line_[i] == '"') {
          return i;
        }
      } else if (line_[i] == '\'') {
        if (i + 1 < line_.size() && line_[i + 1] == '\'') {
          ++i;  // '' is an escaped quote
        } else {
          return i;
        }
      }
    }
    return std::string_view::npos;
  }

  // Counts flow brackets from `pos`; returns the position after the
  // collection when it closes on this line (mode_ is then block again).
  std::size_t scan_flow(std::size_t pos) {
    bool node_start = true;  // a quote here opens a quoted scalar
    for (std::size_t i = pos; i < line_.size(); ++i) {
      const char c = line_[i];
      if (c == '#' && (i == 0 || is_blank(line_[i - 1])))
        return line_.size();
      if ((c == '"' || c == '\'') && node_start) {
        const std::size_t close = find_closing_quote(i + 1, c == '"');
        if (close == std::string_view::npos) {
          open_quote(i, true);
          return line_.size();
        }
        i = close;
        node_start = false;
      } else if (c == '[' || c == '{') {
        ++flow_depth_;
        check_depth(i);
        if (reported_)
          return line_.size();
        node_start = true;
      } else if (c == ']' || c == '}') {
        if (flow_depth_ > 0)
          --flow_depth_;
        if (flow_depth_ == 0) {
          mode_ = Mode::block;
          return i + 1;
        }
        node_start = false;
      } else if (c == ',' || c == ':' || c == '?') {
        node_start = true;
      } else if (!is_blank(c)) {
        node_start = false;
      }
    }
    return line_.size();
  }

  void open(std::size_t pos, bool sequence) {
    const int column = static_cast<int>(pos);
    while (!levels_.empty() && levels_.back().column > column) {
      total_levels_ -= levels_.back().sequence + levels_.back().map;
      levels_.pop_back();
    }
    if (levels_.empty() || levels_.back().column < column) {
      levels_.push_back(Level{column, false, false});
    }
    Level& level = levels_.back();
    bool& flag = sequence ? level.sequence : level.map;
    if (!flag) {
      flag = true;
      ++total_levels_;
    }
    check_depth(pos);
  }

  void check_depth(std::size_t pos) {
    const int depth = total_levels_ + flow_depth_;
    if (depth <= kMaxNestingDepth)
      return;
    reported_ = true;
    out_.push_back(base::make_diagnostic(
        "nesting-too-deep",
        base::Location{std::string(file_), line_number_, code_point_column(line_, pos)},
        fmt::format("the YAML nests deeper than {} levels (level {} opens here)", kMaxNestingDepth,
                    depth)));
  }

  std::string_view file_;
  base::Diagnostics& out_;
  std::string_view line_;
  int line_number_ = 0;
  Mode mode_ = Mode::block;
  bool quote_in_flow_ = false;
  int quote_line_ = 0;  // where the open quoted scalar starts
  int quote_column_ = 0;
  int block_scalar_owner_ = -1;
  std::vector<Level> levels_;
  int total_levels_ = 0;
  int flow_depth_ = 0;
  bool reported_ = false;
};

}  // namespace

bool check_nesting(std::string_view file, std::string_view bytes, base::Diagnostics& out) {
  NestingScanner scanner(file, out);
  return scanner.scan(bytes.substr(bom_length(bytes)));
}

}  // namespace appmix::inventory
