// How far the YAML token that starts at a place in a line reaches, measured
// in the line's own bytes: what a code frame underlines under a key, a value,
// a quoted string, a bracketed list, a tag or an alias. It reads one line
// only and never parses: a token that goes on to the next line (a multi-line
// string, an unclosed bracket) ends at the line's end. It knows nothing of
// what the token means.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace appmix::inventory {

// Bytes of `line` (one line, without its line break) that the token starting
// at byte `start` covers; at least 1 when `start` is inside the line, 0 past
// its end. A plain scalar ends before ": ", " #", trailing blanks and, inside
// a bracketed list or map, before ',', ']' and '}'.
std::size_t yaml_token_length(std::string_view line, std::size_t start);

// Whether each place of one line lies inside a bracketed collection opened
// earlier on it (quoted strings skipped), as yaml_token_length decides it,
// read once for the whole line: the places of many findings on one long
// line cost a lookup each, not a scan from the line's start.
class YamlFlowContext {
 public:
  explicit YamlFlowContext(std::string_view line);

  bool in_flow(std::size_t start) const;

 private:
  // (byte, depth from that byte on) at each bracket that changes the depth.
  std::vector<std::pair<std::size_t, int>> depths_;
  std::size_t unclosed_quote_;  // where the scan stops, or the line's size
};

// yaml_token_length with the flow context given (YamlFlowContext::in_flow).
std::size_t yaml_token_length(std::string_view line, std::size_t start, bool in_flow);

// Bytes from `start` to the end of what the line holds: before a trailing
// comment and trailing blanks (quoted text is not searched for '#'); at
// least 1 when `start` is inside the line.
std::size_t yaml_rest_of_line_length(std::string_view line, std::size_t start);

}  // namespace appmix::inventory
