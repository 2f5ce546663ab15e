#include "base/json_out.h"

#include <doctest/doctest.h>

namespace appmix::base {

TEST_CASE("JsonWriter keeps key order and pretty-prints") {
  JsonWriter json;
  json.begin_object();
  json.key("b").value(1);
  json.key("a").begin_array().value("x\"y").value(true).null().end_array();
  json.key("empty").begin_object().end_object();
  json.end_object();
  CHECK(json.str() ==
        "{\n  \"b\": 1,\n  \"a\": [\n    \"x\\\"y\",\n    true,\n    null\n  ],\n"
        "  \"empty\": {}\n}\n");
}

TEST_CASE("json_quote escapes control characters") {
  CHECK(json_quote("a\nb\x01") == "\"a\\nb\\u0001\"");
}

}  // namespace appmix::base

namespace appmix::base {

TEST_CASE("doubles are always written as real numbers, in shortest form") {
  JsonWriter json;
  json.begin_array().value(0.0).value(2.0).value(0.25).value(1e300).value(-3.5).end_array();
  CHECK(json.str() == "[\n  0.0,\n  2.0,\n  0.25,\n  1e+300,\n  -3.5\n]\n");
}

}  // namespace appmix::base

namespace appmix::base {

TEST_CASE("take() streams the same document in pieces") {
  const auto write = [](JsonWriter& json, std::string& pieces) {
    json.begin_object();
    json.key("a").begin_array().value(1);
    pieces += json.take();
    json.value(2).end_array();
    pieces += json.take();
    json.key("b").begin_object().end_object();
    json.end_object();
    pieces += json.take();
  };
  JsonWriter streamed;
  std::string pieces;
  write(streamed, pieces);
  CHECK(streamed.str().empty());
  CHECK(pieces == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}\n");
}

}  // namespace appmix::base

namespace appmix::base {

TEST_CASE("one-line containers keep everything inside them on one line") {
  JsonWriter json;
  json.begin_object();
  json.key("rows").begin_array();
  json.begin_object_on_one_line();
  json.key("apps").begin_array().value("a").value("b").end_array();
  json.key("none").begin_array().end_array();
  json.key("x").value(0.5);
  json.end_object();
  json.begin_array_on_one_line().value(1).end_array();
  json.end_array();
  json.end_object();
  CHECK(json.str() ==
        "{\n  \"rows\": [\n    {\"apps\": [\"a\", \"b\"], \"none\": [], \"x\": 0.5},\n"
        "    [1]\n  ]\n}\n");
}

}  // namespace appmix::base
