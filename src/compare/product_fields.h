// The fields of an app or a candidate as `diff` compares them, one line of
// text each, named by the inventory key they come from (docs/inventory-format.md:
// `cost.annual`, `fit.functional`, ...). Values are shown as the format
// would read them back: lists in source order joined by ", ", money in major
// units, absent optional keys as "" (so adding or removing one is a change).
// Locations are left out: moving an app in a file is not a change. It knows
// nothing of output formats.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "inventory/inventory.h"

namespace appmix::compare {

using Fields = std::vector<std::pair<std::string, std::string>>;  // (key, value), fixed order

Fields fields_of(const inventory::App& app, int currency_exponent);
Fields fields_of(const inventory::Candidate& candidate, int currency_exponent);

}  // namespace appmix::compare
