// The overlap analysis against a brute-force computation over every pair of
// apps, on seeded random inventories (built in memory: the loader is not
// what is tested here).
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/overlap.h"

namespace appmix::analysis {
namespace {

// splitmix64: own engine, no <random> distributions (they differ by library).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

 private:
  std::uint64_t state_;
};

inventory::Reference ref(const std::string& id) {
  return {id, {}};
}

// Ids are drawn from a wide range so that source order is not id order.
inventory::Inventory random_inventory(Random& random) {
  inventory::Inventory inventory;
  const int units = 1 + random.below(5);
  const int capabilities = 1 + random.below(9);
  const int apps = random.below(26);
  for (int u = 0; u < units; ++u)
    inventory.business_units.push_back({fmt::format("u{}", units - u), "", {}});
  for (int c = 0; c < capabilities; ++c) {
    inventory::Capability capability;
    capability.id = fmt::format("c{}-{}", random.below(1000), c);
    capability.min_providers = 1 + random.below(3);
    inventory.capabilities.push_back(capability);
  }
  for (int a = 0; a < apps; ++a) {
    inventory::App app;
    app.id = fmt::format("app{}-{}", random.below(100), a);
    for (const auto& capability : inventory.capabilities) {
      if (random.below(3) == 0)
        app.capabilities.push_back(ref(capability.id));
    }
    app.business_units.all = random.below(6) == 0;
    if (!app.business_units.all) {
      for (const auto& unit : inventory.business_units) {
        if (random.below(3) == 0)
          app.business_units.units.push_back(ref(unit.id));
      }
    }
    app.shareable = random.below(2) == 0;
    inventory.apps.push_back(app);
  }
  return inventory;
}

using IdSet = std::set<std::string>;

struct BrutePair {
  std::string first, second;  // first < second
  std::uint32_t jaccard_4dp = 0;
  IdSet shared, within;
  bool across = false;
};

std::vector<BrutePair> brute_force_pairs(const inventory::Inventory& inventory,
                                         double min_similarity) {
  std::vector<IdSet> capabilities, units;
  IdSet all_units;
  for (const auto& unit : inventory.business_units)
    all_units.insert(unit.id);
  for (const auto& app : inventory.apps) {
    IdSet provided, used;
    for (const auto& capability : app.capabilities)
      provided.insert(capability.id);
    for (const auto& unit : app.business_units.units)
      used.insert(unit.id);
    capabilities.push_back(provided);
    units.push_back(app.business_units.all ? all_units : used);
  }
  std::vector<BrutePair> pairs;
  for (std::size_t i = 0; i < inventory.apps.size(); ++i) {
    for (std::size_t j = 0; j < inventory.apps.size(); ++j) {
      if (inventory.apps[i].id >= inventory.apps[j].id)
        continue;
      BrutePair pair;
      pair.first = inventory.apps[i].id;
      pair.second = inventory.apps[j].id;
      IdSet combined = capabilities[i];
      for (const auto& capability : capabilities[j]) {
        combined.insert(capability);
        if (capabilities[i].count(capability))
          pair.shared.insert(capability);
      }
      if (pair.shared.empty())
        continue;
      const double exact = static_cast<double>(pair.shared.size()) / combined.size();
      if (exact < min_similarity)
        continue;
      pair.jaccard_4dp =
          static_cast<std::uint32_t>(std::lround(exact * 10000));  // no exact halves here
      for (const auto& unit : units[i]) {
        if (units[j].count(unit))
          pair.within.insert(unit);
      }
      pair.across = units[i] != units[j];
      pairs.push_back(pair);
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const BrutePair& a, const BrutePair& b) {
    return std::tie(b.jaccard_4dp, a.first, a.second) < std::tie(a.jaccard_4dp, b.first, b.second);
  });
  return pairs;
}

template <typename Indices>
IdSet id_set(const std::vector<std::string>& table, const Indices& indices) {
  IdSet out;
  for (const auto index : indices)
    out.insert(table[index]);
  return out;
}

void check_pairs(const Overlap& overlap, const std::vector<BrutePair>& expected) {
  const Portfolio& portfolio = overlap.portfolio;
  REQUIRE(overlap.pairs.size() == expected.size());
  PairDetail detail;
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const AppPair& pair = overlap.pairs[k];
    describe_pair(portfolio, pair, detail);
    INFO("pair " << k << ": " << expected[k].first << " " << expected[k].second);
    CHECK(portfolio.app_ids[pair.first] == expected[k].first);
    CHECK(portfolio.app_ids[pair.second] == expected[k].second);
    CHECK(pair.jaccard_4dp == expected[k].jaccard_4dp);
    CHECK(pair.shared == expected[k].shared.size());
    CHECK(id_set(portfolio.capability_ids, detail.shared) == expected[k].shared);
    CHECK(id_set(portfolio.unit_ids, detail.within) == expected[k].within);
    CHECK(detail.across == expected[k].across);
  }
}

