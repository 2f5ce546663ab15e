// Gartner's TIME classification of an app from its fit scores
// (docs/inventory-format.md, "What each key is used for"): functional and technical fit both >= 3
// is Invest; functional >= 3 and technical < 3 Migrate; functional < 3 and technical >= 3 Tolerate;
// both < 3 Eliminate; without both scores, unclassified. It knows nothing of the recommendation.
#pragma once

#include <string_view>

#include "inventory/inventory.h"

namespace appmix::analysis {

enum class TimeClass { invest, migrate, tolerate, eliminate, unclassified };

std::string_view name_of(TimeClass time_class);  // "invest", ..., "unclassified"

TimeClass time_class_of(const inventory::Product& product);

}  // namespace appmix::analysis
