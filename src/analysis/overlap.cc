#include "analysis/overlap.h"

#include <Eigen/Sparse>
#include <algorithm>
#include <cassert>
#include <stdexcept>

namespace appmix::analysis {
namespace {

// Incidence and product matrices: entries are counts of apps or
// capabilities, so int is wide enough (an inventory has far fewer than 2^31
// of either). Row-major throughout: rows are what the loops below walk.
using SparseRows = Eigen::SparseMatrix<int, Eigen::RowMajor, int>;

std::vector<std::string> sorted_ids(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::uint32_t index_of(const std::vector<std::string>& sorted, const std::string& id) {
  const auto found = std::lower_bound(sorted.begin(), sorted.end(), id);
  // References resolve after validation; one that does not is a bug.
  if (found == sorted.end() || *found != id)
    throw std::logic_error("overlap: unresolved reference '" + id + "'");
  return static_cast<std::uint32_t>(found - sorted.begin());
}

// rows x columns with a 1 at (r, c) for each c in members[r]; each list sorted.
SparseRows incidence(const std::vector<std::vector<std::uint32_t>>& members, std::size_t columns) {
  SparseRows matrix(static_cast<int>(members.size()), static_cast<int>(columns));
  // Eigen 3.4's reserve() + makeCompressed() read past the outer index of a
  // matrix with no rows (found by AddressSanitizer); it is complete as is.
  if (members.empty())
    return matrix;
  Eigen::VectorXi sizes(static_cast<Eigen::Index>(members.size()));
  for (std::size_t r = 0; r < members.size(); ++r)
    sizes[static_cast<Eigen::Index>(r)] = static_cast<int>(members[r].size());
  matrix.reserve(sizes);
  for (std::size_t r = 0; r < members.size(); ++r) {
    for (const std::uint32_t c : members[r])
      matrix.insert(static_cast<int>(r), static_cast<int>(c)) = 1;
  }
  matrix.makeCompressed();
  return matrix;
}

// The pairs a run keeps: all of them, or the first `top` in `precedes` order
// (a heap whose front is the last kept pair, so memory is O(top)).
class PairSelection {
 public:
  explicit PairSelection(std::optional<std::size_t> top) : top_(top) {}

  void offer(const AppPair& pair) {
    if (!top_) {
      pairs_.push_back(pair);
      return;
    }
    if (pairs_.size() < *top_) {
      pairs_.push_back(pair);
      std::push_heap(pairs_.begin(), pairs_.end(), precedes);
    } else if (!pairs_.empty() && precedes(pair, pairs_.front())) {
      std::pop_heap(pairs_.begin(), pairs_.end(), precedes);
      pairs_.back() = pair;
      std::push_heap(pairs_.begin(), pairs_.end(), precedes);
    }
  }

  std::vector<AppPair> take_sorted() {
    std::sort(pairs_.begin(), pairs_.end(),
              [](const AppPair& a, const AppPair& b) { return precedes(a, b); });
    return std::move(pairs_);
  }

 private:
  std::optional<std::size_t> top_;
  std::vector<AppPair> pairs_;
};

// Walks A * A^T (apps x apps, entry (i, j) = capabilities i and j share) a
// block of rows at a time and offers each pair i < j with a shared
// capability; the diagonal and the lower triangle are skipped.
void find_pairs(const SparseRows& apps_by_capability, const SparseRows& capabilities_by_app,
                const OverlapOptions& options, Overlap& overlap) {
  const auto& provided = overlap.portfolio.capabilities_of;
  const int app_count = apps_by_capability.rows();
  // Row i of the product has at most as many entries as its capabilities
  // have providers, summed (an app sharing several of them counts once).
  std::vector<std::uint64_t> row_bound(static_cast<std::size_t>(app_count), 0);
  for (int i = 0; i < app_count; ++i) {
    for (SparseRows::InnerIterator entry(apps_by_capability, i); entry; ++entry)
      row_bound[static_cast<std::size_t>(i)] +=
          static_cast<std::uint64_t>(capabilities_by_app.innerVector(entry.col()).nonZeros());
  }
  PairSelection selection(options.top);
  int begin = 0;
  while (begin < app_count) {
    int end = begin;
    std::uint64_t entries = 0;
    while (end < app_count && (end == begin || entries + row_bound[static_cast<std::size_t>(end)] <=
                                                   options.block_entries))
      entries += row_bound[static_cast<std::size_t>(end++)];
    const SparseRows shared_counts =
        apps_by_capability.middleRows(begin, end - begin) * capabilities_by_app;
    for (int row = 0; row < end - begin; ++row) {
      const auto first = static_cast<AppIndex>(begin + row);
      for (SparseRows::InnerIterator entry(shared_counts, row); entry; ++entry) {
        const auto second = static_cast<AppIndex>(entry.col());
        if (second <= first)
          continue;
        const auto shared = static_cast<std::uint32_t>(entry.value());
        const auto combined =
            static_cast<std::uint32_t>(provided[first].size() + provided[second].size()) - shared;
        const AppPair pair = AppPair::of(first, second, shared, combined);
        ++overlap.overlapping_pairs;
        if (pair.jaccard() < options.min_similarity)
          continue;
        ++overlap.matching_pairs;
        selection.offer(pair);
      }
    }
    begin = end;
  }
  overlap.pairs = selection.take_sorted();
}

// Each capability with two or more providers, with the units that use them:
// row c of A^T lists its apps; row c of A^T * U (U: apps x units) its units.
void find_shared_capabilities(const SparseRows& capabilities_by_app,
                              const SparseRows& units_by_capability, Overlap& overlap) {
  for (int c = 0; c < capabilities_by_app.rows(); ++c) {
    if (capabilities_by_app.innerVector(c).nonZeros() < 2)
      continue;
    SharedCapability shared;
    shared.capability = static_cast<CapabilityIndex>(c);
    for (SparseRows::InnerIterator app(capabilities_by_app, c); app; ++app)
      shared.apps.push_back(static_cast<AppIndex>(app.col()));
    for (SparseRows::InnerIterator unit(units_by_capability, c); unit; ++unit)
      shared.units.push_back(static_cast<UnitIndex>(unit.col()));
    overlap.capabilities.push_back(std::move(shared));
  }
}

// Entry (u, c) of U^T * A counts the apps unit u uses that provide c; more
// than min_providers is redundant.
void find_redundancy(const SparseRows& capabilities_by_app, const SparseRows& counts,
                     Overlap& overlap) {
  const Portfolio& portfolio = overlap.portfolio;
  for (int u = 0; u < counts.rows(); ++u) {
    for (SparseRows::InnerIterator count(counts, u); count; ++count) {
      const auto capability = static_cast<CapabilityIndex>(count.col());
      const int needed = portfolio.min_providers[capability];
      if (count.value() <= needed)
        continue;
      Redundancy redundancy;
      redundancy.unit = static_cast<UnitIndex>(u);
      redundancy.capability = capability;
      redundancy.needed = needed;
      for (SparseRows::InnerIterator app(capabilities_by_app, count.col()); app; ++app) {
        const auto& units = portfolio.units_of[static_cast<std::size_t>(app.col())];
        if (std::binary_search(units.begin(), units.end(), redundancy.unit))
          redundancy.apps.push_back(static_cast<AppIndex>(app.col()));
      }
      assert(static_cast<int>(redundancy.apps.size()) == count.value());
      overlap.redundant.push_back(std::move(redundancy));
    }
  }
}

}  // namespace

AppPair AppPair::of(AppIndex first, AppIndex second, std::uint32_t shared, std::uint32_t combined) {
  assert(first < second && shared >= 1 && shared <= combined);
  AppPair pair;
  pair.first = first;
  pair.second = second;
  pair.shared = shared;
  pair.combined = combined;
  // round(shared * 10000 / combined), half up, in integers.
  const std::uint64_t scaled = std::uint64_t{shared} * 20000 + combined;
  pair.jaccard_4dp = static_cast<std::uint32_t>(scaled / (std::uint64_t{combined} * 2));
  return pair;
}

Portfolio index_portfolio(const inventory::Inventory& inventory) {
  Portfolio portfolio;
  std::vector<std::string> ids;
  for (const inventory::App& app : inventory.apps)
    ids.push_back(app.id);
  portfolio.app_ids = sorted_ids(std::move(ids));
  ids.clear();
  for (const inventory::Capability& capability : inventory.capabilities)
    ids.push_back(capability.id);
  portfolio.capability_ids = sorted_ids(std::move(ids));
  ids.clear();
  for (const inventory::BusinessUnit& unit : inventory.business_units)
    ids.push_back(unit.id);
  portfolio.unit_ids = sorted_ids(std::move(ids));

  portfolio.min_providers.resize(portfolio.capability_ids.size(), 1);
  for (const inventory::Capability& capability : inventory.capabilities)
    portfolio.min_providers[index_of(portfolio.capability_ids, capability.id)] =
        capability.min_providers;

  portfolio.capabilities_of.resize(portfolio.app_ids.size());
  portfolio.units_of.resize(portfolio.app_ids.size());
  for (const inventory::App& app : inventory.apps) {
    const AppIndex index = index_of(portfolio.app_ids, app.id);
    auto& capabilities = portfolio.capabilities_of[index];
    for (const inventory::Reference& capability : app.capabilities)
      capabilities.push_back(index_of(portfolio.capability_ids, capability.id));
    std::sort(capabilities.begin(), capabilities.end());
    auto& units = portfolio.units_of[index];
    if (app.business_units.all) {
      for (std::size_t u = 0; u < portfolio.unit_ids.size(); ++u)
        units.push_back(static_cast<UnitIndex>(u));
    } else {
      for (const inventory::Reference& unit : app.business_units.units)
        units.push_back(index_of(portfolio.unit_ids, unit.id));
      std::sort(units.begin(), units.end());
    }
  }
  return portfolio;
}

Overlap analyse_overlap(const inventory::Inventory& inventory, const OverlapOptions& options) {
  Overlap overlap;
  overlap.portfolio = index_portfolio(inventory);
  const Portfolio& portfolio = overlap.portfolio;
  const SparseRows apps_by_capability =
      incidence(portfolio.capabilities_of, portfolio.capability_ids.size());
  const SparseRows apps_by_unit = incidence(portfolio.units_of, portfolio.unit_ids.size());
  const SparseRows capabilities_by_app = apps_by_capability.transpose();
  const SparseRows units_by_app = apps_by_unit.transpose();

  find_pairs(apps_by_capability, capabilities_by_app, options, overlap);
  const SparseRows units_by_capability = capabilities_by_app * apps_by_unit;
  find_shared_capabilities(capabilities_by_app, units_by_capability, overlap);
  const SparseRows capabilities_by_unit = units_by_app * apps_by_capability;
  find_redundancy(capabilities_by_app, capabilities_by_unit, overlap);
  return overlap;
}

void describe_pair(const Portfolio& portfolio, const AppPair& pair, PairDetail& detail) {
  const auto& first_capabilities = portfolio.capabilities_of[pair.first];
  const auto& second_capabilities = portfolio.capabilities_of[pair.second];
  detail.shared.clear();
  std::set_intersection(first_capabilities.begin(), first_capabilities.end(),
                        second_capabilities.begin(), second_capabilities.end(),
                        std::back_inserter(detail.shared));
  const auto& first_units = portfolio.units_of[pair.first];
  const auto& second_units = portfolio.units_of[pair.second];
  detail.within.clear();
  std::set_intersection(first_units.begin(), first_units.end(), second_units.begin(),
                        second_units.end(), std::back_inserter(detail.within));
  // Some unit uses exactly one of the two: the units are not the same set.
  detail.across =
      detail.within.size() != first_units.size() || detail.within.size() != second_units.size();
}

}  // namespace appmix::analysis
