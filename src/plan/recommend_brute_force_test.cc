// The recommendation end to end (model, optimise, plan) against exhaustive
// enumeration on seeded random small inventories: shareable and not,
// candidates, locked products, capability channels, min_providers 2, pairs
// nothing can serve, forced decisions. An independent checker, written from
// inventory-v1.md and sharing no code with the model, verifies that the mix
// serves every required pair, channel and demand (or that the shortfall is
// a gap), that every reported figure adds up, and that the consolidation
// plan names the right successor and wave. Brute force proves both
// objectives, the tie-break and the what-if prices.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "inventory/money.h"
#include "model/portfolio.h"
#include "optimise/recommend.h"
#include "plan/review.h"
#include "setcover/types.h"

namespace appmix::plan {
namespace {

using inventory::Inventory;
using inventory::Reference;

constexpr int kInventories = 3000;

Reference ref(std::string id) {
  return Reference{std::move(id), {}};
}

// Up to 3 units, 2 channels, 4 capabilities, 6 apps and 3 candidates, with
// few distinct costs so that ties are common.
Inventory random_inventory(setcover::Random& random) {
  Inventory inventory;
  inventory.organisation = "Test";
  inventory.horizon_years = inventory::Decimal{1 + static_cast<std::int64_t>(random.below(3)), 0};
  const int units = 1 + static_cast<int>(random.below(3));
  const int channels = static_cast<int>(random.below(3));
  const int capabilities = 1 + static_cast<int>(random.below(4));
  for (int u = 0; u < units; ++u)
    inventory.business_units.push_back({fmt::format("u{}", u), "Unit", {}});
  for (int c = 0; c < channels; ++c)
    inventory.channels.push_back({fmt::format("ch{}", c), "Channel", {}});
  for (int c = 0; c < capabilities; ++c) {
    inventory::Capability capability;
    capability.id = fmt::format("cap{}", c);
    capability.name = "Capability";
    const auto draw = random.below(10);
    if (draw < 2) {
      capability.needed_by = inventory::UnitSet{true, {}, {}};
    } else if (draw < 4) {
      inventory::UnitSet set;
      set.units.push_back(ref(fmt::format("u{}", random.below(units))));
      capability.needed_by = set;
    }
    if (random.below(5) == 0)
      capability.min_providers = 2;
    if (channels > 0 && random.below(4) == 0)
      capability.channels.push_back(ref(fmt::format("ch{}", random.below(channels))));
    inventory.capabilities.push_back(std::move(capability));
  }
  const auto fill_product = [&](inventory::Product& product) {
    for (int c = 0; c < capabilities; ++c) {
      if (random.below(5) < 2)
        product.capabilities.push_back(ref(fmt::format("cap{}", c)));
    }
    for (int c = 0; c < channels; ++c) {
      if (random.below(2) == 0)
        product.channels.push_back(ref(fmt::format("ch{}", c)));
    }
    product.annual_cost = 100 * static_cast<std::int64_t>(random.below(4));
    product.locked = random.below(12) == 0;
    if (random.below(2) == 0)
      product.contract_end = inventory::Date{
          2027 + static_cast<int>(random.below(2)), 1 + static_cast<int>(random.below(12)), 1, {}};
  };
  const int apps = 1 + static_cast<int>(random.below(6));
  for (int a = 0; a < apps; ++a) {
    inventory::App app;
    // Ids out of order, so that id order and source order differ.
    app.id = fmt::format("app{}", (a * 7) % 10);
    if (std::any_of(inventory.apps.begin(), inventory.apps.end(),
                    [&](const auto& other) { return other.id == app.id; }))
      app.id += "x";
    app.name = "App";
    fill_product(app);
    if (random.below(6) == 0) {
      app.business_units.all = true;
    } else {
      for (int u = 0; u < units; ++u) {
        if (random.below(2) == 0 || (u == units - 1 && app.business_units.units.empty()))
          app.business_units.units.push_back(ref(fmt::format("u{}", u)));
      }
    }
    app.shareable = random.below(3) != 0;
    app.retire_cost = 100 * static_cast<std::int64_t>(random.below(3));
    inventory.apps.push_back(std::move(app));
  }
  const int candidates = static_cast<int>(random.below(4));
  for (int k = 0; k < candidates; ++k) {
    inventory::Candidate candidate;
    candidate.id = fmt::format("cand{}", k);
    candidate.name = "Candidate";
    fill_product(candidate);
    candidate.acquire_cost = 100 * static_cast<std::int64_t>(random.below(3));
    inventory.candidates.push_back(std::move(candidate));
  }
  // Integrations between apps, for the re-pointing plan.
  for (auto& app : inventory.apps) {
    if (random.below(3) == 0) {
      const auto& other = inventory.apps[random.below(inventory.apps.size())];
      if (other.id != app.id)
        app.integrations.push_back(ref(other.id));
    }
  }
  return inventory;
}

// ---- the independent reading of inventory-v1.md ----------------------------

struct Product {
  const inventory::Product* product;
  bool candidate;
  std::vector<std::string> units;  // apps: units using it today
  bool shareable;
  std::int64_t horizon;  // annual * horizon_years, rounded
  std::int64_t one_off;  // retire or acquire
};

struct Spec {
  std::vector<Product> products;  // apps by id, then candidates by id (the tie-break order)
  struct Pair {
    std::string capability, unit;
    int min_providers;
    std::vector<int> servers;  // not forced out
    std::vector<std::pair<std::string, std::vector<int>>>
        channels;  // channel -> servers listing it
  };
  std::vector<Pair> pairs;
  std::vector<int> forced;  // per product: 0 open, 1 in, -1 out
};

bool lists(const std::vector<Reference>& references, const std::string& id) {
  return std::any_of(references.begin(), references.end(),
                     [&](const Reference& r) { return r.id == id; });
}

Spec read_spec(const Inventory& inventory, const model::ForcedDecisions& forced_by_option,
               const model::PortfolioModel& model) {
  Spec spec;
  std::vector<const inventory::App*> apps;
  for (const auto& app : inventory.apps)
    apps.push_back(&app);
  std::sort(apps.begin(), apps.end(), [](auto* a, auto* b) { return a->id < b->id; });
  std::vector<const inventory::Candidate*> candidates;
  for (const auto& candidate : inventory.candidates)
    candidates.push_back(&candidate);
  std::sort(candidates.begin(), candidates.end(), [](auto* a, auto* b) { return a->id < b->id; });
  for (const auto* app : apps) {
    std::vector<std::string> units;
    for (const auto& unit : inventory.business_units) {
      if (app->business_units.all || lists(app->business_units.units, unit.id))
        units.push_back(unit.id);
    }
    spec.products.push_back({app, false, units, app->shareable,
                             inventory::multiply_rounded(app->annual_cost, inventory.horizon_years),
                             app->retire_cost});
  }
  for (const auto* candidate : candidates) {
    spec.products.push_back(
        {candidate,
         true,
         {},
         true,
         inventory::multiply_rounded(candidate->annual_cost, inventory.horizon_years),
         candidate->acquire_cost});
  }
  const int n = static_cast<int>(spec.products.size());
  spec.forced.assign(n, 0);
  for (int p = 0; p < n; ++p) {
    if (spec.products[p].product->locked)
      spec.forced[p] = 1;
  }
  // The option lists use the model's product indices; ids map them here.
  for (const int p : forced_by_option.keep) {
    for (int q = 0; q < n; ++q)
      if (spec.products[q].product->id == model.id(p))
        spec.forced[q] = 1;
  }
  for (const int p : forced_by_option.retire) {
    for (int q = 0; q < n; ++q)
      if (spec.products[q].product->id == model.id(p))
        spec.forced[q] = -1;
  }
  for (const auto& capability : inventory.capabilities) {
    for (const auto& unit : inventory.business_units) {
      bool required;
      if (capability.needed_by) {
        required = capability.needed_by->all || lists(capability.needed_by->units, unit.id);
      } else {
        required = false;
        for (const Product& product : spec.products) {
          required = required ||
                     (!product.candidate && lists(product.product->capabilities, capability.id) &&
                      std::find(product.units.begin(), product.units.end(), unit.id) !=
                          product.units.end());
        }
      }
      if (!required)
        continue;
      Spec::Pair pair{capability.id, unit.id, capability.min_providers, {}, {}};
      for (int p = 0; p < n; ++p) {
        const Product& product = spec.products[p];
        const bool uses =
            std::find(product.units.begin(), product.units.end(), unit.id) != product.units.end();
        if (spec.forced[p] != -1 && lists(product.product->capabilities, capability.id) &&
            (product.candidate || product.shareable || uses))
          pair.servers.push_back(p);
      }
      for (const Reference& channel : capability.channels) {
        std::vector<int> reaching;
        for (const int p : pair.servers) {
          if (lists(spec.products[p].product->channels, channel.id))
            reaching.push_back(p);
        }
        pair.channels.emplace_back(channel.id, reaching);
      }
      spec.pairs.push_back(std::move(pair));
    }
  }
  return spec;
}

bool serves_everything(const Spec& spec, const std::vector<bool>& chosen) {
  for (std::size_t p = 0; p < chosen.size(); ++p) {
    if ((spec.forced[p] == 1 && !chosen[p]) || (spec.forced[p] == -1 && chosen[p]))
      return false;
  }
  for (const Spec::Pair& pair : spec.pairs) {
    int served = 0;
    for (const int p : pair.servers)
      served += chosen[p];
    if (served < std::min(pair.min_providers, static_cast<int>(pair.servers.size())))
      return false;
    for (const auto& [channel, reaching] : pair.channels) {
      const bool reached =
          std::any_of(reaching.begin(), reaching.end(), [&](int p) { return chosen[p]; });
      if (!reaching.empty() && !reached)
        return false;
    }
  }
  return true;
}

struct Figures {
  std::int64_t cost = 0;
  int changes = 0, apps = 0;
  long long order = 0;
};

Figures figures_of(const Spec& spec, const std::vector<bool>& chosen) {
  Figures f;
  for (std::size_t p = 0; p < chosen.size(); ++p) {
    const Product& product = spec.products[p];
    if (chosen[p]) {
      f.cost += product.horizon + (product.candidate ? product.one_off : 0);
      ++f.apps;
      f.order += static_cast<long long>(p);
      f.changes += product.candidate;
    } else if (!product.candidate) {
      f.cost += product.one_off;
      ++f.changes;
    }
  }
  return f;
}

// The lexicographic optimum by enumeration: (cost, changes, apps, order),
// or (apps, cost, changes, order).
std::optional<Figures> brute_force(const Spec& spec, bool apps_first) {
  const int n = static_cast<int>(spec.products.size());
  std::optional<Figures> best;
  const auto key = [&](const Figures& f) {
    return apps_first ? std::make_tuple(static_cast<std::int64_t>(f.apps), f.cost,
                                        static_cast<std::int64_t>(f.changes), f.order)
                      : std::make_tuple(f.cost, static_cast<std::int64_t>(f.changes),
                                        static_cast<std::int64_t>(f.apps), f.order);
  };
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::vector<bool> chosen(n);
    for (int p = 0; p < n; ++p)
      chosen[p] = (mask >> p) & 1u;
    if (!serves_everything(spec, chosen))
      continue;
    const Figures f = figures_of(spec, chosen);
    if (!best || key(f) < key(*best))
      best = f;
  }
  return best;
}

// The checker: the mix serves what it must, the figures add up, the gaps
// are exactly the shortfalls, the plan names the right successors.
void check_review(const Inventory& inventory, const Spec& spec, const model::PortfolioModel& model,
                  const Review& review) {
  const optimise::Recommendation& r = review.recommendation;
  const int n = static_cast<int>(spec.products.size());
  REQUIRE(model.num_products() == n);
  std::vector<bool> chosen(n);
  for (int p = 0; p < n; ++p) {
    REQUIRE(model.id(p) == spec.products[p].product->id);
    chosen[p] = r.chosen[p];
  }
  CHECK(serves_everything(spec, chosen));
  const Figures f = figures_of(spec, chosen);
  CHECK(r.cost_after == f.cost);
  CHECK(r.apps_after == f.apps);
  std::int64_t before = 0, retire = 0, acquire = 0;
  int apps_before = 0;
  for (int p = 0; p < n; ++p) {
    const Product& product = spec.products[p];
    if (!product.candidate) {
      before += product.horizon;
      ++apps_before;
      if (!chosen[p])
        retire += product.one_off;
    } else if (chosen[p]) {
      acquire += product.one_off;
    }
  }
  CHECK(r.cost_before == before);
  CHECK(r.apps_before == apps_before);
  CHECK(r.retire_costs == retire);
  CHECK(r.acquire_costs == acquire);
  CHECK(r.lower_bound <= r.cost_after);
  const std::vector<bool> greedy(r.greedy_chosen.begin(), r.greedy_chosen.end());
  CHECK(serves_everything(spec, greedy));
  CHECK(r.greedy_cost == figures_of(spec, greedy).cost);
  if (r.objective == optimise::ObjectiveKind::cost)
    CHECK(r.greedy_cost >= r.cost_after);

  // Gaps: exactly the pairs and channels no mix can serve in full.
  std::vector<std::tuple<std::string, std::string, std::string, int>> expected_gaps, gaps;
  for (const Spec::Pair& pair : spec.pairs) {
    const int available = static_cast<int>(pair.servers.size());
    if (available < pair.min_providers)
      expected_gaps.emplace_back(pair.capability, pair.unit, "", pair.min_providers - available);
    for (const auto& [channel, reaching] : pair.channels) {
      if (reaching.empty())
        expected_gaps.emplace_back(pair.capability, pair.unit, channel, 1);
    }
  }
  for (const model::Gap& gap : model.gaps) {
    gaps.emplace_back(model.capabilities[gap.capability]->id, model.units[gap.unit]->id,
                      gap.channel ? model.channels[*gap.channel]->id : "", gap.missing);
  }
  std::sort(expected_gaps.begin(), expected_gaps.end());
  std::sort(gaps.begin(), gaps.end());
  CHECK(gaps == expected_gaps);

  // Consolidation: every pair a retired app serves today in its own units.
  std::size_t expected_takeovers = 0;
  for (int a = 0; a < n; ++a) {
    const Product& app = spec.products[a];
    if (app.candidate || chosen[a])
      continue;
    for (const Spec::Pair& pair : spec.pairs) {
      if (!lists(app.product->capabilities, pair.capability) ||
          std::find(app.units.begin(), app.units.end(), pair.unit) == app.units.end())
        continue;
      ++expected_takeovers;
      std::optional<int> successor;
      for (const int p : pair.servers) {
        if (!chosen[p])
          continue;
        const auto cost = [&](int q) {
          return spec.products[q].horizon +
                 (spec.products[q].candidate ? spec.products[q].one_off : 0);
        };
        if (!successor ||
            std::make_tuple(cost(p), spec.products[p].product->id) <
                std::make_tuple(cost(*successor), spec.products[*successor].product->id))
          successor = p;
      }
      const auto found = std::find_if(
          review.consolidation.takeovers.begin(), review.consolidation.takeovers.end(),
          [&](const Takeover& t) {
            return t.retired == a &&
                   model.capabilities[model.pairs[t.pair].capability]->id == pair.capability &&
                   model.units[model.pairs[t.pair].unit]->id == pair.unit;
          });
      REQUIRE(found != review.consolidation.takeovers.end());
      CHECK(found->successor == successor);
      const auto& end = app.product->contract_end;
      CHECK(found->wave == (end ? fmt::format("{}-Q{}", end->year, (end->month + 2) / 3) : "none"));
    }
  }
  CHECK(review.consolidation.takeovers.size() == expected_takeovers);
  (void)inventory;
}

void run(bool apps_first, std::uint64_t seed) {
  setcover::Random random(seed);
  int tied = 0, forced_runs = 0;
  for (int k = 0; k < kInventories; ++k) {
    const Inventory inventory = random_inventory(random);
    CAPTURE(k);
    // Some runs force decisions (never retiring a locked product).
    const model::PortfolioModel base = model::build_model(inventory);
    model::ForcedDecisions forced;
    std::vector<optimise::WhatIf> what_if;
    if (random.below(3) == 0) {
      for (int p = 0; p < base.num_products() && what_if.size() < 2; ++p) {
        const auto draw = random.below(4);
        if (draw == 0) {
          forced.keep.push_back(p);
          what_if.push_back({p, model::Decision::keep});
        } else if (draw == 1 && !base.products[p]->locked) {
          forced.retire.push_back(p);
          what_if.push_back({p, model::Decision::drop});
        }
      }
    }
    forced_runs += !what_if.empty();
    const model::PortfolioModel model = model::build_model(inventory, forced);
    optimise::RecommendOptions options;
    options.objective = apps_first ? optimise::ObjectiveKind::apps : optimise::ObjectiveKind::cost;
    options.solve.threads = 1;
    const Review review = make_review(model, optimise::recommend(model, what_if, options));
    const Spec spec = read_spec(inventory, forced, model);
    check_review(inventory, spec, model, review);

    const std::optional<Figures> best = brute_force(spec, apps_first);
    REQUIRE(best.has_value());
    const optimise::Recommendation& r = review.recommendation;
    REQUIRE(r.optimal);
    CHECK(r.levels_proven == 4);
    std::vector<bool> chosen(r.chosen.begin(), r.chosen.end());
    const Figures got = figures_of(spec, chosen);
    CHECK(got.cost == best->cost);
    CHECK(got.changes == best->changes);
    CHECK(got.apps == best->apps);
    CHECK(got.order == best->order);
    tied += got.cost == best->cost &&
            got.changes != figures_of(spec, std::vector<bool>(chosen.size(), true)).changes;

    // What-if prices: the optimum with every forced decision minus the
    // optimum without that one, both by enumeration.
    for (std::size_t w = 0; w < what_if.size(); ++w) {
      Spec without = spec;
      const std::string& id = model.id(what_if[w].product);
      for (int p = 0; p < static_cast<int>(spec.products.size()); ++p) {
        if (spec.products[p].product->id == id && !spec.products[p].product->locked)
          without.forced[p] = 0;
      }
      // Re-derive servers: a product forced out is not a server.
      model::ForcedDecisions others;
      for (std::size_t v = 0; v < what_if.size(); ++v) {
        if (v != w)
          (what_if[v].decision == model::Decision::keep ? others.keep : others.retire)
              .push_back(what_if[v].product);
      }
      const model::PortfolioModel other_model = model::build_model(inventory, others);
      const Spec other_spec = read_spec(inventory, others, other_model);
      const std::optional<Figures> other = brute_force(other_spec, apps_first);
      REQUIRE(other.has_value());
      CHECK(r.forced[w].price == best->cost - other->cost);
      CHECK(r.forced[w].proven);
    }
  }
  CHECK(forced_runs > kInventories / 5);
  CHECK(tied > 0);
}

TEST_CASE("recommend with the cost objective equals brute force, tie-break and what-if included") {
  run(false, 20261130);
}

TEST_CASE("recommend with the apps objective equals brute force, tie-break and what-if included") {
  run(true, 424242);
}

}  // namespace
}  // namespace appmix::plan
