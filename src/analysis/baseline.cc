#include "analysis/baseline.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

#include "base/json_out.h"

namespace appmix::analysis {
namespace {

constexpr int kBaselineVersion = 1;
constexpr std::string_view kStaleRule = "baseline-stale";

using Key = std::tuple<std::string, std::string, std::string>;  // file, rule, message

constexpr std::uint64_t kMostTimes = 999'999'999;  // nine digits, as the format has always allowed

Key key_of(const base::Diagnostic& diagnostic) {
  return {diagnostic.location.file, diagnostic.rule, diagnostic.message};
}

struct TextPlace {
  int line = 1;
  int column = 1;  // 1-based, in bytes
};

// nlohmann reports where it stopped as a count of bytes read; the error
// names the byte before it.
TextPlace place_of_byte(std::string_view text, std::size_t bytes_read) {
  const std::size_t end = std::min(text.size(), bytes_read == 0 ? 0 : bytes_read - 1);
  TextPlace place;
  for (std::size_t at = 0; at < end; ++at) {
    if (text[at] == '\n') {
      ++place.line;
      place.column = 1;
    } else {
      ++place.column;
    }
  }
  return place;
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at
// line 1, column 5: syntax error ..."; the place is printed our way instead.
std::string reason_of(const nlohmann::json::parse_error& parse_error) {
  const std::string_view what = parse_error.what();
  const std::size_t column = what.find("column ");
  const std::size_t colon = what.find(": ", column == std::string_view::npos ? 0 : column);
  return std::string(colon == std::string_view::npos ? what : what.substr(colon + 2));
}

// A byte iterator that counts the line breaks it steps over, so a SAX pass
// knows the line of each value: nlohmann's values keep no position.
class LineCountingIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  LineCountingIterator() = default;
  LineCountingIterator(const char* at, int* line) : at_(at), line_(line) {}
  reference operator*() const { return *at_; }
  LineCountingIterator& operator++() {
    if (*at_ == '\n')
      ++*line_;
    ++at_;
    return *this;
  }
  LineCountingIterator operator++(int) {
    LineCountingIterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const LineCountingIterator& a, const LineCountingIterator& b) {
    return a.at_ == b.at_;
  }

 private:
  const char* at_ = nullptr;
  int* line_ = nullptr;
};

// Records the line each item of the root's "findings" array starts on.
class EntryLineRecorder : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit EntryLineRecorder(const int* line) : line_(line) {}
  std::vector<int> lines;

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(); }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_array() override { return close(); }
  bool key(string_t& name) override {
    if (depth_ == 1)
      in_findings_ = name == "findings";
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception&) override {
    return false;
  }

 private:
  // The lexer has read the value's first byte when the parser reports it,
  // and no line break after it.
  bool value() {
    if (depth_ == 2 && in_findings_)
      lines.push_back(*line_);
    return true;
  }
  bool open() {
    value();
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }

  const int* line_;
  int depth_ = 0;
  bool in_findings_ = false;
};

std::vector<int> entry_lines(std::string_view text) {
  int line = 1;
  EntryLineRecorder recorder(&line);
  nlohmann::json::sax_parse(LineCountingIterator(text.data(), &line),
                            LineCountingIterator(text.data() + text.size(), &line), &recorder);
  return recorder.lines;
}

}  // namespace

std::vector<BaselineEntry> baseline_of(const base::Diagnostics& diagnostics) {
  std::map<Key, std::size_t> counts;  // sorted by file, rule, message
  for (const base::Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.rule != kStaleRule && diagnostic.severity != base::Severity::error)
      ++counts[key_of(diagnostic)];
  }
  std::vector<BaselineEntry> entries;
  for (const auto& [key, count] : counts)
    entries.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count, 0});
  return entries;
}

