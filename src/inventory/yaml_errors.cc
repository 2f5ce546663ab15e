#include "inventory/yaml_errors.h"

#include <fmt/format.h>

#include <algorithm>

namespace appmix::inventory {
namespace {

// The first character of `text` (valid UTF-8), as its bytes.
std::string_view first_character(std::string_view text) {
  if (text.empty())
    return text;
  const auto lead = static_cast<unsigned char>(text[0]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return text.substr(0, length);
}

// The word at the start of `text`: up to a blank, a flow indicator or the
// end, and at most about 40 bytes (cut between two characters).
std::string_view first_word(std::string_view text) {
  std::size_t end = std::min<std::size_t>(text.find_first_of(" \t\r,[]{}"), 40);
  end = std::min(end, text.size());
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    --end;
  return text.substr(0, end);
}

std::string opened_at(const YamlError& error) {
  return fmt::format("line {}, column {}", error.context_line, error.context_column);
}

// "found character that cannot start any token": a tab, or a character that
// YAML reserves ('@', '`') or that starts nothing here.
std::string unexpected_character(std::string_view text) {
  const std::string_view character = first_character(text);
  if (character == "\t")
    return "a tab cannot indent YAML or start a value; indent with spaces";
  if (character == "@" || character == "`") {
    return fmt::format("'{}' is reserved in YAML and cannot start a plain value; quote the value",
                       character);
  }
  return fmt::format("'{}' cannot start a value here; quote the value", character);
}

}  // namespace

SyntaxMessage describe_yaml_error(const YamlError& error) {
  const std::string_view problem = error.problem;
  const std::string_view context = error.context;
  if (problem == "did not find expected ',' or ']'") {
    return {
        fmt::format("expected ',' or ']' here: the list opened with '[' at {} is not closed "
                    "(or a ',' is missing between two items)",
                    opened_at(error))};
  }
  if (problem == "did not find expected ',' or '}'") {
    return {
        fmt::format("expected ',' or '}}' here: the map opened with '{{' at {} is not closed "
                    "(or a ',' is missing between two entries)",
                    opened_at(error))};
  }
  if (problem == "did not find expected key") {
    return {
        fmt::format("expected a 'key: value' entry of the map that starts at {}; check the "
                    "indentation of this line",
                    opened_at(error))};
  }
  if (problem == "did not find expected '-' indicator") {
    return {
        fmt::format("expected a '- ' item of the list that starts at {}; check the "
                    "indentation of this line",
                    opened_at(error))};
  }
  if (problem == "did not find expected node content") {
    if (error.at_end)
      return {"expected a value here, but the file ends (is a '[' or '{' left open?)"};
    if (error.text.starts_with(","))
      return {"expected a value here, not a second ','; remove one"};
    return {"expected a value here"};
  }
  if (problem == "mapping values are not allowed in this context") {
    return {
        "a ':' followed by a space cannot start a map value here; quote the value if it "
        "contains ': ', or check the indentation"};
  }
  if (problem == "block sequence entries are not allowed in this context") {
    return {
        "a '- ' list item cannot start here; put it on a line of its own, indented under its "
        "key"};
  }
  if (problem == "mapping keys are not allowed in this context")
    return {"a '? ' key cannot start here; quote the value if it starts with '? '"};
  if (problem == "could not find expected ':'") {
    return {
        "expected ':' after this key, on the same line; if the line continues the value "
        "above, indent it further",
        true};
  }
  if (problem == "found character that cannot start any token")
    return {unexpected_character(error.text)};
  if (problem == "found unexpected end of stream" && context == "while scanning a quoted scalar")
    return {"unterminated quoted string; add the closing quote", true};
  if (problem == "found unexpected document indicator") {
    return {
        fmt::format("a '---' or '...' line inside the quoted string opened at {}; close the "
                    "string before it, or indent the line",
                    opened_at(error))};
  }
  if (problem == "found unknown escape character") {
    return {fmt::format(
        "unknown escape '\\{}' in a double-quoted string; write '\\\\' for a "
        "backslash, or use single quotes",
        first_character(error.text.substr(std::min<std::size_t>(1, error.text.size()))))};
  }
  if (problem == "did not find expected hexdecimal number") {
    return {
        "an escape in a double-quoted string needs hex digits here: \\xHH, \\uHHHH or "
        "\\UHHHHHHHH"};
  }
  if (problem == "found undefined tag handle") {
    return {
        fmt::format("the tag '{}' uses a handle that no %TAG directive declares; remove the "
                    "tag (the format reads untagged values)",
                    first_word(error.text))};
  }
  if (problem == "found incompatible YAML document")
    return {"appmix reads YAML 1.1 and 1.2; write '%YAML 1.2' or remove the directive"};
  if (problem == "found duplicate %YAML directive")
    return {"a second %YAML directive for this document; keep one"};
  if (problem == "found duplicate %TAG directive")
    return {"a second %TAG directive for the same handle; keep one"};
  if (problem == "did not find expected <document start>")
    return {"expected '---' here: a document that follows directives (%YAML, %TAG) starts with it"};
  if (context == "while scanning an anchor" || context == "while scanning an alias") {
    const char* indicator = context == "while scanning an anchor" ? "&" : "*";
    return {
        fmt::format("'{0}' must be followed by a name (letters, digits, '-', '_'); quote a "
                    "value that starts with '{0}'",
                    indicator)};
  }
  if (context == "while scanning a block scalar") {
    if (problem == "found a tab character where an indentation space is expected") {
      return {
          fmt::format("a tab indents this line of the block scalar that starts at {}; indent "
                      "with spaces",
                      opened_at(error))};
    }
    if (problem == "found an indentation indicator equal to 0")
      return {"the indentation indicator after '|' or '>' must be 1 to 9, not 0"};
    return {
        "after '|' or '>' only '-', '+', a digit 1-9 or a comment may follow on the same line; "
        "start the text on the next line"};
  }
  if (problem == "found a tab character that violate indentation")
    return {"a tab indents this line; indent with spaces"};
  if (context.find("tag") != std::string_view::npos &&
      context.find("%TAG") == std::string_view::npos) {
    return {fmt::format("malformed tag ({}); remove the tag (the format reads untagged values)",
                        problem)};
  }
  if (context.find("directive") != std::string_view::npos) {
    return {
        fmt::format("malformed directive ({}); a line that starts with '%' is a YAML "
                    "directive: quote a value that starts with '%'",
                    problem)};
  }
  if (context.empty())
    return {std::string(problem)};
  return {fmt::format("{} ({}, which starts at {})", problem, context, opened_at(error))};
}

}  // namespace appmix::inventory
