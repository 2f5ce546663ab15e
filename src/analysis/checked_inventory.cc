#include "analysis/checked_inventory.h"

#include "analysis/contract_dates.h"
#include "analysis/policies.h"
#include "analysis/suppressions.h"
#include "inventory/loader.h"

namespace appmix::analysis {

std::vector<std::string> CheckedInventory::input_files() const {
  std::vector<std::string> files;
  for (const inventory::SourceFile& source : sources) {
    if (source.path != "<stdin>")
      files.push_back(source.path);
  }
  return files;
}

CheckedInventory check_inventory(const std::string& path, const model::AsOfRequest& as_of) {
  return check_inventory_sources(inventory::discover_sources(path), as_of);
}

CheckedInventory check_inventory_sources(inventory::Sources sources,
                                         const model::AsOfRequest& as_of) {
  return check_inventory_sources(std::move(sources), as_of,
                                 [](const inventory::SourceFile& file, std::size_t max_nodes) {
                                   return inventory::parse_yaml(file, max_nodes);
                                 });
}

CheckedInventory check_inventory_sources(inventory::Sources sources,
                                         const model::AsOfRequest& as_of,
                                         const inventory::FileParser& parse) {
  inventory::LoadResult loaded = inventory::load_inventory_from_sources(std::move(sources), parse);
  CheckedInventory checked;
  checked.unreadable = loaded.unreadable;
  checked.sources = std::move(loaded.sources);
  checked.diagnostics = std::move(loaded.diagnostics);
  if (loaded.inventory && !base::has_errors(checked.diagnostics)) {
    base::append(checked.diagnostics, check_policies(*loaded.inventory));
    checked.review = model::choose_review_date(as_of, *loaded.inventory);
    base::append(checked.diagnostics, check_contract_dates(*loaded.inventory, checked.review));
    base::sort_diagnostics(checked.diagnostics);
    checked.inventory = std::move(loaded.inventory);
  }
  checked.diagnostics = apply_suppressions(std::move(checked.diagnostics), checked.sources);
  return checked;
}

}  // namespace appmix::analysis
