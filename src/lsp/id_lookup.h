// Finding ids for the navigation features: the id under the cursor, every
// place an id is written across the workspace's files, and the protocol's
// Location of one. Reads the workspace's per-file indexes (id_index.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lsp/id_index.h"
#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace appmix::lsp {

struct SiteInFile {
  const WorkspaceFile* file = nullptr;
  const IdSite* site = nullptr;
};

// The id written at `position` of `file` (the cursor on it or just after it).
std::optional<SiteInFile> site_at(const WorkspaceFile& file, Position position);

// Every place `id` is written, definitions first, then files in path order.
std::vector<SiteInFile> sites_of(const Workspace& workspace, const std::string& id);

// The item that defines `id`, if any file does.
const ItemSummary* item_of(const Workspace& workspace, const std::string& id);

Range range_of_site(const TextLines& lines, const IdSite& site);
Json range_json(const Range& range);
Json location_json(const SiteInFile& where);

}  // namespace appmix::lsp
