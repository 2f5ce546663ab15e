// Go to definition, find references and rename, for every id, across the
// workspace's files. Rename refuses, with a message, a new id that is not
// valid or that another item already has.
#pragma once

#include "lsp/features.h"

namespace appmix::lsp {

Json definition(const FeatureContext& context);
Json references(const FeatureContext& context);
Json prepare_rename(const FeatureContext& context);
Json rename(const FeatureContext& context);

}  // namespace appmix::lsp
