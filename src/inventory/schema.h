// The JSON Schema (draft-07) of the inventory format, for editors (through
// yaml-language-server) and for CI tools that validate before appmix runs. It
// checks shape only: keys, types, id syntax, enums, ranges, date syntax. It
// deliberately knows nothing of what needs the whole inventory (references,
// duplicate ids, merging parts, currency decimals, real calendar dates):
// `appmix check` does that. Every part of a directory inventory validates on
// its own, so no top-level key is required.
#pragma once

#include <string_view>

namespace appmix::inventory {

// The schema as one JSON document (UTF-8, ends with a newline).
std::string_view inventory_json_schema();

}  // namespace appmix::inventory
