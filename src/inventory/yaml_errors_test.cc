#include "inventory/yaml_errors.h"

#include <doctest/doctest.h>

namespace appmix::inventory {
namespace {

SyntaxMessage describe(std::string_view problem, std::string_view context = "",
                       std::string_view text = "", bool at_end = false) {
  return describe_yaml_error(YamlError{problem, context, 3, 7, text, at_end});
}

}  // namespace

TEST_CASE("unclosed flow collections name the place they open") {
  CHECK(describe("did not find expected ',' or ']'", "while parsing a flow sequence").message ==
        "expected ',' or ']' here: the list opened with '[' at line 3, column 7 is not closed (or "
        "a ',' is missing between two items)");
  CHECK(describe("did not find expected ',' or '}'", "while parsing a flow mapping").message ==
        "expected ',' or '}' here: the map opened with '{' at line 3, column 7 is not closed (or "
        "a ',' is missing between two entries)");
  CHECK(describe("did not find expected node content", "while parsing a flow node", "", true)
            .message == "expected a value here, but the file ends (is a '[' or '{' left open?)");
  CHECK(
      describe("did not find expected node content", "while parsing a flow node", ", b]").message ==
      "expected a value here, not a second ','; remove one");
  CHECK(describe("did not find expected node content", "while parsing a block node", "]").message ==
        "expected a value here");
}

TEST_CASE("indentation problems name the collection they break") {
  CHECK(describe("did not find expected key", "while parsing a block mapping").message ==
        "expected a 'key: value' entry of the map that starts at line 3, column 7; check the "
        "indentation of this line");
  CHECK(
      describe("did not find expected '-' indicator", "while parsing a block collection").message ==
      "expected a '- ' item of the list that starts at line 3, column 7; check the indentation "
      "of this line");
  const SyntaxMessage key = describe("could not find expected ':'", "while scanning a simple key");
  CHECK(key.at_context);  // the key, not the next line where libyaml gave up
  CHECK(key.message ==
        "expected ':' after this key, on the same line; if the line continues the value above, "
        "indent it further");
}

TEST_CASE("a character that cannot start a value is named, a tab as such") {
  const auto message = [](std::string_view text) {
    return describe("found character that cannot start any token",
                    "while scanning for the next token", text)
        .message;
  };
  CHECK(message("\tb: 1") == "a tab cannot indent YAML or start a value; indent with spaces");
  CHECK(message("@home") ==
        "'@' is reserved in YAML and cannot start a plain value; quote the value");
  CHECK(message("\xE2\x82\xAC") == "'\xE2\x82\xAC' cannot start a value here; quote the value");
}

TEST_CASE("quoted strings") {
  const SyntaxMessage unterminated =
      describe("found unexpected end of stream", "while scanning a quoted scalar", "", true);
  CHECK(unterminated.at_context);  // the opening quote, as the text scan reports it
  CHECK(unterminated.message == "unterminated quoted string; add the closing quote");
  CHECK(describe("found unknown escape character", "while parsing a quoted scalar", "\\q\"")
            .message ==
        "unknown escape '\\q' in a double-quoted string; write '\\\\' for a backslash, or use "
        "single quotes");
  CHECK(describe("found unknown escape character", "while parsing a quoted scalar", "").message ==
        "unknown escape '\\' in a double-quoted string; write '\\\\' for a backslash, or use "
        "single quotes");
}

TEST_CASE("tags and directives") {
  CHECK(describe("found undefined tag handle", "while parsing a node", "!e!foo 1").message ==
        "the tag '!e!foo' uses a handle that no %TAG directive declares; remove the tag (the "
        "format reads untagged values)");
  // A long word is cut at 40 bytes, between two characters: here before the é
  // that would straddle the cut.
  const std::string long_tag = "!e!" + std::string(36, 'a') + "\xC3\xA9\xC3\xA9";
  CHECK(describe("found undefined tag handle", "while parsing a node", long_tag).message ==
        "the tag '!e!" + std::string(36, 'a') +
            "' uses a handle that no %TAG directive declares; remove the tag (the format "
            "reads untagged values)");
  CHECK(describe("found incompatible YAML document").message ==
        "appmix reads YAML 1.1 and 1.2; write '%YAML 1.2' or remove the directive");
  CHECK(describe("did not find expected digit or '.' character", "while scanning a %YAML directive")
            .message ==
        "malformed directive (did not find expected digit or '.' character); a line that starts "
        "with '%' is a YAML directive: quote a value that starts with '%'");
}

TEST_CASE("problems without words of their own keep libyaml's, with the context's place") {
  CHECK(describe("found something new").message == "found something new");
  CHECK(describe("found something new", "while doing a thing").message ==
        "found something new (while doing a thing, which starts at line 3, column 7)");
}

}  // namespace appmix::inventory
