// Strings, booleans and enums.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <vector>

#include "base/suggest.h"
#include "inventory/validate.h"

namespace appmix::inventory {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<std::string> read_string(const Node& node, std::string_view what,
                                       base::Diagnostics& out) {
  if (node.is_scalar())
    return node.text;
  auto diagnostic =
      base::make_diagnostic("wrong-type", node.location,
                            fmt::format("{} must be text, not {}", what, describe_node(node)));
  diagnostic.help = "Write text here: one line, quoted if it holds ': ' or starts with a symbol.";
  out.push_back(std::move(diagnostic));
  return std::nullopt;
}

std::optional<bool> read_bool(const Node& node, std::string_view what, base::Diagnostics& out) {
  if (!node.is_scalar()) {
    auto diagnostic = base::make_diagnostic(
        "wrong-type", node.location,
        fmt::format("{} must be true or false, not {}", what, describe_node(node)));
    diagnostic.help = "Write true or false here.";
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  if (!node.quoted && (node.text == "true" || node.text == "false"))
    return node.text == "true";
  const std::string folded = ascii_lower(node.text);
  static constexpr std::array<std::string_view, 5> kTrue = {"true", "yes", "y", "on", "1"};
  static constexpr std::array<std::string_view, 5> kFalse = {"false", "no", "n", "off", "0"};
  std::string message;
  std::string help;
  if (node.text_tag && (node.text == "true" || node.text == "false")) {
    help = fmt::format("Write {} without the !!str tag.", node.text);
    message = fmt::format("{} must be true or false, not text tagged !!str (remove the tag)", what);
  } else if (node.quoted && (node.text == "true" || node.text == "false")) {
    message =
        fmt::format("{} must be true or false, not the quoted text \"{}\" (remove the quotes)",
                    what, node.text);
    help = fmt::format("Write {} without the quotes.", node.text);
  } else {
    message = fmt::format("{} must be true or false, not '{}'", what, node.text);
    if (std::find(kTrue.begin(), kTrue.end(), folded) != kTrue.end()) {
      message += " (did you mean true?)";
      help = fmt::format("Write true instead of '{}'.", node.text);
    } else if (std::find(kFalse.begin(), kFalse.end(), folded) != kFalse.end()) {
      message += " (did you mean false?)";
      help = fmt::format("Write false instead of '{}'.", node.text);
    }
  }
  auto diagnostic = base::make_diagnostic("invalid-boolean", node.location, std::move(message));
  if (!help.empty())
    diagnostic.help = std::move(help);
  out.push_back(std::move(diagnostic));
  return std::nullopt;
}
std::optional<std::size_t> read_enum(const Node& node, std::string_view what,
                                     std::span<const std::string_view> words,
                                     base::Diagnostics& out) {
  if (!node.is_scalar()) {
    auto diagnostic = base::make_diagnostic(
        "wrong-type", node.location,
        fmt::format("{} must be one word, not {}", what, describe_node(node)));
    diagnostic.help = fmt::format("Write one of {} here.", fmt::join(words, ", "));
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  const auto it = std::find(words.begin(), words.end(), node.text);
  if (it != words.end())
    return static_cast<std::size_t>(it - words.begin());
  std::string message =
      fmt::format("{} must be one of {}, not '{}'", what, fmt::join(words, ", "), node.text);
  const std::vector<std::string> candidates(words.begin(), words.end());
  auto diagnostic = base::make_diagnostic("invalid-enum", node.location, "");
  if (auto match = base::closest_match(node.text, candidates)) {
    message += fmt::format(" (did you mean '{}'?)", *match);
    diagnostic.help = fmt::format("Write {} instead of '{}'.", *match, node.text);
  } else {
    diagnostic.help = fmt::format("Write one of {}.", fmt::join(words, ", "));
  }
  diagnostic.message = std::move(message);
  out.push_back(std::move(diagnostic));
  return std::nullopt;
}

}  // namespace appmix::inventory
