#include "analysis/suppressions.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "base/rules.h"
#include "base/suggest.h"
#include "inventory/text_checks.h"

namespace appmix::analysis {
namespace {

// The byte offset of the '#' that starts a comment on `line`, if any. Quotes
// are followed within the line only: a quoted scalar that spans lines and
// holds " # appmix:" is too rare to parse YAML for.
std::optional<std::size_t> comment_start(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote != 0) {
      if (c == '\\' && quote == '"')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if ((c == '"' || c == '\'') &&
               (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t' || line[i - 1] == '[' ||
                line[i - 1] == '{' || line[i - 1] == ',' || line[i - 1] == ':')) {
      quote = c;
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return i;
    }
  }
  return std::nullopt;
}

bool is_rule_silenced_by_comments(std::string_view rule) {
  return !rule.starts_with("suppression-");
}

// What ECMAScript's \s matches in ASCII: blanks, and the line breaks and form
// feeds a line can still hold after its LF was cut off.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  while (at < text.size() && is_space(text[at]))
    ++at;
  return at;
}

// The two parts of a suppression comment, `#`, `appmix:` and `ignore[` with
// optional blanks between, then IDS up to the first `]`, then the REASON.
struct CommentParts {
  std::size_t ids_offset = 0;  // in the comment
  std::string_view ids;
  std::string_view reason;
};

// Matched by hand, in one pass: a regular expression here overflowed the
// stack on a long comment (issue 22). A CR left inside the reason ends a line
// for YAML, so such a comment is not a suppression.
std::optional<CommentParts> parse_comment(std::string_view comment) {
  constexpr std::string_view kTool = "appmix:";
  constexpr std::string_view kIgnore = "ignore[";
  if (!comment.starts_with('#'))
    return std::nullopt;
  std::size_t at = skip_spaces(comment, 1);
  if (!comment.substr(at).starts_with(kTool))
    return std::nullopt;
  at = skip_spaces(comment, at + kTool.size());
  if (!comment.substr(at).starts_with(kIgnore))
    return std::nullopt;
  at += kIgnore.size();
  const std::size_t close = comment.find(']', at);
  if (close == std::string_view::npos)
    return std::nullopt;
  const std::string_view reason = comment.substr(close + 1);
  if (reason.find_first_of("\r\n") != std::string_view::npos)
    return std::nullopt;
  return CommentParts{at, comment.substr(at, close - at), reason};
}

// Code-point columns of byte offsets in one line, asked for in increasing
// order: each call counts on from the last, so placing every id of a long
// list costs one pass over the line, not one per id.
class ColumnCounter {
 public:
  explicit ColumnCounter(std::string_view line) : line_(line) {}

  int column_of(std::size_t offset) {
    for (; byte_ < offset && byte_ < line_.size(); ++byte_) {
      // Continuation bytes (10xxxxxx) do not start a code point.
      if ((static_cast<unsigned char>(line_[byte_]) & 0xC0) != 0x80)
        ++column_;
    }
    return column_;
  }

 private:
  std::string_view line_;
  std::size_t byte_ = 0;
  int column_ = 1;
};

// `text` without the characters of `leading` at its start and without blanks
// at its end.
std::string_view trim_blanks(std::string_view text, std::string_view leading) {
  const auto first = text.find_first_not_of(leading);
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::vector<Suppression> find_suppressions(std::string_view file, std::string_view bytes) {
  std::vector<Suppression> found;
  std::size_t start = inventory::bom_length(bytes);
  for (int line_number = 1; start <= bytes.size(); ++line_number) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos)
      end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    start = end + 1;
    const auto hash = comment_start(line);
    if (!hash)
      continue;
    const auto parts = parse_comment(line.substr(*hash));
    if (!parts)
      continue;
    Suppression suppression;
    ColumnCounter columns(line);
    suppression.location = {std::string(file), line_number, columns.column_of(*hash)};
    const bool alone = line.find_first_not_of(" \t") == *hash;
    suppression.target_line = alone ? line_number + 1 : line_number;
    const std::size_t ids_offset = *hash + parts->ids_offset;
    std::size_t at = 0;
    while (at <= parts->ids.size()) {
      std::size_t comma = parts->ids.find(',', at);
      if (comma == std::string_view::npos)
        comma = parts->ids.size();
      const std::string_view item = parts->ids.substr(at, comma - at);
      const auto first = item.find_first_not_of(" \t");
      if (first != std::string_view::npos) {
        suppression.rules.push_back(
            {std::string(trim_blanks(item, " \t")),
             {std::string(file), line_number, columns.column_of(ids_offset + at + first)}});
      }
      at = comma + 1;
    }
    suppression.reason = std::string(trim_blanks(parts->reason, " \t-:"));
    found.push_back(std::move(suppression));
  }
  return found;
}

