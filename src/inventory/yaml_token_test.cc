#include "inventory/yaml_token.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using appmix::inventory::yaml_rest_of_line_length;
using appmix::inventory::yaml_token_length;

namespace {

// The token of `line` that starts where `at` first occurs.
std::string_view token_at(std::string_view line, std::string_view at) {
  const std::size_t start = line.find(at);
  REQUIRE(start != std::string_view::npos);
  return line.substr(start, yaml_token_length(line, start));
}

}  // namespace

TEST_CASE("a plain key or value ends before ': ', a comment and trailing blanks") {
  CHECK(token_at("    vendr: Example  # note", "vendr") == "vendr");
  CHECK(token_at("    vendr: Example Vendor  # note", "Example") == "Example Vendor");
  CHECK(token_at("  url: http://example.com/a:b", "http") == "http://example.com/a:b");
  CHECK(token_at("  key:", "key") == "key");
  CHECK(token_at("  name: Bob's CRM", "Bob") == "Bob's CRM");
}

TEST_CASE("inside brackets a plain scalar also ends at ',', ']' and '}'") {
  CHECK(token_at("    capabilities: [crm, feedback.survey]", "feedback") == "feedback.survey");
  CHECK(token_at("  - {name: Cafe, id: Feedback Cafe}", "Feedback") == "Feedback Cafe");
  CHECK(token_at("  - {name: \"a, [b\", id: x}", "x}") == "x");
  // Outside brackets a comma is part of the text.
  CHECK(token_at("  name: Acme, Inc.", "Acme") == "Acme, Inc.");
}

TEST_CASE("quoted strings, brackets, tags and aliases are whole tokens") {
  CHECK(token_at(R"(  users: "1\"20" # x)", "\"") == R"("1\"20")");
  CHECK(token_at("  name: 'it''s' # x", "'") == "'it''s'");
  CHECK(token_at("  list: [a, [b, c]] # x", "[") == "[a, [b, c]]");
  CHECK(token_at("  users: !!str 40", "!!") == "!!str");
  CHECK(token_at("  users: *base, x", "*") == "*base");
  CHECK(token_at("  - item", "-") == "-");
  // Not closed on this line: up to the line's end (before a comment).
  CHECK(token_at("  name: \"goes on  ", "\"") == "\"goes on");
  CHECK(token_at("  list: [a, b  # more below", "[") == "[a, b");
}

TEST_CASE("a place past the end of the line has no token; inside it at least one byte") {
  CHECK(yaml_token_length("abc", 3) == 0);
  CHECK(yaml_token_length("abc", 9) == 0);
  CHECK(yaml_token_length("a: b", 1) == 1);
}

TEST_CASE("the rest of a line stops before its comment, not at a '#' inside quotes") {
  const std::string_view line = "  - id: crm   # the \"main\" one";
  CHECK(line.substr(4, yaml_rest_of_line_length(line, 4)) == "id: crm");
  const std::string_view quoted = "  - {id: crm, name: \"a # b\"}  ";
  CHECK(quoted.substr(4, yaml_rest_of_line_length(quoted, 4)) == "{id: crm, name: \"a # b\"}");
  CHECK(yaml_rest_of_line_length("abc", 3) == 0);
}

TEST_CASE("YamlFlowContext tells every place of a line at once, as a scan from the start would") {
  const std::string_view line = R"(a: [b, 'c]', {d: "e{"}] f ] [g, "h)";
  const appmix::inventory::YamlFlowContext flow(line);
  const auto at = [&](std::string_view text) { return flow.in_flow(line.find(text)); };
  CHECK(!at("a:"));
  CHECK(!at("["));  // the bracket itself opens the collection after it
  CHECK(at("b,"));
  CHECK(at("c]"));  // inside a quoted string: the depth before it
  CHECK(at("d:"));
  CHECK(at("e{"));
  CHECK(!at("f "));
  CHECK(!at("] ["));  // a stray ']' does not go below zero
  CHECK(at("g,"));
  CHECK(at("h"));  // past a quote that is not closed: the depth where it opened
  CHECK(!flow.in_flow(0));
  // A flow list of 700,000 bytes is read once; each place is a lookup.
  std::string list = "k: [";
  for (int i = 0; i < 100'000; ++i)
    list += "item" + std::to_string(i % 10) + ", ";
  list += "]";
  const appmix::inventory::YamlFlowContext long_flow(list);
  std::size_t tokens = 0;
  for (std::size_t start = 4; start + 1 < list.size(); start += 7)
    tokens += yaml_token_length(list, start, long_flow.in_flow(start));
  CHECK(tokens == 100'000 * 5);
  CHECK(!long_flow.in_flow(list.size()));
}
