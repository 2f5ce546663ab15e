// The outline of one file (textDocument/documentSymbol): its business units,
// channels, capabilities, apps, candidates and journeys, each from its first
// line to its last, named by id.
#pragma once

#include "lsp/features.h"

namespace appmix::lsp {

Json document_symbols(const FeatureContext& context);

}  // namespace appmix::lsp
