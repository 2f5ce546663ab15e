#include "analysis/overlap.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "inventory/loader.h"

namespace appmix::analysis {
namespace {

using Strings = std::vector<std::string>;

inventory::Inventory load(std::string_view text) {
  inventory::Sources sources;
  sources.files.push_back({"inv.yaml", std::string(text)});
  inventory::LoadResult result = inventory::load_inventory_from_sources(std::move(sources));
  for (const auto& d : result.diagnostics)
    INFO(d.location.line << ": " << d.message);
  REQUIRE(result.inventory.has_value());
  return std::move(*result.inventory);
}

// Three units; `voice` needs two providers; apps out of id order. gamma is
// used by every unit, beta is not shareable (which changes nothing: overlap
// is about today's use), delta provides nothing, and nobody provides
// `unused`; tickets has one provider.
constexpr std::string_view kHeader =
    "appmix: 1\n"
    "organisation: Acme\n"
    "business_units: [{id: west, name: W}, {id: north, name: N}, {id: south, name: S}]\n"
    "capabilities:\n"
    "  - {id: surveys, name: Surveys}\n"
    "  - {id: chat, name: Chat}\n"
    "  - {id: tickets, name: Tickets}\n"
    "  - {id: voice, name: Voice, min_providers: 2}\n"
    "  - {id: unused, name: Unused}\n";

constexpr std::string_view kApps =
    "apps:\n"
    "  - {id: zeta, name: Z, business_units: [south], capabilities: [voice]}\n"
    "  - {id: alpha, name: A, business_units: [north], capabilities: [surveys, chat]}\n"
    "  - {id: beta, name: B, business_units: [south, north], capabilities: [chat],\n"
    "     shareable: false}\n"
    "  - {id: gamma, name: G, business_units: all, capabilities: [tickets, chat, surveys]}\n"
    "  - {id: delta, name: D, business_units: [west], capabilities: []}\n"
    "  - {id: eps, name: E, business_units: [south], capabilities: [voice]}\n"
    "  - {id: eta, name: H, business_units: [west, south], capabilities: [voice]}\n";

Strings ids(const std::vector<std::string>& table, const std::vector<std::uint32_t>& indices) {
  Strings out;
  for (const std::uint32_t index : indices)
    out.push_back(table[index]);
  return out;
}

// "a+b 0.6667 shared=chat,surveys within=north across" per pair.
Strings describe(const Overlap& overlap) {
  const Portfolio& portfolio = overlap.portfolio;
  Strings out;
  PairDetail detail;
  for (const AppPair& pair : overlap.pairs) {
    describe_pair(portfolio, pair, detail);
    out.push_back(fmt::format("{}+{} {:.4f} shared={} within={}{}", portfolio.app_ids[pair.first],
                              portfolio.app_ids[pair.second], pair.jaccard_4dp / 10000.0,
                              fmt::join(ids(portfolio.capability_ids, detail.shared), ","),
                              fmt::join(ids(portfolio.unit_ids, detail.within), ","),
                              detail.across ? " across" : ""));
  }
  return out;
}

Strings describe_capabilities(const Overlap& overlap) {
  const Portfolio& portfolio = overlap.portfolio;
  Strings out;
  for (const SharedCapability& shared : overlap.capabilities) {
    out.push_back(fmt::format("{}: {} @ {}", portfolio.capability_ids[shared.capability],
                              fmt::join(ids(portfolio.app_ids, shared.apps), ","),
                              fmt::join(ids(portfolio.unit_ids, shared.units), ",")));
  }
  return out;
}

Strings describe_redundancy(const Overlap& overlap) {
  const Portfolio& portfolio = overlap.portfolio;
  Strings out;
  for (const Redundancy& redundancy : overlap.redundant) {
    out.push_back(fmt::format("{}/{}: {} needs {}", portfolio.unit_ids[redundancy.unit],
                              portfolio.capability_ids[redundancy.capability],
                              fmt::join(ids(portfolio.app_ids, redundancy.apps), ","),
                              redundancy.needed));
  }
  return out;
}

OverlapOptions with_min_similarity(double min_similarity) {
  OverlapOptions options;
  options.min_similarity = min_similarity;
  return options;
}

OverlapOptions with_top(std::size_t top) {
  OverlapOptions options;
  options.top = top;
  return options;
}

}  // namespace

TEST_CASE("index_portfolio numbers apps, capabilities and units in id order") {
  const Portfolio portfolio = index_portfolio(load(std::string(kHeader) + std::string(kApps)));
  CHECK(portfolio.app_ids == Strings{"alpha", "beta", "delta", "eps", "eta", "gamma", "zeta"});
  CHECK(portfolio.capability_ids == Strings{"chat", "surveys", "tickets", "unused", "voice"});
  CHECK(portfolio.unit_ids == Strings{"north", "south", "west"});
  CHECK(portfolio.min_providers == std::vector<int>{1, 1, 1, 1, 2});
  CHECK(ids(portfolio.capability_ids, portfolio.capabilities_of[5]) ==
        Strings{"chat", "surveys", "tickets"});
  CHECK(ids(portfolio.unit_ids, portfolio.units_of[5]) == Strings{"north", "south", "west"});
  CHECK(ids(portfolio.unit_ids, portfolio.units_of[1]) == Strings{"north", "south"});
  CHECK(portfolio.capabilities_of[2].empty());
}

TEST_CASE("overlap of a small inventory") {
  const inventory::Inventory inventory = load(std::string(kHeader) + std::string(kApps));
  const Overlap all = analyse_overlap(inventory, {});

  CHECK(describe_capabilities(all) == Strings{"chat: alpha,beta,gamma @ north,south,west",
                                              "surveys: alpha,gamma @ north,south,west",
                                              "voice: eps,eta,zeta @ south,west"});
  CHECK(describe(all) == Strings{"eps+eta 1.0000 shared=voice within=south across",
                                 "eps+zeta 1.0000 shared=voice within=south",
                                 "eta+zeta 1.0000 shared=voice within=south across",
                                 "alpha+gamma 0.6667 shared=chat,surveys within=north across",
                                 "alpha+beta 0.5000 shared=chat within=north across",
                                 "beta+gamma 0.3333 shared=chat within=north,south across"});
  CHECK(all.overlapping_pairs == 6);
  CHECK(all.matching_pairs == 6);
  // voice needs two providers: three in south is one too many; west has one.
  CHECK(describe_redundancy(all) ==
        Strings{"north/chat: alpha,beta,gamma needs 1", "north/surveys: alpha,gamma needs 1",
                "south/chat: beta,gamma needs 1", "south/voice: eps,eta,zeta needs 2"});

  SUBCASE("min_similarity keeps pairs at or above it and counts the rest") {
    const Overlap half = analyse_overlap(inventory, with_min_similarity(0.5));
    CHECK(describe(half).size() == 5);
    CHECK(describe(half).back() == "alpha+beta 0.5000 shared=chat within=north across");
    CHECK(half.overlapping_pairs == 6);
    CHECK(half.matching_pairs == 5);
    const Overlap whole = analyse_overlap(inventory, with_min_similarity(1.0));
    CHECK(whole.pairs.size() == 3);
    CHECK(whole.matching_pairs == 3);
    // Filters pairs only: capabilities and redundancy stay.
    CHECK(describe_capabilities(whole) == describe_capabilities(all));
    CHECK(describe_redundancy(whole) == describe_redundancy(all));
  }
  SUBCASE("top keeps the first pairs in order, counts stay") {
    const Overlap two = analyse_overlap(inventory, with_top(2));
    CHECK(describe(two) == Strings{"eps+eta 1.0000 shared=voice within=south across",
                                   "eps+zeta 1.0000 shared=voice within=south"});
    CHECK(two.matching_pairs == 6);
    const Overlap none = analyse_overlap(inventory, with_top(0));
    CHECK(none.pairs.empty());
    CHECK(none.overlapping_pairs == 6);
    const Overlap more = analyse_overlap(inventory, with_top(100));
    CHECK(describe(more) == describe(all));
  }
  SUBCASE("one row per block gives the same pairs") {
    OverlapOptions options;
    options.block_entries = 1;
    const Overlap blocks = analyse_overlap(inventory, options);
    CHECK(describe(blocks) == describe(all));
    CHECK(blocks.overlapping_pairs == 6);
  }
}

TEST_CASE("shareable does not widen the units an app is used by today") {
  std::string apps(kApps);
  apps.replace(apps.find("shareable: false"), 16, "shareable: true");
  const Overlap shared = analyse_overlap(load(std::string(kHeader) + apps), {});
  const Overlap unshared = analyse_overlap(load(std::string(kHeader) + std::string(kApps)), {});
  CHECK(describe(shared) == describe(unshared));
  CHECK(describe_redundancy(shared) == describe_redundancy(unshared));
}

TEST_CASE("min_providers 2: two providers are what a unit needs, three are redundant") {
  const std::string header =
      "appmix: 1\norganisation: Acme\n"
      "business_units: [{id: hq, name: HQ}, {id: shop, name: Shop}]\n"
      "capabilities: [{id: kyc, name: KYC, min_providers: 2}]\n";
  const std::string two =
      "apps:\n"
      "  - {id: one, name: One, business_units: all, capabilities: [kyc]}\n"
      "  - {id: two, name: Two, business_units: [hq, shop], capabilities: [kyc]}\n";
  const Overlap enough = analyse_overlap(load(header + two), {});
  CHECK(enough.redundant.empty());
  CHECK(describe(enough) == Strings{"one+two 1.0000 shared=kyc within=hq,shop"});

  const Overlap three = analyse_overlap(load(header + two +
                                             "  - {id: three, name: Three, business_units: [shop], "
                                             "capabilities: [kyc]}\n"),
                                        {});
  CHECK(describe_redundancy(three) == Strings{"shop/kyc: one,three,two needs 2"});
}

TEST_CASE("apps without capabilities, and no apps at all") {
  const std::string header =
      "appmix: 1\norganisation: Acme\nbusiness_units: [{id: hq, name: HQ}]\n"
      "capabilities: [{id: chat, name: Chat}]\n";
  const Overlap empty_lists = analyse_overlap(
      load(header + "apps:\n"
                    "  - {id: a, name: A, business_units: all, capabilities: []}\n"
                    "  - {id: b, name: B, business_units: [hq], capabilities: []}\n"),
      {});
  CHECK(empty_lists.portfolio.app_ids.size() == 2);
  CHECK(empty_lists.pairs.empty());
  CHECK(empty_lists.overlapping_pairs == 0);
  CHECK(empty_lists.capabilities.empty());
  CHECK(empty_lists.redundant.empty());

  const Overlap no_apps = analyse_overlap(load(header + "apps: []\n"), {});
  CHECK(no_apps.portfolio.app_ids.empty());
  CHECK(no_apps.pairs.empty());
  CHECK(no_apps.capabilities.empty());
}

TEST_CASE("apps used by no unit overlap across nothing") {
  const Overlap overlap =
      analyse_overlap(load("appmix: 1\norganisation: Acme\nbusiness_units: [{id: hq, name: HQ}]\n"
                           "capabilities: [{id: chat, name: Chat}, {id: mail, name: Mail}]\n"
                           "apps:\n"
                           "  - {id: a, name: A, business_units: [], capabilities: [chat]}\n"
                           "  - {id: b, name: B, business_units: [], capabilities: [chat, mail]}\n"
                           "  - {id: c, name: C, business_units: [hq], capabilities: [mail]}\n"),
                      {});
  CHECK(describe(overlap) ==
        Strings{"a+b 0.5000 shared=chat within=", "b+c 0.5000 shared=mail within= across"});
  CHECK(describe_capabilities(overlap) == Strings{"chat: a,b @ ", "mail: b,c @ hq"});
  CHECK(overlap.redundant.empty());
}

TEST_CASE("jaccard_4dp rounds half up and orders ties by ids") {
  CHECK(AppPair::of(0, 1, 1, 3).jaccard_4dp == 3333);
  CHECK(AppPair::of(0, 1, 2, 3).jaccard_4dp == 6667);
  CHECK(AppPair::of(0, 1, 1, 20000).jaccard_4dp == 1);  // 0.00005 rounds up
  CHECK(AppPair::of(0, 1, 1, 20001).jaccard_4dp == 0);
  CHECK(AppPair::of(0, 1, 4, 4).jaccard_4dp == 10000);
  // 1/3 and 3333/10000 differ, but print alike: ids decide.
  CHECK(precedes(AppPair::of(0, 5, 3333, 10000), AppPair::of(1, 2, 1, 3)));
  CHECK_FALSE(precedes(AppPair::of(1, 2, 1, 3), AppPair::of(0, 5, 3333, 10000)));
  CHECK(precedes(AppPair::of(0, 1, 1, 3), AppPair::of(0, 2, 1, 3)));
  CHECK(precedes(AppPair::of(7, 8, 1, 2), AppPair::of(0, 1, 1, 3)));
}

}  // namespace appmix::analysis
