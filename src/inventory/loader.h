// Loading an inventory: PATH -> sources -> YAML trees -> typed, merged and
// checked Inventory, with every diagnostic of the run. The one entry point the
// rest of appmix uses; it knows nothing of what the analyses do with the
// result.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/inventory.h"
#include "inventory/source.h"

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

}  // namespace appmix::inventory
