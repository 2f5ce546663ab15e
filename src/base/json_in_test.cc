#include "base/json_in.h"

#include <doctest/doctest.h>

#include <string>

namespace appmix::base {
namespace {

TEST_CASE("parse_json reads RFC 8259 values and keeps lines") {
  const JsonParse parsed =
      parse_json("{\"a\": [1, -2.5e3, true, null],\n \"b\": \"x\\u00e9\\ud83d\\ude00\\n\"}");
  REQUIRE(parsed.value);
  const JsonValue* a = parsed.value->find("a");
  REQUIRE(a);
  REQUIRE(a->items.size() == 4);
  CHECK(a->items[1].text == "-2.5e3");
  CHECK(a->items[2].flag);
  CHECK(a->items[3].kind == JsonValue::Kind::null);
  const JsonValue* b = parsed.value->find("b");
  REQUIRE(b);
  CHECK(b->text == "x\xC3\xA9\xF0\x9F\x98\x80\n");
  CHECK(b->line == 2);
}

TEST_CASE("parse_json rejects malformed JSON with a place") {
  auto error_of = [](std::string_view text) {
    const JsonParse parsed = parse_json(text);
    REQUIRE_FALSE(parsed.value);
    return std::to_string(parsed.error.line) + ":" + std::to_string(parsed.error.column) + " " +
           parsed.error.message;
  };
  CHECK(error_of("{\"a\": 01}") == "1:7 expected a JSON value");
  CHECK(error_of("[1,]") == "1:4 expected a JSON value");
  CHECK(error_of("\"abc") == "1:5 a string is not closed");
  CHECK(error_of("{} x") == "1:4 text after the end of the JSON document");
  CHECK(error_of("\"\\ud800\"") == "1:8 a surrogate pair is not complete");
  CHECK(error_of(std::string(100, '[') + std::string(100, ']')) ==
        "1:66 nesting deeper than 64 levels");
}

}  // namespace
}  // namespace appmix::base
