// One inventory of `appmix batch` summed up as one row (docs/batch.md): load
// and check it, build the model, recommend and review it through the same
// pipeline `recommend` uses (plan/review_pipeline.h), then keep only the figures the row prints, so
// a batch over thousands of inventories holds rows, never reviews. An inventory that cannot be read
// or has errors becomes a failed row carrying its diagnostics. It knows nothing of output formats
// or of threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/time_money.h"
#include "setcover/solver.h"

namespace appmix::compare {

enum class RowStatus {
  optimal,     // the recommendation's cost (or apps) is proven least
  feasible,    // cut short by --time-limit: a mix, not proven least
  invalid,     // the inventory has errors: no recommendation
  unreadable,  // an input could not be read (exit 3)
};

std::string_view name_of(RowStatus status);
inline bool failed(RowStatus status) {
  return status == RowStatus::invalid || status == RowStatus::unreadable;
}

struct InputDigest {
  std::string path;  // as shown in diagnostics
  std::string sha256;
};

struct BatchRow {
  std::string path;  // the PATH as given
  RowStatus status = RowStatus::invalid;
  std::string organisation;
  std::string currency;
  int currency_exponent = 2;
  int apps_today = 0;
  int apps_after = 0;           // chosen apps plus added candidates
  std::int64_t cost_today = 0;  // minor units over the horizon: keeping every app
  std::int64_t cost_after = 0;  // minor units: the recommendation's objective
  double savings = 0;           // (today - after) / today; 0 when today is 0
  int feedback_today = 0;       // feedback platforms (plan/feedback_platforms.h)
  int feedback_after = 0;
  int unsanctioned_personal = 0;  // today's apps holding personal or sensitive data, unsanctioned
  int gaps = 0;                   // requirements no mix can meet (model gaps)
  std::string as_of;              // the review date used, YYYY-MM-DD
  std::string payback;            // YYYY-MM-DD, or empty: savings end below zero
  int integrations = 0;           // new integrations the plan builds for the mix
  double seconds = 0;             // wall time of this inventory: the one varying field
  base::Diagnostics errors;       // a failed row: the errors (and I/O problems), sorted
  std::vector<InputDigest> inputs;
};

// Never throws for bad input: a broken inventory is a failed row.
// `with_digests`: hash the input files (only JSON prints them).
BatchRow summarise_inventory(const std::string& path, const setcover::SolveOptions& solve,
                             const model::AsOfRequest& as_of, bool with_digests);

}  // namespace appmix::compare
