// The overlap analysis (docs/overlap.md): which of
// today's apps provide the same capabilities, within and across business
// units, and where a unit runs more providers of a capability than it needs.
// Candidates are not in use and play no part. It works on dense indices
// (apps, capabilities and units numbered in id order, so index order is id
// order) and knows nothing of output formats or of the command line.
//
// Memory stays bounded on large inventories: pairs come from the sparse
// product A * A^T (A: apps x capabilities) one block of rows at a time, never
// as a whole matrix; a kept pair costs 20 bytes (AppPair) and its shared
// capabilities and units are worked out only when it is written
// (describe_pair). With `top` set only that many pairs are kept at any time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inventory/inventory.h"

namespace appmix::analysis {

using AppIndex = std::uint32_t;         // into Portfolio::app_ids
using CapabilityIndex = std::uint32_t;  // into Portfolio::capability_ids
using UnitIndex = std::uint32_t;        // into Portfolio::unit_ids

// Today's apps with what they provide and who uses them. Ids are sorted in
// byte order, so sorting by index sorts by id.
struct Portfolio {
  std::vector<std::string> app_ids;
  std::vector<std::string> capability_ids;  // every capability, provided or not
  std::vector<std::string> unit_ids;
  std::vector<int> min_providers;                             // per capability
  std::vector<std::vector<CapabilityIndex>> capabilities_of;  // per app, sorted
  std::vector<std::vector<UnitIndex>> units_of;  // per app, sorted; `all` is every unit
};

// The inventory must have loaded without errors (every reference resolves).
Portfolio index_portfolio(const inventory::Inventory& inventory);

// A capability that two or more of today's apps provide.
struct SharedCapability {
  CapabilityIndex capability = 0;
  std::vector<AppIndex> apps;    // sorted
  std::vector<UnitIndex> units;  // units that use at least one of the apps, sorted
};

// Two apps that provide at least one capability in common.
struct AppPair {
  // Fills in jaccard_4dp.
  static AppPair of(AppIndex first, AppIndex second, std::uint32_t shared, std::uint32_t combined);

  AppIndex first = 0;  // first < second, so the ids are in byte order
  AppIndex second = 0;
  std::uint32_t shared = 0;    // capabilities both provide, >= 1
  std::uint32_t combined = 0;  // capabilities either provides: |union|
  // The Jaccard similarity shared / combined rounded half up to 4 decimals,
  // as 0..10000: what every format prints, and what pairs are sorted by (so
  // the printed order never contradicts the printed values). Kept rather
  // than recomputed: sorting millions of pairs compares it often.
  std::uint32_t jaccard_4dp = 0;

  double jaccard() const { return static_cast<double>(shared) / combined; }
};

// True when `a` comes before `b`: higher rounded Jaccard, then ids. Inline:
// sorting millions of pairs calls it tens of millions of times.
inline bool precedes(const AppPair& a, const AppPair& b) {
  if (a.jaccard_4dp != b.jaccard_4dp)
    return a.jaccard_4dp > b.jaccard_4dp;
  if (a.first != b.first)
    return a.first < b.first;
  return a.second < b.second;
}

// A capability that more of a unit's apps provide than it needs.
struct Redundancy {
  UnitIndex unit = 0;
  CapabilityIndex capability = 0;
  std::vector<AppIndex> apps;  // the unit's apps that provide it, sorted
  int needed = 1;              // the capability's min_providers
};

struct OverlapOptions {
  double min_similarity = 0.0;     // in [0, 1]: pairs with a lower Jaccard are left out
  std::optional<std::size_t> top;  // keep only the first `top` pairs; nullopt: keep all
  // Bound on the entries of A * A^T computed at once: rows are taken into a
  // block until the sum of their bounds (the providers of each of the row's
  // capabilities) reaches it; a row is never split. 2^22 entries are ~32 MiB
  // (an int value and an int index each). Tests set it small to get many
  // blocks.
  std::uint64_t block_entries = std::uint64_t{1} << 22;
};

struct Overlap {
  Portfolio portfolio;
  std::vector<SharedCapability> capabilities;  // by capability id
  std::vector<AppPair> pairs;                  // in `precedes` order, filtered, at most `top`
  std::uint64_t overlapping_pairs = 0;         // pairs sharing a capability, before any filter
  std::uint64_t matching_pairs = 0;            // of those, with Jaccard >= min_similarity
  std::vector<Redundancy> redundant;           // by unit id, then capability id
};

Overlap analyse_overlap(const inventory::Inventory& inventory, const OverlapOptions& options);

// What a pair has in common, worked out from the portfolio when the pair is
// written. `detail` is reused from pair to pair so that its vectors keep
// their capacity.
struct PairDetail {
  std::vector<CapabilityIndex> shared;  // sorted
  std::vector<UnitIndex> within;        // units that use both apps, sorted
  bool across = false;                  // some unit uses one of the two and not the other
};
void describe_pair(const Portfolio& portfolio, const AppPair& pair, PairDetail& detail);

}  // namespace appmix::analysis
