#include "base/json_out.h"

#include <fmt/format.h>

#include <cassert>
#include <cmath>

namespace appmix::base {

namespace {

void append_quoted(std::string& out, std::string_view text) {
  out.push_back('"');
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (byte < 0x20 || byte == 0x7f) {
          out += fmt::format("\\u{:04x}", byte);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

}  // namespace

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_quoted(out, text);
  return out;
}

std::string JsonWriter::take() {
  std::string piece;
  piece.reserve(out_.capacity());
  piece.swap(out_);
  return piece;
}

void JsonWriter::newline() {
  if (indent_ == 0)
    return;
  out_.push_back('\n');
  out_.append(stack_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::separate(bool first) {
  if (!first)
    out_.push_back(',');
  if (stack_.back().one_line) {
    if (!first && indent_ != 0)
      out_.push_back(' ');
  } else {
    newline();
  }
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty())
    return;
  assert(!stack_.back().is_object && "object members need a key first");
  const bool first = stack_.back().empty;
  stack_.back().empty = false;
  separate(first);
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!stack_.empty() && stack_.back().is_object);
  const bool first = stack_.back().empty;
  stack_.back().empty = false;
  separate(first);
  append_quoted(out_, name);
  out_ += indent_ == 0 ? ":" : ": ";
  after_key_ = true;
  return *this;
}

void JsonWriter::begin(bool is_object, bool one_line) {
  before_value();
  out_.push_back(is_object ? '{' : '[');
  const bool inside_one_line = !stack_.empty() && stack_.back().one_line;
  stack_.push_back({is_object, one_line || inside_one_line});
}

JsonWriter& JsonWriter::begin_object() {
  begin(true, false);
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  begin(false, false);
  return *this;
}

JsonWriter& JsonWriter::begin_object_on_one_line() {
  begin(true, true);
  return *this;
}

JsonWriter& JsonWriter::begin_array_on_one_line() {
  begin(false, true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  assert(!stack_.empty() && stack_.back().is_object);
  const Level closed = stack_.back();
  stack_.pop_back();
  if (!closed.empty && !closed.one_line)
    newline();
  out_.push_back('}');
  if (stack_.empty())
    out_.push_back('\n');
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  assert(!stack_.empty() && !stack_.back().is_object);
  const Level closed = stack_.back();
  stack_.pop_back();
  if (!closed.empty && !closed.one_line)
    newline();
  out_.push_back(']');
  if (stack_.empty())
    out_.push_back('\n');
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  append_quoted(out_, text);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  before_value();
  out_ += fmt::format("{}", number);
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  before_value();
  if (!std::isfinite(number)) {
    out_ += "null";
  } else {
    // Shortest round-trip form, but always written as a real number ("0.0",
    // not "0"): readers that type by the token (cli.md's "gap": 0.0) see a
    // double every time, not an integer when the value happens to be whole.
    const std::string text = fmt::format("{}", number);
    out_ += text;
    if (text.find_first_of(".eE") == std::string::npos)
      out_ += ".0";
  }
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view token) {
  before_value();
  out_ += token;
  return *this;
}

}  // namespace appmix::base
