// Hover on an id: what it is, its name and where it is defined; for an app
// or a candidate its annual cost, business units and capabilities, and,
// once the inventory is valid and the background recommendation is done,
// the recommended decision. Never waits for the recommendation.
#pragma once

#include "lsp/features.h"

namespace appmix::lsp {

Json hover(const FeatureContext& context);

}  // namespace appmix::lsp
