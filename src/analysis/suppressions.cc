#include "analysis/suppressions.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
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

}  // namespace

std::vector<Suppression> find_suppressions(std::string_view file, std::string_view bytes) {
  static const std::regex kComment(R"(^#\s*appmix:\s*ignore\[([^\]]*)\](.*)$)");
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
    if (!hash || line.find("appmix", *hash) == std::string_view::npos)
      continue;
    const std::string comment(line.substr(*hash));
    std::smatch match;
    if (!std::regex_match(comment, match, kComment))
      continue;
    Suppression suppression;
    auto column_of = [&](std::size_t offset_in_line) {
      return inventory::code_point_column(line, offset_in_line);
    };
    suppression.location = {std::string(file), line_number, column_of(*hash)};
    const bool alone = line.find_first_not_of(" \t") == *hash;
    suppression.target_line = alone ? line_number + 1 : line_number;
    const std::string ids = match[1].str();
    const std::size_t ids_offset = *hash + static_cast<std::size_t>(match.position(1));
    std::size_t at = 0;
    while (at <= ids.size()) {
      std::size_t comma = ids.find(',', at);
      if (comma == std::string::npos)
        comma = ids.size();
      const std::string item = ids.substr(at, comma - at);
      const auto first = item.find_first_not_of(" \t");
      if (first != std::string::npos) {
        const auto last = item.find_last_not_of(" \t");
        suppression.rules.push_back(
            {item.substr(first, last - first + 1),
             {std::string(file), line_number, column_of(ids_offset + at + first)}});
      }
      at = comma + 1;
    }
    std::string reason = match[2].str();
    const auto first = reason.find_first_not_of(" \t-:");
    reason = first == std::string::npos ? std::string() : reason.substr(first);
    while (!reason.empty() && (reason.back() == ' ' || reason.back() == '\t'))
      reason.pop_back();
    suppression.reason = std::move(reason);
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
