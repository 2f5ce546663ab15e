// GitLab code-quality report, so that merge requests show findings inline
// (docs.gitlab.com, "Code Quality": "Implement a custom tool"): a JSON array
// with one issue per diagnostic holding the fields GitLab requires,
// description, check_name, fingerprint, severity, location.path and
// location.lines.begin. GitLab compares fingerprints between the base and
// the head of a merge request to tell new findings from old ones, so the
// fingerprint must not change when unrelated lines are inserted above: it
// hashes what the finding's line says, never its number.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "base/json_out.h"
#include "base/sha256.h"
#include "report/diagnostics_writers.h"

namespace appmix::report {
namespace {

// GitLab's scale is info, minor, major, critical, blocker; an error fails
// `check` but is not a security or data-loss finding, so it is "major".
std::string_view gitlab_severity(base::Severity severity) {
  switch (severity) {
    case base::Severity::error:
      return "major";
    case base::Severity::warning:
      return "minor";
    case base::Severity::note:
      return "info";
  }
  return "major";
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

// Lines longer than this are fingerprinted by their digest.
constexpr std::size_t kLongLine = 4096;

// What a fingerprint says of a finding's line: its trimmed text; for a line
// longer than kLongLine bytes, the SHA-256 of that text, computed once per
// line. Hashing (and keeping) a 400,000-character line again for each of its
// findings took minutes and gigabytes (issue 22).
class LineKeys {
 public:
  explicit LineKeys(const SourceTexts& sources) : sources_(sources) {}

  std::string key(const std::string& file, int line) {
    const auto source = sources_.find(file);
    if (source == sources_.end())
      return {};
    const std::string_view text = trimmed(source->second.line(line));
    if (text.size() <= kLongLine)
      return std::string(text);
    auto [digest, added] = digests_.try_emplace({file, line});
    if (added)
      digest->second = "sha256:" + base::sha256_hex(text);
    return digest->second;
  }

 private:
  const SourceTexts& sources_;
  std::map<std::pair<std::string, int>, std::string> digests_;
};

}  // namespace

// Scanned by hand in one pass: a regular expression here overflowed the
// stack on a message quoting a long number (issue 22).
std::string message_without_positions(std::string_view message) {
  static constexpr std::array<std::string_view, 3> kWords = {"line ", "column ", "byte offset "};
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  out.reserve(message.size());
  std::size_t at = 0;
  while (at < message.size()) {
    const std::string_view rest = message.substr(at);
    const auto word = std::find_if(kWords.begin(), kWords.end(), [&](std::string_view w) {
      return rest.size() > w.size() && rest.starts_with(w) && is_digit(rest[w.size()]);
    });
    if (word == kWords.end()) {
      out.push_back(message[at++]);
      continue;
    }
    out += *word;
    out += 'N';
    at += word->size();
    while (at < message.size() && is_digit(message[at]))
      ++at;
  }
  return out;
}

std::string write_diagnostics_gitlab(const base::Diagnostics& diagnostics,
                                     const SourceTexts& sources) {
  // Identical findings on identical lines are told apart by their order in
  // the file, which inserting unrelated lines does not change.
  std::map<std::tuple<std::string, std::string, std::string, std::string>, int> seen;
  LineKeys line_keys(sources);
  base::JsonWriter json;
  json.begin_array();
  for (const base::Diagnostic& diagnostic : diagnostics) {
    const base::Location& location = diagnostic.location;
    // A finding about one character (where a parser stopped, the file's
    // start for a missing version) is not about what its line holds.
    std::string line_text;
    if (diagnostic.span != base::Span::character)
      line_text = line_keys.key(location.file, location.line);
    auto key = std::make_tuple(location.file, diagnostic.rule,
                               message_without_positions(diagnostic.message), line_text);
    const int occurrence = seen[key]++;
    const std::string fingerprint =
        base::sha256_hex(fmt::format("{}\n{}\n{}\n{}\n{}", std::get<0>(key), std::get<1>(key),
                                     std::get<2>(key), std::get<3>(key), occurrence));

    json.begin_object();
    json.key("description").value(diagnostic.message);
    json.key("check_name").value(diagnostic.rule);
    json.key("fingerprint").value(fingerprint);
    json.key("severity").value(gitlab_severity(diagnostic.severity));
    json.key("location").begin_object();
    json.key("path").value(location.file);
    // A finding about a whole file (empty, unreadable) has no line; GitLab
    // requires one, and line 1 is where the file starts.
    json.key("lines").begin_object().key("begin").value(std::max(1, location.line)).end_object();
    json.end_object();
    json.end_object();
  }
  json.end_array();
  return json.str();
}

}  // namespace appmix::report