base::Diagnostics apply_suppressions(base::Diagnostics diagnostics,
                                     std::span<const inventory::SourceFile> sources) {
  // With an error the policies did not run, so a suppression of a policy
  // finding would look unused: say so only about an inventory that loaded.
  const bool report_unused = !base::has_errors(diagnostics);
  std::vector<Suppression> suppressions;
  for (const inventory::SourceFile& source : sources) {
    if (!inventory::is_valid_utf8(source.bytes))
      continue;  // the file has an invalid-utf8 error; its comments cannot be placed
    auto found = find_suppressions(source.path, source.bytes);
    std::move(found.begin(), found.end(), std::back_inserter(suppressions));
  }
  if (suppressions.empty())
    return diagnostics;
  // (file, line, rule) -> whether something was silenced.
  std::map<std::tuple<std::string, int, std::string>, bool> silences;
  for (const Suppression& suppression : suppressions) {
    for (const SuppressionRule& rule : suppression.rules)
      silences.emplace(std::tuple{suppression.location.file, suppression.target_line, rule.rule},
                       false);
  }
  base::Diagnostics kept;
  for (base::Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity != base::Severity::error &&
        is_rule_silenced_by_comments(diagnostic.rule)) {
      auto it = silences.find(
          std::tuple{diagnostic.location.file, diagnostic.location.line, diagnostic.rule});
      if (it != silences.end()) {
        it->second = true;
        continue;
      }
    }
    kept.push_back(std::move(diagnostic));
  }
  std::vector<std::string> rule_ids;
  for (const base::Rule& rule : base::all_rules())
    rule_ids.emplace_back(rule.id);
  for (const Suppression& suppression : suppressions) {
    if (suppression.reason.empty()) {
      kept.push_back(base::make_diagnostic(
          "suppression-missing-reason", suppression.location,
          "the suppression gives no reason; write why the finding is accepted after the bracket"));
    }
    if (suppression.rules.empty()) {
      kept.push_back(
          base::make_diagnostic("suppression-unknown-rule", suppression.location,
                                "the suppression names no rule id between the brackets"));
    }
    for (const SuppressionRule& rule : suppression.rules) {
      const base::Rule* known = base::find_rule(rule.rule);
      if (known == nullptr) {
        std::string message = fmt::format("'{}' is not a rule id", rule.rule);
        if (auto close = base::closest_match(rule.rule, rule_ids))
          message += fmt::format(" (did you mean '{}'?)", *close);
        kept.push_back(
            base::make_diagnostic("suppression-unknown-rule", rule.location, std::move(message)));
        continue;
      }
      if (!report_unused ||
          silences.at(std::tuple{suppression.location.file, suppression.target_line, rule.rule}))
        continue;
      std::string message = fmt::format("the suppression of {} silences nothing on line {}",
                                        rule.rule, suppression.target_line);
      if (known->default_severity == base::Severity::error)
        message += fmt::format(" ({} is an error, and errors cannot be silenced)", rule.rule);
      else if (!is_rule_silenced_by_comments(rule.rule))
        message += " (findings about suppressions cannot be silenced)";
      kept.push_back(
          base::make_diagnostic("suppression-unused", rule.location, std::move(message)));
    }
  }
  base::sort_diagnostics(kept);
  return kept;
}

}  // namespace appmix::analysis
