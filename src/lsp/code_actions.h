// Quick fixes for the diagnostics the client sends back with
// textDocument/codeAction: the "did you mean" replacement, the missing
// required key added, and a suppression comment (`# appmix: ignore[RULE]`)
// above a warning's line with a reason for the user to write.
#pragma once

#include "lsp/features.h"

namespace appmix::lsp {

Json code_actions(const FeatureContext& context);

}  // namespace appmix::lsp
