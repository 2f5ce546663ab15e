#include "lsp/id_index.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lsp/text_lines.h"

namespace appmix::lsp {
namespace {

using inventory::Node;

int code_points(std::string_view text) {
  int count = 0;
  for (std::size_t at = 0; at < text.size(); at += utf8_step(text, at).bytes)
    ++count;
  return count;
}

int last_line(const Node& node) {
  int line = node.location.line;
  for (const Node& item : node.items)
    line = std::max(line, last_line(item));
  for (const auto& [key, value] : node.entries)
    line = std::max({line, key.location.line, last_line(value)});
  return line;
}

class Indexer {
 public:
  Indexer(FileIds& out, const TextLines& lines) : out_(out), lines_(lines) {}

  void root(const Node& root) {
    if (!root.is_map())
      return;
    for (const auto& [key, value] : root.entries) {
      out_.top_keys.push_back(key.text);
      const std::string& section = key.text;
      if (section == "business_units")
        items(value, IdKind::business_unit);
      else if (section == "channels")
        items(value, IdKind::channel);
      else if (section == "capabilities")
        items(value, IdKind::capability);
      else if (section == "apps")
        items(value, IdKind::app);
      else if (section == "candidates")
        items(value, IdKind::candidate);
      else if (section == "journeys")
        items(value, IdKind::journey);
      else if (section == "policies")
        policies(value);
    }
  }

 private:
  void site(const Node& node, IdKind kind, bool definition, std::string context) {
    if (!node.is_scalar() || node.text.empty())
      return;
    // A quoted id starts after its quote.
    const Position start = lines_.position_of_code_point(node.location.line, node.location.column);
    const std::size_t at = lines_.byte_offset(start);
    const std::string_view line = lines_.line(start.line);
    const std::size_t in_line = at - lines_.byte_offset({start.line, 0});
    const int skip =
        node.quoted && in_line < line.size() && (line[in_line] == '"' || line[in_line] == '\'') ? 1
                                                                                                : 0;
    out_.sites.push_back({node.text, kind, definition, node.location.line,
                          node.location.column + skip, code_points(node.text), std::move(context)});
  }

  void references(const Node* node, IdKind kind, const std::string& context) {
    if (node == nullptr)
      return;
    if (node->is_scalar() && node->text != "all") {
      site(*node, kind, false, context);
      return;
    }
    for (const Node& item : node->items)
      site(item, kind, false, context);
  }

  void items(const Node& list, IdKind kind) {
    for (const Node& item : list.items) {
      if (!item.is_map())
        continue;
      ItemSummary summary;
      summary.kind = kind;
      summary.line = item.location.line;
      summary.end_line = last_line(item);
      const Node* id = item.find("id");
      if (const Node* name = item.find("name"); name && name->is_scalar())
        summary.name = name->text;
      std::string owner = kind_name(kind).data();
      if (id && id->is_scalar() && !id->text.empty()) {
        summary.id = id->text;
        site(*id, kind, true, {});
        summary.id_line = out_.sites.back().line;
        summary.id_column = out_.sites.back().column;
        summary.id_length = out_.sites.back().length;
        owner = fmt::format("{} '{}'", kind_name(kind), id->text);
      }
      switch (kind) {
        case IdKind::capability:
          references(item.find("parent"), IdKind::capability, "parent of " + owner);
          references(item.find("needed_by"), IdKind::business_unit, "needed_by of " + owner);
          references(item.find("channels"), IdKind::channel, "channels of " + owner);
          break;
        case IdKind::app:
        case IdKind::candidate:
          product(item, kind, owner, summary);
          break;
        case IdKind::journey:
          journey(item, owner);
          break;
        default:
          break;
      }
      out_.items.push_back(std::move(summary));
    }
  }

  void product(const Node& item, IdKind kind, const std::string& owner, ItemSummary& summary) {
    const Node* units = item.find("business_units");
    references(units, IdKind::business_unit, "business_units of " + owner);
    const Node* capabilities = item.find("capabilities");
    references(capabilities, IdKind::capability, "capabilities of " + owner);
    references(item.find("channels"), IdKind::channel, "channels of " + owner);
    references(item.find("integrations"), IdKind::app, "integrations of " + owner);
    (void)kind;
    if (units && units->is_scalar())
      summary.all_units = units->text == "all";
    for (const Node* list : {units, capabilities}) {
      if (list == nullptr)
        continue;
      for (const Node& entry : list->items) {
        if (entry.is_scalar())
          (list == units ? summary.units : summary.capabilities).push_back(entry.text);
      }
    }
    if (const Node* cost = item.find("cost"); cost && cost->is_map()) {
      if (const Node* annual = cost->find("annual"); annual && annual->is_scalar())
        summary.annual_cost = annual->text;
    }
  }

  void journey(const Node& item, const std::string& owner) {
    references(item.find("business_unit"), IdKind::business_unit, "business_unit of " + owner);
    const Node* steps = item.find("steps");
    if (steps == nullptr)
      return;
    for (const Node& step : steps->items) {
      if (!step.is_map())
        continue;
      const std::string where = "a step of " + owner;
      references(step.find("channel"), IdKind::channel, "channel of " + where);
      references(step.find("capabilities"), IdKind::capability, "capabilities of " + where);
      references(step.find("apps"), IdKind::app, "apps of " + where);
    }
  }

  void policies(const Node& map) {
    const Node* limits = map.find("max_providers");
    if (limits == nullptr)
      return;
    for (const auto& [capability, limit] : limits->entries)
      site(capability, IdKind::capability, false, "policies.max_providers");
  }

  FileIds& out_;
  const TextLines& lines_;
};

}  // namespace

std::string_view kind_name(IdKind kind) {
  static constexpr std::array<std::string_view, 6> kNames = {
      "business unit", "channel", "capability", "app", "candidate", "journey"};
  return kNames[static_cast<std::size_t>(kind)];
}

FileIds index_file(const inventory::Node& root, const TextLines& lines) {
  FileIds ids;
  Indexer(ids, lines).root(root);
  return ids;
}

}  // namespace appmix::lsp
