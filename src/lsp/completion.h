// Completion by context (completion_context.h): ids of the right kind where
// a reference is written (capabilities, business units, apps, channels),
// the words of an enumeration (lifecycle, data, actor, origin, booleans),
// and the keys valid in the map at the cursor.
#pragma once

#include "lsp/features.h"

namespace appmix::lsp {

Json completion(const FeatureContext& context);

}  // namespace appmix::lsp
