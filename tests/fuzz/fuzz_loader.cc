// libFuzzer target for the inventory loader: bytes -> text checks ->
// parse_yaml -> the whole loader (build, merge, validate). Besides crashes,
// hangs and leaks (the sanitizers' job), it checks what the reading layer
// promises: diagnostics carry sane places and never a raw invalid byte, a
// tree is returned only with the limits kept, and its text is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/diagnostic.h"
#include "fuzz_checks.h"
#include "inventory/loader.h"
#include "inventory/source.h"
#include "inventory/text_checks.h"
#include "inventory/yaml_reader.h"

namespace {

using appmix::fuzz::check_diagnostics;
using appmix::fuzz::require;
using appmix::inventory::Node;

// Returns the depth of `node` (collections on the deepest path) and checks
// every scalar's text.
int check_tree(const Node& node, std::size_t& count) {
  ++count;
  require(node.location.line >= 1 && node.location.column >= 1);
  require(appmix::inventory::is_valid_utf8(node.text));
  int deepest = 0;
  for (const Node& item : node.items)
    deepest = std::max(deepest, check_tree(item, count));
  for (const auto& [key, value] : node.entries) {
    require(key.is_scalar());
    deepest = std::max(deepest, check_tree(key, count));
    deepest = std::max(deepest, check_tree(value, count));
  }
  return node.is_sequence() || node.is_map() ? deepest + 1 : deepest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const appmix::inventory::SourceFile file{"fuzz.yaml",
                                           std::string(reinterpret_cast<const char*>(data), size)};

  const auto parsed = appmix::inventory::parse_yaml(file);
  check_diagnostics(parsed.diagnostics);
  if (parsed.root) {
    std::size_t count = 0;
    require(check_tree(*parsed.root, count) <= appmix::inventory::kMaxNestingDepth);
    // The file's own nodes (at most one per byte or so) plus the expansion limit.
    require(count <= 2 * size + 16 + appmix::inventory::kMaxAliasExpansionNodes);
  } else {
    require(appmix::base::has_errors(parsed.diagnostics));
  }

  appmix::inventory::Sources sources;
  sources.files.push_back(file);
  const auto loaded = appmix::inventory::load_inventory_from_sources(std::move(sources));
  check_diagnostics(loaded.diagnostics);
  require(!loaded.unreadable);
  if (loaded.inventory)
    require(!appmix::base::has_errors(loaded.diagnostics));
  return 0;
}
