#include "analysis/baseline.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "base/json_in.h"
#include "base/json_out.h"

namespace appmix::analysis {
namespace {

constexpr int kBaselineVersion = 1;
constexpr std::string_view kStaleRule = "baseline-stale";

using Key = std::tuple<std::string, std::string, std::string>;  // file, rule, message

Key key_of(const base::Diagnostic& diagnostic) {
  return {diagnostic.location.file, diagnostic.rule, diagnostic.message};
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
  const base::JsonParse parsed = base::parse_json(text);
  if (!parsed.value) {
    error = fmt::format("{}:{}: {}", parsed.error.line, parsed.error.column, parsed.error.message);
    return std::nullopt;
  }
  const base::JsonValue& root = *parsed.value;
  const base::JsonValue* version = root.find("appmix_baseline");
  const base::JsonValue* findings = root.find("findings");
  if (root.kind != base::JsonValue::Kind::object || version == nullptr ||
      version->text != std::to_string(kBaselineVersion) || findings == nullptr ||
      findings->kind != base::JsonValue::Kind::array) {
    error = "1:1: not an appmix baseline: expected {\"appmix_baseline\": 1, \"findings\": [...]}";
    return std::nullopt;
  }
  std::vector<BaselineEntry> entries;
  for (const base::JsonValue& item : findings->items) {
    auto text_of = [&](std::string_view name) -> const std::string* {
      const base::JsonValue* member = item.find(name);
      return member && member->kind == base::JsonValue::Kind::string ? &member->text : nullptr;
    };
    const std::string* file = text_of("file");
    const std::string* rule = text_of("rule");
    const std::string* message = text_of("message");
    const base::JsonValue* count = item.find("count");
    std::size_t times = 1;
    if (count != nullptr) {
      const bool whole = count->kind == base::JsonValue::Kind::number && !count->text.empty() &&
                         count->text.size() < 10 &&
                         std::all_of(count->text.begin(), count->text.end(),
                                     [](char c) { return c >= '0' && c <= '9'; });
      if (!whole || std::stoul(count->text) == 0) {
        error = fmt::format("{}:1: 'count' must be a whole number of at least 1", item.line);
        return std::nullopt;
      }
      times = std::stoul(count->text);
    }
    if (item.kind != base::JsonValue::Kind::object || !file || !rule || !message) {
      error =
          fmt::format("{}:1: an entry needs the strings 'file', 'rule' and 'message'", item.line);
      return std::nullopt;
    }
    entries.push_back({*file, *rule, *message, times, item.line});
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
