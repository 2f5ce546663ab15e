#include "lsp/code_actions.h"

#include <fmt/format.h>

#include <algorithm>

#include "lsp/id_lookup.h"
#include "lsp/uri.h"

namespace appmix::lsp {
namespace {

// The placeholder the user replaces; a suppression needs a reason.
constexpr std::string_view kReasonToWrite = "<why this finding is acceptable>";

// The suggestion of a message "... (did you mean 'X'?)" or "(did you mean X?)".
std::optional<std::string> suggestion_in(std::string_view message) {
  constexpr std::string_view kOpen = "(did you mean ";
  const std::size_t at = message.rfind(kOpen);
  if (at == std::string_view::npos)
    return std::nullopt;
  std::string_view rest = message.substr(at + kOpen.size());
  const std::size_t end = rest.find("?)");
  if (end == std::string_view::npos || end == 0)
    return std::nullopt;
  rest = rest.substr(0, end);
  if (rest.size() >= 2 && rest.front() == '\'' && rest.back() == '\'')
    rest = rest.substr(1, rest.size() - 2);
  return std::string(rest);
}

// The key of "missing key 'K'...".
std::optional<std::string> missing_key_in(std::string_view message) {
  constexpr std::string_view kOpen = "missing key '";
  if (!message.starts_with(kOpen))
    return std::nullopt;
  const std::string_view rest = message.substr(kOpen.size());
  const std::size_t end = rest.find('\'');
  if (end == std::string_view::npos || end == 0)
    return std::nullopt;
  return std::string(rest.substr(0, end));
}

Json edit_action(const std::string& title, const std::string& uri, const Json& diagnostic,
                 const Range& range, const std::string& text, bool preferred) {
  Json action = {
      {"title", title},
      {"kind", "quickfix"},
      {"diagnostics", Json::array({diagnostic})},
      {"edit",
       {{"changes", {{uri, Json::array({{{"range", range_json(range)}, {"newText", text}}})}}}}}};
  if (preferred)
    action["isPreferred"] = true;
  return action;
}

std::string leading_spaces(std::string_view line) {
  std::size_t count = 0;
  while (count < line.size() && line[count] == ' ')
    ++count;
  return std::string(count, ' ');
}

}  // namespace

Json code_actions(const FeatureContext& context) {
  const WorkspaceFile* file = context.workspace.file(context.path);
  Json actions = Json::array();
  if (file == nullptr)
    return actions;
  const TextLines lines(file->text);
  const std::string uri = uri_of_path(file->path);
  const Json& diagnostics = context.params.at("context").at("diagnostics");
  if (!diagnostics.is_array())
    return actions;
  for (const Json& diagnostic : diagnostics) {
    if (diagnostic.value("source", std::string()) != "appmix" || !diagnostic.contains("code") ||
        !diagnostic["code"].is_string())
      continue;
    const std::string rule = diagnostic["code"].get<std::string>();
    const std::string message = diagnostic.value("message", std::string());
    const Range range = read_range(diagnostic.at("range"));
    if (const std::optional<std::string> suggestion = suggestion_in(message)) {
      actions.push_back(edit_action(fmt::format("Change to '{}'", *suggestion), uri, diagnostic,
                                    range, *suggestion, true));
    }
    if (rule == "missing-key") {
      if (const std::optional<std::string> key = missing_key_in(message)) {
        // An item's key goes on a line of its own below the item's first
        // key, at that key's column; a top-level key at the end of the file.
        const bool top_level = message.find("at the top level") != std::string::npos;
        Range at;
        std::string text;
        if (top_level) {
          const Position end = lines.position_of_byte(file->text.size());
          at = {end, end};
          const bool needs_break = !file->text.empty() && file->text.back() != '\n';
          text = fmt::format("{}{}: \n", needs_break ? "\n" : "", *key);
        } else {
          const Position below = {range.start.line + 1, 0};
          at = {below, below};
          if (below.line >= lines.line_count()) {
            const Position end = lines.position_of_byte(file->text.size());
            at = {end, end};
          }
          // The column comes from the client: no wider than the line it names.
          const std::size_t indent = std::min<std::size_t>(
              static_cast<std::size_t>(range.start.character), lines.line(range.start.line).size());
          text = fmt::format("{}{}: \n", std::string(indent, ' '), *key);
          if (at.start.line != below.line)
            text = "\n" + text;
        }
        actions.push_back(
            edit_action(fmt::format("Add '{}:'", *key), uri, diagnostic, at, text, true));
      }
    }
    // Only warnings and notes can be silenced, and never a finding about a
    // suppression comment itself.
    const int severity = diagnostic.value("severity", 1);
    if (severity >= 2 && !rule.starts_with("suppression-")) {
      const Position line_start = {range.start.line, 0};
      const std::string indent = leading_spaces(lines.line(range.start.line));
      actions.push_back(edit_action(
          fmt::format("Silence {} here with a suppression comment (write its reason)", rule), uri,
          diagnostic, {line_start, line_start},
          fmt::format("{}# appmix: ignore[{}] {}\n", indent, rule, kReasonToWrite), false));
    }
  }
  return actions;
}

}  // namespace appmix::lsp
