// Capability parents form a forest: a cycle is reported once, at its member
// with the smallest id, with the whole cycle spelled out.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "inventory/build.h"

namespace appmix::inventory {

void check_parent_cycles(const Inventory& inventory, base::Diagnostics& out) {
  // id -> capability (first definition; duplicates are reported elsewhere).
  std::map<std::string_view, const Capability*> by_id;
  for (const Capability& capability : inventory.capabilities) {
    if (!capability.id.empty())
      by_id.emplace(capability.id, &capability);
  }
  auto parent_of = [&by_id](const Capability* capability) -> const Capability* {
    if (!capability->parent)
      return nullptr;
    const auto found = by_id.find(capability->parent->id);
    return found == by_id.end() ? nullptr : found->second;
  };
  // Each capability has at most one parent, so walks are paths that end at a
  // root or run into a cycle. walk_of: the walk that first reached each one.
  std::map<const Capability*, std::size_t> walk_of;
  std::size_t walk = 0;
  for (const auto& [id, start] : by_id) {
    if (walk_of.contains(start))
      continue;
    ++walk;
    const Capability* at = start;
    while (at != nullptr && !walk_of.contains(at)) {
      walk_of[at] = walk;
      at = parent_of(at);
    }
    if (at == nullptr || walk_of[at] != walk)
      continue;  // a root, or an earlier walk
    std::vector<const Capability*> cycle = {at};
    for (const Capability* next = parent_of(at); next != at; next = parent_of(next)) {
      cycle.push_back(next);
    }
    const auto smallest =
        std::min_element(cycle.begin(), cycle.end(),
                         [](const Capability* a, const Capability* b) { return a->id < b->id; });
    std::rotate(cycle.begin(), smallest, cycle.end());
    std::string path;
    for (const Capability* member : cycle)
      path += member->id + " -> ";
    path += cycle.front()->id;
    out.push_back(base::make_diagnostic(
        "parent-cycle", cycle.front()->parent->location,
        fmt::format("capability '{}' is its own ancestor: {}", cycle.front()->id, path)));
  }
}

}  // namespace appmix::inventory
