#include "report/rules_markdown.h"

#include <fmt/format.h>

#include "base/rules.h"
#include "report/markdown_table.h"

namespace appmix::report {
namespace {

// Markdown table cells: a '|' would end the cell, a newline the row, and
// '*', '_' or '<' could start emphasis or HTML ("*.yaml or *.yml").
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '<') {
      out += '\\';
      out.push_back(c);
    } else if (c == '\n') {
      out += ' ';
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string rules_markdown() {
  std::string out =
      "# Diagnostic rules\n"
      "\n"
      "<!-- Generated from src/base/rules.cc; do not edit. Regenerate with\n"
      "     appmix check --list-rules > docs/rules.md -->\n"
      "\n"
      "Every finding of `appmix check` (and of the other commands) names one of these\n"
      "rule ids in brackets, e.g. `[unknown-reference]`. Ids are stable: they are never\n"
      "renamed, so CI configurations may match on them. The severity is the default;\n"
      "`--strict` makes warnings fail the check.\n"
      "\n";
  MarkdownTable table({{"rule"}, {"severity"}, {"checks"}, {"how to fix"}});
  for (const base::Rule& rule : base::all_rules()) {
    table.add_row({fmt::format("`{}`", rule.id),
                   std::string(base::severity_name(rule.default_severity)), cell(rule.summary),
                   cell(rule.help)});
  }
  return out + table.render();
}

}  // namespace appmix::report
