// Loading an inventory: PATH -> sources -> YAML trees -> typed, merged and
// checked Inventory, with every diagnostic of the run. The one entry point the
// rest of appmix uses; it knows nothing of what the analyses do with the
// result.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/inventory.h"
#include "inventory/source.h"
#include "inventory/yaml_reader.h"

namespace appmix::inventory {

struct LoadResult {
  std::optional<Inventory> inventory;  // present only when there is no error
  base::Diagnostics diagnostics;       // sorted (base::sort_diagnostics)
  bool unreadable = false;             // some input could not be read: exit 3
  std::vector<SourceFile> sources;     // what was read, for provenance digests
};

// discover_sources + parse_yaml + build + merge + validate.
LoadResult load_inventory(const std::string& path);

// The same from sources already in memory (tests, the fuzzer, stdin).
LoadResult load_inventory_from_sources(Sources sources);

// Parses one file within a budget of nodes: parse_yaml, or a cache in front
// of it that answers for files whose bytes it has parsed before (the
// language server, which keeps every file's tree between edits). It must
// give what parse_yaml(file, max_nodes) gives.
using FileParser = std::function<ParsedFile(const SourceFile& file, std::size_t max_nodes)>;

// The same, with each file's tree from `parse`.
LoadResult load_inventory_from_sources(Sources sources, const FileParser& parse);

}  // namespace appmix::inventory
