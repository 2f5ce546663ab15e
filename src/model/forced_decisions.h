// recommend --keep ID / --retire ID: ids resolved to products, checked
// against each other and against `locked` (cli.md, what-if). A mistake is a
// usage error with a did-you-mean, not a finding. It knows nothing of the
// command line's syntax.
#pragma once

#include <string>
#include <vector>

#include "model/portfolio.h"

namespace appmix::model {

struct ForcedRequest {
  std::string id;
  Decision decision = Decision::keep;  // keep or drop
};

struct ForcedResolution {
  std::vector<std::pair<int, Decision>> in_order;  // products, in the order given, repeats dropped
  ForcedDecisions decisions;
  std::vector<std::string> errors;  // "unknown app or candidate 'x' (did you mean 'y'?)", ...
};

// `model` is built without the requests (locked products are forced in it).
ForcedResolution resolve_forced(const PortfolioModel& model,
                                const std::vector<ForcedRequest>& requests);

}  // namespace appmix::model