std::string write_baseline(const std::vector<BaselineEntry>& entries) {
  base::JsonWriter json;
  json.begin_object();
  json.key("appmix_baseline").value(kBaselineVersion);
  json.key("findings").begin_array();
  for (const BaselineEntry& entry : entries) {
    json.begin_object_on_one_line();
    json.key("file").value(entry.file);
    json.key("rule").value(entry.rule);
    json.key("message").value(entry.message);
    json.key("count").value(entry.count);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

std::optional<std::vector<BaselineEntry>> read_baseline(std::string_view text, std::string& error) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& parse_error) {
    const TextPlace place = place_of_byte(text, parse_error.byte);
    error = fmt::format("{}:{}: {}", place.line, place.column, reason_of(parse_error));
    return std::nullopt;
  }
  const auto version = root.is_object() ? root.find("appmix_baseline") : root.end();
  const auto findings = root.is_object() ? root.find("findings") : root.end();
  if (!root.is_object() || version == root.end() || !version->is_number_unsigned() ||
      version->get<std::uint64_t>() != kBaselineVersion || findings == root.end() ||
      !findings->is_array()) {
    error = "1:1: not an appmix baseline: expected {\"appmix_baseline\": 1, \"findings\": [...]}";
    return std::nullopt;
  }
  const std::vector<int> lines = entry_lines(text);
  std::vector<BaselineEntry> entries;
  for (std::size_t index = 0; index < findings->size(); ++index) {
    const nlohmann::json& item = (*findings)[index];
    const int line = index < lines.size() ? lines[index] : 1;
    auto text_of = [&](const char* name) -> const std::string* {
      if (!item.is_object())
        return nullptr;
      const auto member = item.find(name);
      return member != item.end() && member->is_string() ? member->get_ptr<const std::string*>()
                                                         : nullptr;
    };
    const std::string* file = text_of("file");
    const std::string* rule = text_of("rule");
    const std::string* message = text_of("message");
    std::size_t times = 1;
    if (item.is_object() && item.contains("count")) {
      const nlohmann::json& count = item["count"];
      if (!count.is_number_unsigned() || count.get<std::uint64_t>() == 0 ||
          count.get<std::uint64_t>() > kMostTimes) {
        error = fmt::format("{}:1: 'count' must be a whole number of at least 1", line);
        return std::nullopt;
      }
      times = count.get<std::size_t>();
    }
    if (!file || !rule || !message) {
      error = fmt::format("{}:1: an entry needs the strings 'file', 'rule' and 'message'", line);
      return std::nullopt;
    }
    entries.push_back({*file, *rule, *message, times, line});
  }
  return entries;
}

BaselineResult apply_baseline(base::Diagnostics diagnostics,
                              const std::vector<BaselineEntry>& entries,
                              std::string_view baseline_file,
                              const std::vector<std::string>& unevaluated_policies) {
  std::map<Key, std::size_t> remaining;
  for (const BaselineEntry& entry : entries)
    remaining[{entry.file, entry.rule, entry.message}] += entry.count;
  BaselineResult result;
  for (base::Diagnostic& diagnostic : diagnostics) {
    auto it = remaining.find(key_of(diagnostic));
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      if (diagnostic.severity != base::Severity::error) {
        ++result.baselined;
        continue;
      }
    }
    result.diagnostics.push_back(std::move(diagnostic));
  }
  const std::set<std::string_view> not_checked(unevaluated_policies.begin(),
                                               unevaluated_policies.end());
  for (const BaselineEntry& entry : entries) {
    std::size_t& left = remaining[{entry.file, entry.rule, entry.message}];
    if (left == 0)
      continue;
    if (entry.rule.starts_with("policy-") && not_checked.contains(entry.file))
      continue;
    const std::size_t stale = std::min(left, entry.count);
    left -= stale;
    const std::string how_many = entry.count == 1 ? std::string("the recorded")
                                 : stale == entry.count
                                     ? fmt::format("all {} recorded", entry.count)
                                     : fmt::format("{} of the {} recorded", stale, entry.count);
    result.diagnostics.push_back(
        base::make_diagnostic(kStaleRule, base::Location{std::string(baseline_file), entry.line, 1},
                              fmt::format("{} {} finding{} in {} no longer occur{}: {}", how_many,
                                          entry.rule, entry.count == 1 ? "" : "s", entry.file,
                                          stale == 1 ? "s" : "", entry.message)));
  }
  base::sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace appmix::analysis
