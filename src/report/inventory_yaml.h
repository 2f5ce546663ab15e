// Writes an imported inventory (inventory/csv_import.h) as YAML that
// `appmix check` reads back as written: the schema modeline, the keys in the
// format's order, units, channels and capabilities sorted by id, apps in row
// order, and quotes only where YAML would otherwise misread a value.
#pragma once

#include <string>
#include <string_view>

#include "inventory/csv_import.h"

namespace appmix::report {

std::string write_inventory_yaml(const inventory::ImportedInventory& inventory,
                                 std::string_view source_name);

// `text` as a YAML scalar: plain when YAML reads it back as this very string,
// else double-quoted with escapes. `in_flow` also quotes what a flow list
// ([a, b]) would split.
std::string yaml_scalar(std::string_view text, bool in_flow = false);

// Whether YAML 1.1 or 1.2 would read `text`, written plain, as something
// other than a string: a boolean in any of YAML 1.1's spellings, null, a
// number, .inf or .nan, a date or a timestamp. Linear in the text's length.
bool resolves_to_non_string(std::string_view text);

}  // namespace appmix::report
