// Keys of maps: unknown keys with suggestions, required keys, container
// types, and YAML merge keys.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "base/suggest.h"
#include "inventory/validate.h"

namespace appmix::inventory {

std::string describe(std::string_view key, std::string_view owner) {
  if (owner.empty())
    return fmt::format("'{}'", key);
  return fmt::format("'{}' of {}", key, owner);
}

std::string describe_node(const Node& node) {
  switch (node.kind) {
    case Node::Kind::null:
      return "nothing";
    case Node::Kind::sequence:
      return "a list";
    case Node::Kind::map:
      return "a map";
    case Node::Kind::scalar:
      break;
  }
  return fmt::format("'{}'", node.text);
}

void check_keys(const Node& map, std::span<const std::string_view> known, std::string_view owner,
                base::Diagnostics& out, std::span<const KeyHint> hints) {
  const std::vector<std::string> candidates(known.begin(), known.end());
  const std::string where = owner.empty() ? "at the top level" : fmt::format("in {}", owner);
  for (const auto& entry : map.entries) {
    const Node& key = entry.first;  // named, not bound: lambdas below capture it
    if (!key.is_scalar()) {
      out.push_back(base::make_diagnostic(
          "wrong-type", key.location,
          fmt::format("a key {} is {}; keys are plain words", where, describe_node(key))));
      continue;
    }
    if (std::find(known.begin(), known.end(), key.text) != known.end())
      continue;
    std::string message = fmt::format("unknown key '{}' {}", key.text, where);
    std::string help;
    const auto hint = std::find_if(hints.begin(), hints.end(),
                                   [&](const KeyHint& h) { return h.key == key.text; });
    if (hint != hints.end()) {
      message += fmt::format(" ({})", hint->reason);
    } else if (auto match = base::closest_match(key.text, candidates)) {
      message += fmt::format(" (did you mean '{}'?)", *match);
      help = fmt::format("Rename '{}' to '{}', or remove the key.", key.text, *match);
    } else {
      help = fmt::format("Remove the key, or use one of the keys allowed {}: {}.", where,
                         fmt::join(known, ", "));
    }
    auto diagnostic = base::make_diagnostic("unknown-key", key.location, std::move(message));
    if (!help.empty())
      diagnostic.help = std::move(help);
    out.push_back(std::move(diagnostic));
  }
}

const Node* optional_value(const Node& map, std::string_view key) {
  const Node* value = map.find(key);
  if (value == nullptr || value->is_null())
    return nullptr;
  return value;
}

const Node* required_value(const Node& map, std::string_view key, std::string_view owner,
                           base::Diagnostics& out) {
  const Node* value = map.find(key);
  if (value == nullptr) {
    const std::string message = owner.empty() ? fmt::format("missing key '{}'", key)
                                              : fmt::format("missing key '{}' in {}", key, owner);
    auto diagnostic = base::make_diagnostic("missing-key", map.location, message);
    diagnostic.help = owner.empty() ? fmt::format("Add '{}:' at the top level.", key)
                                    : fmt::format("Add '{}:' to {}.", key, owner);
    out.push_back(std::move(diagnostic));
    return nullptr;
  }
  if (value->is_null()) {
    // Located at the key: the value has no position of its own worth showing.
    const auto entry = std::find_if(map.entries.begin(), map.entries.end(),
                                    [&](const auto& e) { return e.first.text == key; });
    auto diagnostic = base::make_diagnostic("wrong-type", entry->first.location,
                                            fmt::format("{} has no value", describe(key, owner)));
    diagnostic.help =
        fmt::format("Write a value after '{}:' on the same line, or indented below.", key);
    out.push_back(std::move(diagnostic));
    return nullptr;
  }
  return value;
}

bool expect_map(const Node& node, std::string_view what, base::Diagnostics& out) {
  if (node.is_map())
    return true;
  auto diagnostic = base::make_diagnostic(
      "wrong-type", node.location,
      fmt::format("{} must be a map of keys, not {}", what, describe_node(node)));
  diagnostic.help = "Write a map here: 'key: value' lines, indented below, or {key: value}.";
  out.push_back(std::move(diagnostic));
  return false;
}

bool expect_list(const Node& node, std::string_view what, base::Diagnostics& out) {
  if (node.is_sequence())
    return true;
  auto diagnostic =
      base::make_diagnostic("wrong-type", node.location,
                            fmt::format("{} must be a list, not {}", what, describe_node(node)));
  if (node.is_scalar())
    diagnostic.help = fmt::format("Write a list: [{}].", node.text);
  out.push_back(std::move(diagnostic));
  return false;
}

namespace {

constexpr std::string_view kMergeKey = "<<";
constexpr int kMergeDepth = 8;

void merge_from(const Node& source, std::set<std::string>& seen,
                std::vector<std::pair<Node, Node>>& merged) {
  for (const auto& entry : source.entries) {
    if (entry.first.is_scalar() && entry.first.text == kMergeKey)
      continue;
    if (seen.insert(entry.first.text).second)
      merged.push_back(entry);
  }
}

void apply_merge_keys(Node& node, int depth, base::Diagnostics& out) {
  // The format reads maps at most five levels down (root, journeys, journey,
  // steps, step); deeper nodes are never read, and alias chains can make the
  // expanded tree far deeper than the text.
  if (depth > kMergeDepth)
    return;
  for (Node& item : node.items)
    apply_merge_keys(item, depth + 1, out);
  for (auto& entry : node.entries)
    apply_merge_keys(entry.second, depth + 1, out);
  if (!node.is_map())
    return;
  const bool has_merge = std::any_of(node.entries.begin(), node.entries.end(), [](const auto& e) {
    return e.first.is_scalar() && !e.first.quoted && e.first.text == kMergeKey;
  });
  if (!has_merge)
    return;

  std::vector<std::pair<Node, Node>> own;
  std::vector<const Node*> sources;  // in the order YAML gives them precedence
  for (auto& entry : node.entries) {
    if (!(entry.first.is_scalar() && !entry.first.quoted && entry.first.text == kMergeKey)) {
      own.push_back(entry);
      continue;
    }
    const Node& value = entry.second;
    if (value.is_map()) {
      sources.push_back(&value);
    } else if (value.is_sequence() && std::all_of(value.items.begin(), value.items.end(),
                                                  [](const Node& item) { return item.is_map(); })) {
      for (const Node& item : value.items)
        sources.push_back(&item);
    } else {
      out.push_back(base::make_diagnostic(
          "wrong-type", value.location,
          fmt::format("a merge key '<<' takes a map or a list of maps, not {}",
                      describe_node(value))));
    }
  }
  std::set<std::string> seen;
  for (const auto& entry : own)
    seen.insert(entry.first.text);
  std::vector<std::pair<Node, Node>> merged = own;
  for (const Node* source : sources)
    merge_from(*source, seen, merged);
  node.entries = std::move(merged);
}

}  // namespace

void apply_merge_keys(Node& node, base::Diagnostics& out) {
  apply_merge_keys(node, 0, out);
}

}  // namespace appmix::inventory
