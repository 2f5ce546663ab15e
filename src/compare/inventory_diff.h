// What a change to an inventory does (`appmix diff OLD NEW`, docs/diff.md):
// apps and candidates added, removed and changed field by field;
// capabilities added and removed; overlapping app pairs added and removed;
// findings new and fixed; cost today and recommended, before and after; and
// the products whose decision (keep, retire, add) moves. Each side goes
// through the pipeline `check`, `overlap` and `recommend` use; this file only
// compares their results. When a side has errors only findings are
// compared. It knows nothing of output formats or of where the sides were
// read from.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "analysis/checked_inventory.h"
#include "setcover/solver.h"

namespace appmix::compare {

struct FieldChange {
  std::string field;  // inventory key, e.g. "cost.annual"
  std::string before;
  std::string after;
};

struct ProductChange {
  std::string id;
  bool candidate = false;
  std::vector<FieldChange> fields;  // in the key order of product_fields.h
};

using AppPairIds = std::pair<std::string, std::string>;  // first < second

// A product whose decision moves: "keep", "retire", "add", "not-added", or
// "absent" on the side that does not list it.
struct DecisionChange {
  std::string id;
  std::string before;
  std::string after;
};

// One side's figures; meaningful only when `valid`.
struct SideFigures {
  bool valid = false;  // loaded without errors
  std::string organisation;
  std::string currency;
  int currency_exponent = 2;
  std::int64_t cost_today = 0;  // minor units over the horizon
  std::int64_t cost_after = 0;  // the recommendation's objective
  int apps_today = 0;
  int apps_after = 0;
  bool optimal = false;
  std::size_t overlap_pairs = 0;
  std::size_t integrations = 0;  // new integrations the plan builds for the mix
  std::size_t errors = 0;        // findings by severity
  std::size_t warnings = 0;
};

struct InventoryDiff {
  model::ReviewDate review;  // both sides' money is counted at this date
  SideFigures before, after;
  bool compared = false;  // both sides valid: the sections below are filled
  std::vector<std::string> apps_added, apps_removed;
  std::vector<std::string> candidates_added, candidates_removed;
  std::vector<ProductChange> changed;  // by id: apps, then candidates
  std::vector<std::string> capabilities_added, capabilities_removed;
  std::vector<AppPairIds> overlaps_added, overlaps_removed;  // sorted
  // Integrations to build (the plan for each side's mix) that are new or gone.
  std::vector<AppPairIds> integrations_added, integrations_removed;  // sorted
  std::vector<DecisionChange> decisions;                             // by id
  // Findings are matched by severity, rule and message (not location: an
  // edit above a finding moves it without changing it), counting repeats.
  base::Diagnostics new_findings;    // in NEW only, with NEW's locations
  base::Diagnostics fixed_findings;  // in OLD only, with OLD's locations
};

// True when nothing listed changed (the figures may still differ: a
// recommendation cut short by a time limit).
bool unchanged(const InventoryDiff& diff);

// `solve.threads` is shared: the two sides run side by side, half each.
// Both sides' money is counted at one review date (common_review_date).
InventoryDiff diff_inventories(const analysis::CheckedInventory& before,
                               const analysis::CheckedInventory& after,
                               const setcover::SolveOptions& solve,
                               const model::AsOfRequest& as_of);

// The one review date of a diff: --as-of, else NEW's as_of, else OLD's,
// else today. A side with errors gives none.
model::ReviewDate common_review_date(const analysis::CheckedInventory& before,
                                     const analysis::CheckedInventory& after,
                                     const model::AsOfRequest& as_of);

// The CI gates of --fail-on.
struct GateOutcome {
  std::string gate;  // new-errors, new-warnings, cost-increase, overlap-increase
  bool tripped = false;
  std::string reason;  // why it tripped, or why it did not
};

std::vector<GateOutcome> evaluate_gates(const InventoryDiff& diff,
                                        const std::vector<std::string>& gates);

}  // namespace appmix::compare
