// Ids: their syntax, reading references and lists of them.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/suggest.h"
#include "inventory/validate.h"

namespace appmix::inventory {
namespace {

constexpr std::size_t kMaxIdLength = 64;

bool is_id_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool is_id_char(char c) {
  return is_id_start(c) || c == '.' || c == '_' || c == '-';
}

}  // namespace

bool is_valid_id(std::string_view text) {
  return !text.empty() && text.size() <= kMaxIdLength && is_id_start(text.front()) &&
         std::all_of(text.begin(), text.end(), is_id_char);
}

std::optional<std::string> read_id(const Node& node, std::string_view what,
                                   base::Diagnostics& out) {
  if (!node.is_scalar()) {
    out.push_back(
        base::make_diagnostic("wrong-type", node.location,
                              fmt::format("{} must be an id, not {}", what, describe_node(node))));
    return std::nullopt;
  }
  if (is_valid_id(node.text))
    return node.text;
  std::string message;
  std::string help;
  if (node.text.size() > kMaxIdLength &&
      std::all_of(node.text.begin(), node.text.end(), is_id_char)) {
    message = fmt::format("id '{}' is longer than {} characters", node.text, kMaxIdLength);
  } else {
    message = fmt::format("id '{}' is not valid", node.text);
    const std::string normalised = base::normalise_id(node.text);
    if (normalised != node.text && is_valid_id(normalised)) {
      message += fmt::format(" (did you mean '{}'?)", normalised);
      help = fmt::format("Write '{}' here, and in every reference to it.", normalised);
    }
  }
  auto diagnostic = base::make_diagnostic("invalid-id", node.location, std::move(message));
  if (!help.empty())
    diagnostic.help = std::move(help);
  out.push_back(std::move(diagnostic));
  return node.text;
}

std::optional<Reference> read_reference(const Node& node, std::string_view what,
                                        base::Diagnostics& out) {
  if (!node.is_scalar()) {
    out.push_back(
        base::make_diagnostic("wrong-type", node.location,
                              fmt::format("{} must be an id, not {}", what, describe_node(node))));
    return std::nullopt;
  }
  return Reference{node.text, node.location};
}

std::vector<Reference> read_reference_list(const Node& node, std::string_view what,
                                           base::Diagnostics& out) {
  std::vector<Reference> references;
  if (!expect_list(node, what, out))
    return references;
  std::map<std::string, base::Location> seen;  // lists may be long: no quadratic scan
  for (const Node& item : node.items) {
    auto reference = read_reference(item, fmt::format("an entry of {}", what), out);
    if (!reference)
      continue;
    const auto [first, inserted] = seen.emplace(reference->id, reference->location);
    if (!inserted) {
      auto diagnostic =
          base::make_diagnostic("duplicate-reference", reference->location,
                                fmt::format("{} lists '{}' twice", what, reference->id));
      diagnostic.notes.push_back(base::Note{first->second, "first listed here"});
      out.push_back(std::move(diagnostic));
      continue;
    }
    references.push_back(std::move(*reference));
  }
  return references;
}

std::optional<UnitSet> read_unit_set(const Node& node, std::string_view what,
                                     base::Diagnostics& out) {
  UnitSet units;
  units.location = node.location;
  if (node.is_scalar() && node.text == "all") {
    units.all = true;
    return units;
  }
  if (!node.is_sequence()) {
    auto diagnostic =
        base::make_diagnostic("wrong-type", node.location,
                              fmt::format("{} must be a list of business unit ids or 'all', not {}",
                                          what, describe_node(node)));
    if (node.is_scalar())
      diagnostic.help = fmt::format("Write a list: [{}].", node.text);
    out.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  units.units = read_reference_list(node, what, out);
  return units;
}

}  // namespace appmix::inventory
