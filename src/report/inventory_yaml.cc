#include "report/inventory_yaml.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace appmix::report {
namespace {

using inventory::AppField;
using inventory::ImportedValue;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_hex_digit_or_underscore(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '_';
}

// Moves `at` past a run of digits; false when there was none.
bool skip_digits(std::string_view text, std::size_t& at) {
  const std::size_t start = at;
  while (at < text.size() && is_digit(text[at]))
    ++at;
  return at > start;
}

bool skip_sign(std::string_view text, std::size_t& at) {
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
    ++at;
    return true;
  }
  return false;
}

// Booleans in YAML 1.1's spellings, null and ~.
bool is_special_word(std::string_view text) {
  static constexpr std::string_view kWords[] = {
      "y",  "Y",    "yes",  "Yes",  "YES",   "n",     "N",     "no", "No",
      "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On",
      "ON", "off",  "Off",  "OFF",  "null",  "Null",  "NULL",  "~"};
  return std::find(std::begin(kWords), std::end(kWords), text) != std::end(kWords);
}

// An integer or float as YAML 1.1 reads them: [-+]?(.D+|D[D_,:.]*)([eE][-+]?D+)?
// where D is a digit (commas, underscores and sexagesimal colons included).
bool is_number(std::string_view text) {
  std::size_t at = 0;
  skip_sign(text, at);
  if (at < text.size() && text[at] == '.') {
    ++at;
    if (!skip_digits(text, at))
      return false;
  } else if (at < text.size() && is_digit(text[at])) {
    while (at < text.size() && (is_digit(text[at]) || text[at] == '_' || text[at] == ',' ||
                                text[at] == ':' || text[at] == '.'))
      ++at;
  } else {
    return false;
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    skip_sign(text, at);
    if (!skip_digits(text, at))
      return false;
  }
  return at == text.size();
}

// [-+]?.inf and .nan, each in three spellings.
bool is_infinity_or_nan(std::string_view text) {
  static constexpr std::array<std::string_view, 3> kInfinities = {".inf", ".Inf", ".INF"};
  static constexpr std::array<std::string_view, 3> kNans = {".nan", ".NaN", ".NAN"};
  const auto is_one_of = [](std::string_view word, const auto& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  std::size_t at = 0;
  const bool signed_ = skip_sign(text, at);
  return is_one_of(text.substr(at), kInfinities) || (!signed_ && is_one_of(text, kNans));
}

// 0x, 0o or 0b and at least one more hex digit or underscore.
bool is_prefixed_integer(std::string_view text) {
  if (text.size() < 3 || text[0] != '0' ||
      std::string_view("xXoObB").find(text[1]) == std::string_view::npos)
    return false;
  return std::all_of(text.begin() + 2, text.end(), is_hex_digit_or_underscore);
}

// YYYY-M-D or YYYY-MM-DD, then nothing, or 'T', 't' or a blank and anything
// without a line break (a timestamp).
bool is_date_or_time(std::string_view text) {
  std::size_t at = 0;
  const auto digits = [&](std::size_t least, std::size_t most) {
    const std::size_t start = at;
    while (at < text.size() && at - start < most && is_digit(text[at]))
      ++at;
    return at - start >= least;
  };
  const auto dash = [&] { return at < text.size() && text[at++] == '-'; };
  if (!digits(4, 4) || !dash() || !digits(1, 2) || !dash() || !digits(1, 2))
    return false;
  if (at == text.size())
    return true;
  if (text[at] != 'T' && text[at] != 't' && text[at] != ' ')
    return false;
  return text.find_first_of("\r\n", at) == std::string_view::npos;
}

// The escape a double-quoted scalar needs for the character of two or three
// bytes at `at` (the text is valid UTF-8), with its length; or {"", 0}.
// YAML forbids C1 controls and the noncharacters U+FFFE and U+FFFF raw, and
// the loader rejects NEL (a C1 control), LS and PS, which YAML 1.1 read as
// line breaks (docs/limits.md).
std::pair<std::string, std::size_t> multibyte_escape(std::string_view text, std::size_t at) {
  const std::string_view rest = text.substr(at);
  if (rest.size() >= 2 && rest[0] == '\xC2' && static_cast<unsigned char>(rest[1]) <= 0x9F)
    return {fmt::format("\\x{:02x}", static_cast<unsigned char>(rest[1])), 2};
  for (const auto& [raw, escape] : {std::pair{"\xE2\x80\xA8", "\\u2028"},
                                    {"\xE2\x80\xA9", "\\u2029"},
                                    {"\xEF\xBF\xBE", "\\uFFFE"},
                                    {"\xEF\xBF\xBF", "\\uFFFF"}}) {
    if (rest.starts_with(raw))
      return {escape, 3};
  }
  return {"", 0};
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
    if (c < 0x20 || c == 0x7f || (c >= 0xC2 && multibyte_escape(text, i).second > 0))
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
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (const auto [escape, length] = multibyte_escape(text, i); length > 0) {
      quoted += escape;
      i += length - 1;
      continue;
    }
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

// Each pattern is matched by hand in one pass: std::regex overflowed the
// stack on a long cell (issue 22).
bool resolves_to_non_string(std::string_view text) {
  return is_special_word(text) || is_number(text) || is_infinity_or_nan(text) ||
         is_prefixed_integer(text) || is_date_or_time(text);
}

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
