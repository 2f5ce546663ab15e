// A small streaming JSON writer that keeps keys in the order they are written
// (stable, reviewable output) and pretty-prints with two-space indentation.
// It checks nesting with asserts only: callers are our own report writers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace appmix::base {

// JSON string escaping (quotes included). Control characters become \uXXXX;
// the text is assumed to be valid UTF-8 and is passed through unchanged.
std::string json_quote(std::string_view text);

class JsonWriter {
 public:
  // indent 0 writes everything on one line (for JSON Lines).
  explicit JsonWriter(int indent = 2) : indent_(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The same, but the container and everything in it go on one line:
  // {"apps": ["a", "b"], "jaccard": 0.5}. For long arrays of small records,
  // one record a line.
  JsonWriter& begin_object_on_one_line();
  JsonWriter& begin_array_on_one_line();
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(std::size_t number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(double number);  // shortest round-trip form, always with a "." or exponent;
                                     // NaN/inf become null
  JsonWriter& value(bool flag);
  JsonWriter& null();
  // A pre-formatted JSON token, such as a decimal amount "1200.50".
  JsonWriter& raw(std::string_view token);

  // The document so far, with a final newline once the top level is closed.
  const std::string& str() const { return out_; }

  // Moves out the text written since the last take() and goes on where it
  // left off (nesting is kept): a writer can stream a long document in
  // pieces instead of holding it whole. The next piece starts with the same
  // capacity, so it does not grow again from nothing.
  std::string take();

 private:
  void before_value();
  void begin(bool is_object, bool one_line);
  // Before a member or an element; `first`: nothing precedes it in its container.
  void separate(bool first);
  void newline();

  struct Level {
    bool is_object;
    bool one_line = false;
    bool empty = true;
  };
  int indent_;
  std::string out_;
  std::vector<Level> stack_;
  bool after_key_ = false;
};

}  // namespace appmix::base
