#include "inventory/yaml_token.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace appmix::inventory {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_flow_indicator(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// End (exclusive) of the quoted string opening at `start`, or npos when it
// is not closed on this line. Double quotes take backslash escapes; single
// quotes escape themselves by doubling.
std::size_t quoted_end(std::string_view line, std::size_t start) {
  const char quote = line[start];
  for (std::size_t i = start + 1; i < line.size(); ++i) {
    if (quote == '"' && line[i] == '\\') {
      ++i;
    } else if (line[i] == quote) {
      if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// End (exclusive) of the bracketed collection opening at `start`, skipping
// quoted strings; npos when it is not closed on this line.
std::size_t bracket_end(std::string_view line, std::size_t start) {
  int depth = 0;
  for (std::size_t i = start; i < line.size(); ++i) {
    const char c = line[i];
    if ((c == '"' || c == '\'') &&
        (i == start || !std::isalnum(static_cast<unsigned char>(line[i - 1])))) {
      const std::size_t end = quoted_end(line, i);
      if (end == std::string_view::npos)
        return end;
      i = end - 1;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0)
        return i + 1;
    } else if (c == '#' && i > 0 && is_blank(line[i - 1])) {
      return std::string_view::npos;  // a comment: the collection goes on below
    }
  }
  return std::string_view::npos;
}

std::size_t trimmed_end(std::string_view line, std::size_t start, std::size_t end) {
  while (end > start && is_blank(line[end - 1]))
    --end;
  return end;
}

std::size_t plain_end(std::string_view line, std::size_t start, bool flow) {
  std::size_t i = start;
  for (; i < line.size(); ++i) {
    const char c = line[i];
    const bool last = i + 1 == line.size();
    if (c == ':' && (last || is_blank(line[i + 1]) || (flow && is_flow_indicator(line[i + 1]))))
      break;
    if (c == '#' && i > start && is_blank(line[i - 1]))
      break;
    if (flow && is_flow_indicator(c))
      break;
  }
  return trimmed_end(line, start, i);
}

// A tag, anchor, alias or block-scalar header: up to a blank or a flow
// indicator.
std::size_t word_end(std::string_view line, std::size_t start) {
  std::size_t i = start + 1;
  while (i < line.size() && !is_blank(line[i]) && !is_flow_indicator(line[i]))
    ++i;
  return i;
}

std::size_t token_end(std::string_view line, std::size_t start, bool flow) {
  const char c = line[start];
  const auto or_line_end = [&](std::size_t end) {
    return end == std::string_view::npos ? yaml_rest_of_line_length(line, start) + start : end;
  };
  switch (c) {
    case '"':
    case '\'':
      return or_line_end(quoted_end(line, start));
    case '[':
    case '{':
      return or_line_end(bracket_end(line, start));
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
      return word_end(line, start);
    case '#':
      return trimmed_end(line, start, line.size());
    case '-':
      if (start + 1 == line.size() || is_blank(line[start + 1]))
        return start + 1;  // a list item's dash
      return plain_end(line, start, flow);
    default:
      return plain_end(line, start, flow);
  }
}

}  // namespace

YamlFlowContext::YamlFlowContext(std::string_view line) : unclosed_quote_(line.size()) {
  int depth = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"' || c == '\'') {
      const std::size_t end = quoted_end(line, i);
      if (end == std::string_view::npos) {
        unclosed_quote_ = i;
        return;
      }
      i = end - 1;
    } else if (c == '[' || c == '{') {
      depths_.emplace_back(i, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      depths_.emplace_back(i, --depth);
    }
  }
}

// The scan from the line's start to `start`: the depth after the last
// bracket before it; a quoted string that holds `start`, or is not closed
// before it, leaves the depth as it was.
bool YamlFlowContext::in_flow(std::size_t start) const {
  const std::size_t limit = std::min(start, unclosed_quote_ + 1);
  const auto after = std::lower_bound(
      depths_.begin(), depths_.end(), limit,
      [](const std::pair<std::size_t, int>& event, std::size_t at) { return event.first < at; });
  return after != depths_.begin() && std::prev(after)->second > 0;
}

std::size_t yaml_token_length(std::string_view line, std::size_t start, bool in_flow) {
  if (start >= line.size())
    return 0;
  return std::max<std::size_t>(1, token_end(line, start, in_flow) - start);
}

std::size_t yaml_token_length(std::string_view line, std::size_t start) {
  return yaml_token_length(line, start, YamlFlowContext(line).in_flow(start));
}

std::size_t yaml_rest_of_line_length(std::string_view line, std::size_t start) {
  if (start >= line.size())
    return 0;
  std::size_t end = line.size();
  for (std::size_t i = start; i < line.size(); ++i) {
    const char c = line[i];
    if ((c == '"' || c == '\'') &&
        (i == start || !std::isalnum(static_cast<unsigned char>(line[i - 1])))) {
      const std::size_t closed = quoted_end(line, i);
      if (closed == std::string_view::npos)
        break;
      i = closed - 1;
    } else if (c == '#' && i > start && is_blank(line[i - 1])) {
      end = i;
      break;
    }
  }
  return std::max<std::size_t>(1, trimmed_end(line, start, end) - start);
}

}  // namespace appmix::inventory
