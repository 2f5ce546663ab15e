// A small strict JSON reader (RFC 8259) for the files appmix reads back that
// it also writes, such as check's baselines. Numbers are kept as written;
// every value remembers the 1-based line it starts on, so a caller can point
// at an entry. Errors carry line and column; no exception leaves parse_json.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace appmix::base {

struct JsonValue {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  bool flag = false;
  std::string text;  // the string's value, or the number as written
  std::vector<JsonValue> items;
  std::vector<std::pair<std::string, JsonValue>> members;  // in file order
  int line = 0;

  // Declared here and defaulted in json_in.cc: `members` holds pairs of
  // JsonValue, which clang with libstdc++ cannot instantiate while JsonValue
  // is still incomplete (the implicit members would be defined inside the
  // class).
  JsonValue();
  JsonValue(const JsonValue&);
  JsonValue(JsonValue&&) noexcept;
  JsonValue& operator=(const JsonValue&);
  JsonValue& operator=(JsonValue&&) noexcept;
  ~JsonValue();

  // The member named `name`, or nullptr.
  const JsonValue* find(std::string_view name) const;
};

struct JsonError {
  int line = 0;
  int column = 0;  // 1-based, in bytes
  std::string message;
};

struct JsonParse {
  std::optional<JsonValue> value;
  JsonError error;  // when value is empty
};

// Nesting deeper than 64 levels is an error (no deep recursion on hostile input).
JsonParse parse_json(std::string_view text);

}  // namespace appmix::base
