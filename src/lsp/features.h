// The requests the server answers beyond the life cycle, one entry each:
// the method, the capability it is announced under, the answer for a
// document outside the workspace, and the function that answers. Each
// feature lives in a file of its own; this table is the one list of them.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "lsp/background_review.h"
#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace appmix::lsp {

// What a request is answered from. The analysis is current: the server
// applies every queued edit and checks again before answering.
struct FeatureContext {
  const Workspace& workspace;
  const Analysis& analysis;
  const std::string& path;  // the request's document, a file of the workspace
  const Json& params;
  std::optional<ReviewDecisions> decisions;  // of this analysis, once computed
};

struct Feature {
  std::string capability;  // of ServerCapabilities; empty when another entry announces it
  Json options;
  Json outside;  // the answer for a document outside the workspace
  std::function<Json(const FeatureContext&)> handle;
};

const std::map<std::string, Feature>& features();

}  // namespace appmix::lsp
