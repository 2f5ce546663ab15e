// The front of every command that reads an inventory (check, overlap,
// recommend, and later report, batch and diff): load one PATH, validate it
// and, when it loaded without an error, check its policies on today's apps.
// It knows nothing of output formats, exit codes or what a command does with
// the inventory afterwards.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/inventory.h"
#include "inventory/loader.h"
#include "inventory/source.h"
#include "model/time_money.h"

namespace appmix::analysis {

struct CheckedInventory {
  std::optional<inventory::Inventory> inventory;  // present only when there is no error
  base::Diagnostics diagnostics;  // loader's and policies', less what suppression comments
                                  // silence (suppressions.h), sorted
  bool unreadable = false;        // some input could not be read: exit 3
  std::vector<inventory::SourceFile> sources;  // every file read, in reading order
  model::ReviewDate review;                    // meaningful with an inventory

  // The files this run read, as paths a command can compare -o with (stdin
  // is not one).
  std::vector<std::string> input_files() const;
};

// Loads, validates and checks the policies of the inventory at `path` (a
// file, a directory, or "-" for stdin) and its contract dates against the
// review date `as_of` gives (contract_dates.h), then applies the
// suppression comments in its files, so every command reports the same
// findings.
CheckedInventory check_inventory(const std::string& path, const model::AsOfRequest& as_of);

// The same for sources already read (diff's REV:PATH, read from git).
CheckedInventory check_inventory_sources(inventory::Sources sources,
                                         const model::AsOfRequest& as_of);

// The same with each file's tree from `parse` (inventory::FileParser: the
// language server's cache of the files that did not change).
CheckedInventory check_inventory_sources(inventory::Sources sources,
                                         const model::AsOfRequest& as_of,
                                         const inventory::FileParser& parse);

}  // namespace appmix::analysis
