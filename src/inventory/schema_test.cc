#include "inventory/schema.h"

#include <doctest/doctest.h>

#include <cctype>
#include <string>
#include <string_view>

namespace appmix::inventory {
namespace {

// A strict recursive-descent JSON recogniser (RFC 8259 grammar, no
// extensions): enough to prove the embedded schema is well-formed JSON
// without a JSON library. The full draft-07 check runs in tests/schema/.
class JsonRecogniser {
 public:
  explicit JsonRecogniser(std::string_view text) : text_(text) {}

  bool document() {
    skip_space();
    if (!value(0))
      return false;
    skip_space();
    return pos_ == text_.size();
  }
  std::size_t position() const { return pos_; }

 private:
  bool value(int depth) {
    if (depth > 64 || pos_ >= text_.size())
      return false;
    switch (text_[pos_]) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return word("true");
      case 'f':
        return word("false");
      case 'n':
        return word("null");
      default:
        return number();
    }
  }
  bool object(int depth) {
    ++pos_;
    skip_space();
    if (peek('}'))
      return true;
    do {
      skip_space();
      if (pos_ >= text_.size() || text_[pos_] != '"' || !string())
        return false;
      skip_space();
      if (!peek(':'))
        return false;
      skip_space();
      if (!value(depth + 1))
        return false;
      skip_space();
    } while (peek(','));
    return peek('}');
  }
  bool array(int depth) {
    ++pos_;
    skip_space();
    if (peek(']'))
      return true;
    do {
      skip_space();
      if (!value(depth + 1))
        return false;
      skip_space();
    } while (peek(','));
    return peek(']');
  }
  bool string() {
    ++pos_;
    while (pos_ < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[pos_++]);
      if (c == '"')
        return true;
      if (c < 0x20)
        return false;
      if (c == '\\') {
        if (pos_ >= text_.size())
          return false;
        const char escaped = text_[pos_++];
        if (escaped == 'u') {
          for (int i = 0; i < 4; ++i) {
            if (pos_ >= text_.size() || !std::isxdigit(static_cast<unsigned char>(text_[pos_++]))) {
              return false;
            }
          }
        } else if (std::string_view("\"\\/bfnrt").find(escaped) == std::string_view::npos) {
          return false;
        }
      }
    }
    return false;
  }
  bool number() {
    const std::size_t start = pos_;
    peek('-');
    if (peek('0')) {
    } else if (!digits()) {
      return false;
    }
    if (peek('.') && !digits())
      return false;
    if ((peek('e') || peek('E'))) {
      if (!peek('+'))
        peek('-');
      if (!digits())
        return false;
    }
    return pos_ > start;
  }
  bool digits() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_])))
      ++pos_;
    return pos_ > start;
  }
  bool word(std::string_view expected) {
    if (text_.substr(pos_, expected.size()) != expected)
      return false;
    pos_ += expected.size();
    return true;
  }
  bool peek(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  void skip_space() {
    while (pos_ < text_.size() &&
           std::string_view(" \t\r\n").find(text_[pos_]) != std::string_view::npos) {
      ++pos_;
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

bool is_json(std::string_view text) {
  return JsonRecogniser(text).document();
}

TEST_CASE("the recogniser accepts JSON and rejects near misses") {
  CHECK(is_json(R"({"a": [1, -2.5e3, true, null, "x\"\u00e9"], "b": {}})"));
  CHECK_FALSE(is_json(R"({"a": 1,})"));
  CHECK_FALSE(is_json(R"({"a": 1} x)"));
  CHECK_FALSE(is_json(R"({"a": [1, 2})"));
  CHECK_FALSE(is_json(R"({'a': 1})"));
  CHECK_FALSE(is_json("{\"a\": \"line\nbreak\"}"));
}

TEST_CASE("the inventory schema is well-formed JSON") {
  const std::string_view schema = inventory_json_schema();
  JsonRecogniser recogniser(schema);
  const bool ok = recogniser.document();
  INFO("stopped at byte " << recogniser.position());
  CHECK(ok);
  CHECK(schema.back() == '\n');
}

TEST_CASE("the schema is draft-07, closed, and requires no top-level key") {
  const std::string_view schema = inventory_json_schema();
  CHECK(schema.find(R"("$schema": "http://json-schema.org/draft-07/schema#")") !=
        std::string_view::npos);
  // A directory part may hold any subset of the sections.
  const std::size_t definitions = schema.find(R"("definitions")");
  REQUIRE(definitions != std::string_view::npos);
  CHECK(schema.substr(0, definitions).find(R"("required")") == std::string_view::npos);
  CHECK(schema.find(R"("pattern": "^[a-z0-9][a-z0-9._-]*$")") != std::string_view::npos);
  CHECK(schema.find(R"("additionalProperties": true)") == std::string_view::npos);
}

}  // namespace
}  // namespace appmix::inventory
