#include "base/json_in.h"

#include <fmt/format.h>

namespace appmix::base {
namespace {

constexpr int kMaxDepth = 64;

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  JsonParse parse() {
    JsonParse result;
    skip_blanks();
    JsonValue value;
    if (!read_value(value, 0))
      return fail();
    skip_blanks();
    if (at_ < text_.size()) {
      error_ = "text after the end of the JSON document";
      return fail();
    }
    result.value = std::move(value);
    return result;
  }

 private:
  JsonParse fail() {
    JsonParse result;
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < at_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    result.error = {line, static_cast<int>(at_ - line_start) + 1, error_};
    return result;
  }

  void skip_blanks() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      if (text_[at_] == '\n')
        ++line_;
      ++at_;
    }
  }

  bool expect_word(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) {
      error_ = "expected a JSON value";
      return false;
    }
    at_ += word.size();
    return true;
  }

  bool read_value(JsonValue& value, int depth) {
    if (depth > kMaxDepth) {
      error_ = "nesting deeper than 64 levels";
      return false;
    }
    value.line = line_;
    if (at_ >= text_.size()) {
      error_ = "the text ends where a value was expected";
      return false;
    }
    const char c = text_[at_];
    if (c == '{')
      return read_object(value, depth);
    if (c == '[')
      return read_array(value, depth);
    if (c == '"') {
      value.kind = JsonValue::Kind::string;
      return read_string(value.text);
    }
    if (c == 't' || c == 'f') {
      value.kind = JsonValue::Kind::boolean;
      value.flag = c == 't';
      return expect_word(value.flag ? "true" : "false");
    }
    if (c == 'n')
      return expect_word("null");
    return read_number(value);
  }

  bool read_number(JsonValue& value) {
    const std::size_t start = at_;
    if (at_ < text_.size() && text_[at_] == '-')
      ++at_;
    auto digits = [&] {
      const std::size_t from = at_;
      while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9')
        ++at_;
      return at_ - from;
    };
    const std::size_t whole_start = at_;
    if (digits() == 0 || (text_[whole_start] == '0' && at_ - whole_start > 1)) {
      at_ = start;
      error_ = "expected a JSON value";
      return false;
    }
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      if (digits() == 0) {
        error_ = "a number needs digits after its decimal point";
        return false;
      }
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-'))
        ++at_;
      if (digits() == 0) {
        error_ = "a number needs digits in its exponent";
        return false;
      }
    }
    value.kind = JsonValue::Kind::number;
    value.text = std::string(text_.substr(start, at_ - start));
    return true;
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  bool read_hex4(unsigned& code) {
    if (at_ + 4 > text_.size()) {
      error_ = "a \\u escape needs four hex digits";
      return false;
    }
    code = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = text_[at_++];
      code <<= 4;
      if (h >= '0' && h <= '9')
        code |= static_cast<unsigned>(h - '0');
      else if (h >= 'a' && h <= 'f')
        code |= static_cast<unsigned>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F')
        code |= static_cast<unsigned>(h - 'A' + 10);
      else {
        error_ = "a \\u escape needs four hex digits";
        return false;
      }
    }
    return true;
  }

  bool read_string(std::string& out) {
    ++at_;  // the opening quote
    while (at_ < text_.size()) {
      const char c = text_[at_++];
      if (c == '"')
        return true;
      if (static_cast<unsigned char>(c) < 0x20) {
        --at_;
        error_ = "a control character inside a string (write it as an escape)";
        return false;
      }
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_ >= text_.size())
        break;
      const char e = text_[at_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          unsigned code = 0;
          if (!read_hex4(code))
            return false;
          if (code >= 0xD800 && code < 0xDC00 && text_.substr(at_, 2) == "\\u") {
            at_ += 2;
            unsigned low = 0;
            if (!read_hex4(low))
              return false;
            if (low < 0xDC00 || low > 0xDFFF) {
              error_ = "a surrogate pair is not complete";
              return false;
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          } else if (code >= 0xD800 && code < 0xE000) {
            error_ = "a surrogate pair is not complete";
            return false;
          }
          append_utf8(out, code);
          break;
        }
        default:
          --at_;
          error_ = fmt::format("'\\{}' is not a JSON escape", e);
          return false;
      }
    }
    error_ = "a string is not closed";
    return false;
  }

  bool read_array(JsonValue& value, int depth) {
    value.kind = JsonValue::Kind::array;
    ++at_;
    skip_blanks();
    if (at_ < text_.size() && text_[at_] == ']') {
      ++at_;
      return true;
    }
    while (true) {
      skip_blanks();
      JsonValue item;
      if (!read_value(item, depth + 1))
        return false;
      value.items.push_back(std::move(item));
      skip_blanks();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == ']') {
        ++at_;
        return true;
      }
      error_ = "expected ',' or ']' in an array";
      return false;
    }
  }

  bool read_object(JsonValue& value, int depth) {
    value.kind = JsonValue::Kind::object;
    ++at_;
    skip_blanks();
    if (at_ < text_.size() && text_[at_] == '}') {
      ++at_;
      return true;
    }
    while (true) {
      skip_blanks();
      if (at_ >= text_.size() || text_[at_] != '"') {
        error_ = "expected a member name in quotes";
        return false;
      }
      std::string name;
      if (!read_string(name))
        return false;
      skip_blanks();
      if (at_ >= text_.size() || text_[at_] != ':') {
        error_ = "expected ':' after a member name";
        return false;
      }
      ++at_;
      skip_blanks();
      JsonValue member;
      if (!read_value(member, depth + 1))
        return false;
      value.members.emplace_back(std::move(name), std::move(member));
      skip_blanks();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == '}') {
        ++at_;
        return true;
      }
      error_ = "expected ',' or '}' in an object";
      return false;
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  int line_ = 1;
  std::string error_;
};

}  // namespace

JsonValue::JsonValue() = default;
JsonValue::JsonValue(const JsonValue&) = default;
JsonValue::JsonValue(JsonValue&&) noexcept = default;
JsonValue& JsonValue::operator=(const JsonValue&) = default;
JsonValue& JsonValue::operator=(JsonValue&&) noexcept = default;
JsonValue::~JsonValue() = default;

const JsonValue* JsonValue::find(std::string_view name) const {
  for (const auto& [key, value] : members) {
    if (key == name)
      return &value;
  }
  return nullptr;
}

JsonParse parse_json(std::string_view text) {
  return Reader(text).parse();
}

}  // namespace appmix::base
