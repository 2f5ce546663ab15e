#include "report/inventory_yaml.h"

#include <fmt/format.h>

#include <algorithm>
#include <regex>

namespace appmix::report {
namespace {

using inventory::AppField;
using inventory::ImportedValue;

// Plain scalars YAML 1.1 or 1.2 would read as something other than a string:
// booleans and their YAML 1.1 spellings, null, numbers, dates and times.
bool resolves_to_non_string(std::string_view text) {
  // Every pattern below starts with a digit, a sign or a dot, or is a word
  // of at most five letters; std::regex is slow, so most text skips it.
  const char first = text.front();
  const bool may_be_number =
      (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.';
  if (!may_be_number && text.size() > 5)
    return false;
  static const std::regex kSpecial(
      R"((y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~))"
      R"(|[-+]?(\.[0-9]+|[0-9][0-9_,:.]*)([eE][-+]?[0-9]+)?)"
      R"(|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))"
      R"(|0[xXoObB][0-9a-fA-F_]+)"
      R"(|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)");
  return std::regex_match(text.begin(), text.end(), kSpecial);
}

bool needs_quotes(std::string_view text, bool in_flow) {
  if (text.empty() || resolves_to_non_string(text))
    return true;
  if (text.front() == ' ' || text.back() == ' ')
    return true;
  // Indicators that start something else than a plain scalar.
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos)
    return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f)
      return true;
    if (c == ':' && (i + 1 == text.size() || text[i + 1] == ' '))
      return true;
    if (c == '#' && i > 0 && text[i - 1] == ' ')
      return true;
    if (in_flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))
      return true;
  }
  return false;
}

std::string double_quoted(std::string_view text) {
  std::string quoted = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        quoted += "\\\"";
        break;
      case '\\':
        quoted += "\\\\";
        break;
      case '\n':
        quoted += "\\n";
        break;
      case '\r':
        quoted += "\\r";
        break;
      case '\t':
        quoted += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
          quoted += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        else
          quoted += c;
    }
  }
  return quoted + "\"";
}

std::string value_text(const ImportedValue& value) {
  if (value.kind == ImportedValue::Kind::list) {
    std::string list = "[";
    for (std::size_t i = 0; i < value.items.size(); ++i)
      list += (i ? ", " : "") + yaml_scalar(value.items[i], true);
    return list + "]";
  }
  if (value.kind == ImportedValue::Kind::text)
    return yaml_scalar(value.scalar);
  return value.scalar;  // numbers, booleans, words, dates: already in the format's form
}

void write_named_items(std::string& out, std::string_view key,
                       const std::vector<inventory::NamedItem>& items) {
  if (items.empty()) {
    out += fmt::format("\n{}: []\n", key);
    return;
  }
  out += fmt::format("\n{}:\n", key);
  for (const inventory::NamedItem& item : items)
    out += fmt::format("  - id: {}\n    name: {}\n", yaml_scalar(item.id), yaml_scalar(item.name));
}

// cost.annual and cost.retire, fit.functional and fit.technical are written
// as nested maps (docs/inventory-format.md: dotted keys are nested maps).
void write_app(std::string& out, const inventory::ImportedApp& app) {
  std::string_view open_group;
  bool first = true;
  for (std::size_t f = 0; f < inventory::kAppFieldCount; ++f) {
    const auto& value = app.fields[f];
    if (!value)
      continue;
    const std::string_view key = inventory::field_key(static_cast<AppField>(f));
    const std::string_view indent = first ? "  - " : "    ";
    first = false;
    if (const auto dot = key.find('.'); dot != std::string_view::npos) {
      const std::string_view group = key.substr(0, dot);
      if (group != open_group) {
        out += fmt::format("{}{}:\n", indent, group);
        open_group = group;
      }
      out += fmt::format("      {}: {}\n", key.substr(dot + 1), value_text(*value));
      continue;
    }
    open_group = {};
    out += fmt::format("{}{}: {}\n", indent, key, value_text(*value));
  }
}

}  // namespace

std::string yaml_scalar(std::string_view text, bool in_flow) {
  return needs_quotes(text, in_flow) ? double_quoted(text) : std::string(text);
}

std::string write_inventory_yaml(const inventory::ImportedInventory& inventory,
                                 std::string_view source_name) {
  std::string out = "# yaml-language-server: $schema=appmix.schema.json\n";
  // The source name is the user's, so it goes through the same quoting
  // rules as a value would (a newline in it cannot end the comment).
  out += fmt::format("# Imported by appmix import from {}.\n", yaml_scalar(source_name));
  out += "appmix: 1\n";
  out += fmt::format("organisation: {}\n", yaml_scalar(inventory.organisation));
  write_named_items(out, "business_units", inventory.business_units);
  if (!inventory.channels.empty())
    write_named_items(out, "channels", inventory.channels);
  write_named_items(out, "capabilities", inventory.capabilities);
  if (inventory.apps.empty()) {
    out += "\napps: []\n";
    return out;
  }
  out += "\napps:\n";
  for (const inventory::ImportedApp& app : inventory.apps)
    write_app(out, app);
  return out;
}

}  // namespace appmix::report