// capability -> (apps, units) and (unit, capability) -> (apps, needed).
void check_capabilities_and_redundancy(const inventory::Inventory& inventory,
                                       const Overlap& overlap) {
  IdSet all_units;
  for (const auto& unit : inventory.business_units)
    all_units.insert(unit.id);
  std::map<std::string, IdSet> providers, served;
  std::map<std::pair<std::string, std::string>, IdSet> in_unit;
  for (const auto& app : inventory.apps) {
    IdSet used;
    for (const auto& unit : app.business_units.units)
      used.insert(unit.id);
    if (app.business_units.all)
      used = all_units;
    for (const auto& capability : app.capabilities) {
      providers[capability.id].insert(app.id);
      served[capability.id].insert(used.begin(), used.end());
      for (const auto& unit : used)
        in_unit[{unit, capability.id}].insert(app.id);
    }
  }
  std::map<std::string, std::pair<IdSet, IdSet>> expected_capabilities, actual_capabilities;
  for (const auto& [capability, apps] : providers) {
    if (apps.size() >= 2)
      expected_capabilities[capability] = {apps, served[capability]};
  }
  const Portfolio& portfolio = overlap.portfolio;
  for (const auto& shared : overlap.capabilities) {
    actual_capabilities[portfolio.capability_ids[shared.capability]] = {
        id_set(portfolio.app_ids, shared.apps), id_set(portfolio.unit_ids, shared.units)};
  }
  CHECK(actual_capabilities == expected_capabilities);

  std::map<std::string, int> needed;
  for (const auto& capability : inventory.capabilities)
    needed[capability.id] = capability.min_providers;
  std::vector<std::tuple<std::string, std::string, IdSet, int>> expected_redundant, redundant;
  for (const auto& [where, apps] : in_unit) {
    if (static_cast<int>(apps.size()) > needed[where.second])
      expected_redundant.emplace_back(where.first, where.second, apps, needed[where.second]);
  }
  for (const auto& redundancy : overlap.redundant) {
    redundant.emplace_back(portfolio.unit_ids[redundancy.unit],
                           portfolio.capability_ids[redundancy.capability],
                           id_set(portfolio.app_ids, redundancy.apps), redundancy.needed);
  }
  CHECK(redundant == expected_redundant);  // both in (unit id, capability id) order
}

}  // namespace

TEST_CASE("overlap equals a brute-force computation on random inventories") {
  const double thresholds[] = {0.0, 0.25, 1.0 / 3.0, 0.5, 1.0};
  for (std::uint64_t seed = 1; seed <= 400; ++seed) {
    CAPTURE(seed);
    Random random(seed);
    const inventory::Inventory inventory = random_inventory(random);
    const double min_similarity = thresholds[random.below(5)];
    const std::vector<BrutePair> expected = brute_force_pairs(inventory, min_similarity);
    const std::uint64_t block_entries = 1 + static_cast<std::uint64_t>(random.below(40));

    OverlapOptions options;
    options.min_similarity = min_similarity;
    options.block_entries = block_entries;
    const Overlap all = analyse_overlap(inventory, options);
    check_pairs(all, expected);
    CHECK(all.matching_pairs == expected.size());
    CHECK(all.overlapping_pairs == brute_force_pairs(inventory, 0.0).size());
    check_capabilities_and_redundancy(inventory, all);

    const std::size_t top = static_cast<std::size_t>(random.below(8));
    options.top = top;
    const Overlap first = analyse_overlap(inventory, options);
    const std::vector<BrutePair> prefix(
        expected.begin(),
        expected.begin() + static_cast<std::ptrdiff_t>(std::min(top, expected.size())));
    check_pairs(first, prefix);
    CHECK(first.matching_pairs == expected.size());
  }
}

}  // namespace appmix::analysis
