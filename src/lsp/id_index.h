// Where each id of an inventory is defined and used, read from the YAML
// trees of its files rather than from the typed inventory: navigation,
// rename, hover and the outline must work while the inventory still has
// errors (a typed Inventory exists only without any). One FileIds per file,
// so an edit re-reads only the file that changed. Places are as in
// diagnostics: 1-based lines, 1-based code-point columns.
#pragma once

#include <string>
#include <vector>

#include "inventory/document.h"
#include "lsp/text_lines.h"

namespace appmix::lsp {

enum class IdKind { business_unit, channel, capability, app, candidate, journey };

std::string_view kind_name(IdKind kind);  // "business unit", "app", ...

// One id written in a file: where it is defined, or a reference to it.
struct IdSite {
  std::string id;
  IdKind kind = IdKind::app;  // of the item defined; for a reference, the kind it names first
  bool definition = false;
  int line = 0;
  int column = 0;       // of the id's first character (inside quotes when quoted)
  int length = 0;       // in code points
  std::string context;  // where a reference sits: "capabilities of app 'crm'"
};

// An item of a section, for the outline and for hover.
struct ItemSummary {
  IdKind kind = IdKind::app;
  std::string id;
  std::string name;
  int line = 0;      // of the item's first key
  int end_line = 0;  // of its last node
  int id_line = 0;
  int id_column = 0;
  int id_length = 0;
  // Apps and candidates, as written: what hover shows.
  std::string annual_cost;
  std::vector<std::string> units;
  std::vector<std::string> capabilities;
  bool all_units = false;
};

struct FileIds {
  std::vector<IdSite> sites;          // in file order
  std::vector<ItemSummary> items;     // in file order
  std::vector<std::string> top_keys;  // the top-level keys the file writes
};

// `root` is a file's tree (inventory/yaml_reader.h), `lines` its text; any
// shape is accepted.
FileIds index_file(const inventory::Node& root, const TextLines& lines);

}  // namespace appmix::lsp
