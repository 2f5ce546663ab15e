// Journeys after the mix, agent systems and the integration plan against an
// independent reading of the Analyses section, on seeded random small
// inventories with journeys: steps served by the fewest chosen products (by
// enumeration), hand-offs that neither a listed nor a re-pointed
// integration joins, and the least set of new integrations that joins them
// all (by enumeration: the fewest, then the least sum of positions in id
// order, as the plan documents). The mix itself is taken from the
// recommendation; recommend_brute_force_test.cc proves that one.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "plan/review_pipeline.h"
#include "setcover/types.h"

namespace appmix::plan {
namespace {

using inventory::Inventory;
using inventory::Reference;

constexpr int kInventories = 2000;

Reference ref(std::string id) {
  return Reference{std::move(id), {}};
}

bool lists(const std::vector<Reference>& references, const std::string& id) {
  return std::any_of(references.begin(), references.end(),
                     [&](const Reference& r) { return r.id == id; });
}

// 1-2 units, 2-4 capabilities, 2-6 apps, 0-2 candidates, 1-3 journeys of
// 2-5 steps; integrations, actors and units at random.
Inventory random_inventory(setcover::Random& random) {
  Inventory inventory;
  inventory.organisation = "Test";
  inventory.as_of = inventory::Date{2026, 1, 15, {}};
  inventory.integration_cost = 100 * static_cast<std::int64_t>(random.below(3));
  const int units = 1 + static_cast<int>(random.below(2));
  const int capabilities = 2 + static_cast<int>(random.below(3));
  for (int u = 0; u < units; ++u)
    inventory.business_units.push_back({fmt::format("u{}", u), "Unit", {}});
  for (int c = 0; c < capabilities; ++c) {
    inventory::Capability capability;
    capability.id = fmt::format("cap{}", c);
    capability.name = "Capability";
    inventory.capabilities.push_back(std::move(capability));
  }
  const auto fill = [&](inventory::Product& product) {
    product.capabilities.push_back(ref(fmt::format("cap{}", random.below(capabilities))));
    if (random.below(2) == 0)
      product.capabilities.push_back(ref(fmt::format("cap{}", random.below(capabilities))));
    std::sort(product.capabilities.begin(), product.capabilities.end(),
              [](const Reference& a, const Reference& b) { return a.id < b.id; });
    product.capabilities.erase(
        std::unique(product.capabilities.begin(), product.capabilities.end(),
                    [](const Reference& a, const Reference& b) { return a.id == b.id; }),
        product.capabilities.end());
    product.annual_cost = 100 * static_cast<std::int64_t>(1 + random.below(4));
  };
  const int apps = 2 + static_cast<int>(random.below(5));
  for (int a = 0; a < apps; ++a) {
    inventory::App app;
    app.id = fmt::format("app{}", (a * 7) % 10);
    app.name = "App";
    fill(app);
    for (int u = 0; u < units; ++u) {
      if (random.below(2) == 0 || (u == units - 1 && app.business_units.units.empty()))
        app.business_units.units.push_back(ref(fmt::format("u{}", u)));
    }
    app.shareable = random.below(3) != 0;
    inventory.apps.push_back(std::move(app));
  }
  for (int k = 0, n = static_cast<int>(random.below(3)); k < n; ++k) {
    inventory::Candidate candidate;
    candidate.id = fmt::format("cand{}", k);
    candidate.name = "Candidate";
    fill(candidate);
    inventory.candidates.push_back(std::move(candidate));
  }
  std::vector<std::string> product_ids;
  for (const auto& app : inventory.apps)
    product_ids.push_back(app.id);
  for (const auto& candidate : inventory.candidates)
    product_ids.push_back(candidate.id);
  const auto integrate = [&](inventory::Product& product) {
    const std::string& other = product_ids[random.below(product_ids.size())];
    if (other != product.id && !lists(product.integrations, other))
      product.integrations.push_back(ref(other));
  };
  for (auto& app : inventory.apps) {
    for (int k = 0, n = static_cast<int>(random.below(3)); k < n; ++k)
      integrate(app);
  }
  for (auto& candidate : inventory.candidates) {
    if (random.below(2) == 0)
      integrate(candidate);
  }
  for (int j = 0, n = 1 + static_cast<int>(random.below(3)); j < n; ++j) {
    inventory::Journey journey;
    journey.id = fmt::format("journey{}", j);
    journey.name = "Journey";
    if (random.below(4) != 0)
      journey.business_unit = ref(fmt::format("u{}", random.below(units)));
    for (int s = 0, steps = 2 + static_cast<int>(random.below(4)); s < steps; ++s) {
      inventory::JourneyStep step;
      step.name = "Step";
      step.capabilities.push_back(ref(fmt::format("cap{}", random.below(capabilities))));
      if (random.below(3) == 0) {
        const std::string extra = fmt::format("cap{}", random.below(capabilities));
        if (!lists(step.capabilities, extra))
          step.capabilities.push_back(ref(extra));
      }
      if (random.below(2) == 0)
        step.apps.push_back(ref(inventory.apps[random.below(inventory.apps.size())].id));
      step.actor = random.below(2) == 0 ? inventory::Actor::agent : inventory::Actor::customer;
      journey.steps.push_back(std::move(step));
    }
    inventory.journeys.push_back(std::move(journey));
  }
  return inventory;
}

// ---- the independent reading ------------------------------------------------

using Ids = std::vector<std::string>;  // sorted

struct Reading {
  const Inventory& inventory;
  std::set<std::string> chosen;
  std::map<std::string, const inventory::Product*> products;
  std::map<std::string, std::vector<std::string>> units_of;  // apps: units using them today
  std::map<std::string, bool> candidate;

  bool serves(const std::string& p, const std::string& capability,
              const std::optional<std::string>& unit) const {
    const inventory::Product& product = *products.at(p);
    if (!lists(product.capabilities, capability))
      return false;
    if (!unit || candidate.at(p) || static_cast<const inventory::App&>(product).shareable)
      return true;
    const auto& units = units_of.at(p);
    return std::find(units.begin(), units.end(), *unit) != units.end();
  }

  // The fewest chosen products serving every servable capability of the
  // step; ties by the smallest sorted list of ids.
  Ids step_after(const inventory::JourneyStep& step, const std::optional<std::string>& unit) const {
    const Ids all(chosen.begin(), chosen.end());
    std::set<std::string> servable;
    for (const Reference& c : step.capabilities) {
      for (const std::string& p : all) {
        if (serves(p, c.id, unit))
          servable.insert(c.id);
      }
    }
    std::optional<Ids> best;
    const int n = static_cast<int>(all.size());
    for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
      Ids picked;
      for (int k = 0; k < n; ++k) {
        if (mask >> k & 1u)
          picked.push_back(all[k]);
      }
      const bool covers = std::all_of(servable.begin(), servable.end(), [&](const std::string& c) {
        return std::any_of(picked.begin(), picked.end(),
                           [&](const std::string& p) { return serves(p, c, unit); });
      });
      if (covers && (!best || picked.size() < best->size() ||
                     (picked.size() == best->size() && picked < *best)))
        best = picked;
    }
    return *best;
  }
};

using Pair = std::pair<std::string, std::string>;  // first < second

Pair pair_of(const std::string& a, const std::string& b) {
  return a < b ? Pair{a, b} : Pair{b, a};
}

void check(const Inventory& inventory, const ReviewRun& run) {
  const model::PortfolioModel& model = *run.model;
  const Review& review = *run.review;
  Reading reading{inventory, {}, {}, {}, {}};
  for (const auto& app : inventory.apps) {
    reading.products[app.id] = &app;
    reading.candidate[app.id] = false;
    for (const auto& unit : inventory.business_units) {
      if (app.business_units.all || lists(app.business_units.units, unit.id))
        reading.units_of[app.id].push_back(unit.id);
    }
  }
  for (const auto& candidate : inventory.candidates) {
    reading.products[candidate.id] = &candidate;
    reading.candidate[candidate.id] = true;
  }
  for (int p = 0; p < model.num_products(); ++p) {
    if (review.recommendation.chosen[p])
      reading.chosen.insert(model.id(p));
  }
  // Integrations after the mix: listed between chosen products, and each
  // partner of a retired app to the app's successors.
  std::set<Pair> joined;
  for (const std::string& a : reading.chosen) {
    for (const Reference& b : reading.products.at(a)->integrations) {
      if (reading.chosen.count(b.id) && b.id != a)
        joined.insert(pair_of(a, b.id));
    }
  }
  std::map<std::string, std::set<std::string>> successors;
  for (const Takeover& takeover : review.consolidation.takeovers) {
    if (takeover.successor)
      successors[model.id(takeover.retired)].insert(model.id(*takeover.successor));
  }
  for (const auto& [retired, to] : successors) {
    for (const std::string& partner : reading.chosen) {
      const bool integrated = lists(reading.products.at(retired)->integrations, partner) ||
                              lists(reading.products.at(partner)->integrations, retired);
      if (!integrated)
        continue;
      for (const std::string& s : to) {
        if (s != partner)
          joined.insert(pair_of(partner, s));
      }
    }
  }

  std::vector<const inventory::Journey*> journeys;
  for (const auto& journey : inventory.journeys)
    journeys.push_back(&journey);
  std::sort(journeys.begin(), journeys.end(), [](auto* a, auto* b) { return a->id < b->id; });
  REQUIRE(review.journeys.size() == journeys.size());
  std::vector<std::pair<Ids, Ids>> handoffs;
  std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>> agents;
  for (std::size_t j = 0; j < journeys.size(); ++j) {
    const inventory::Journey& journey = *journeys[j];
    std::optional<std::string> unit;
    if (journey.business_unit)
      unit = journey.business_unit->id;
    std::vector<Ids> steps;
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const inventory::JourneyStep& step = journey.steps[s];
      steps.push_back(reading.step_after(step, unit));
      Ids got;
      for (const int p : review.journeys[j].steps_after[s])
        got.push_back(model.id(p));
      std::sort(got.begin(), got.end());
      CHECK(got == steps.back());
      if (unit && step.actor == inventory::Actor::agent) {
        auto& [today, after] = agents[*unit];
        for (const Reference& app : step.apps)
          today.insert(app.id);
        after.insert(steps.back().begin(), steps.back().end());
      }
    }
    // Each pair of consecutive steps: no system on one side, a shared
    // system, an existing integration, or one to build.
    REQUIRE(review.journeys[j].links.size() + 1 == steps.size());
    for (std::size_t s = 0; s + 1 < steps.size(); ++s) {
      StepLink expected = StepLink::to_build;
      if (steps[s].empty() || steps[s + 1].empty()) {
        expected = StepLink::unresolvable;
      } else {
        bool shared = false, integrated = false;
        for (const std::string& a : steps[s]) {
          for (const std::string& b : steps[s + 1]) {
            shared = shared || a == b;
            integrated = integrated || joined.count(pair_of(a, b)) > 0;
          }
        }
        expected = shared ? StepLink::shared : integrated ? StepLink::integrated : expected;
      }
      CHECK(review.journeys[j].links[s] == expected);
    }
    const Ids* previous = nullptr;
    for (const Ids& step : steps) {
      if (step.empty())
        continue;
      if (previous) {
        bool linked = false;
        for (const std::string& a : *previous) {
          for (const std::string& b : step)
            linked = linked || a == b || joined.count(pair_of(a, b));
        }
        if (!linked)
          handoffs.emplace_back(*previous, step);
      }
      previous = &step;
    }
    CHECK(review.journeys[j].handoffs_after_integration == 0);
  }
  const IntegrationPlan& plan = review.integration;
  CHECK(plan.handoffs == static_cast<int>(handoffs.size()));

  // The least set of new integrations, by enumeration: candidates in id
  // order; the fewest, then the least sum of positions.
  std::set<Pair> candidate_set;
  for (const auto& [from, to] : handoffs) {
    for (const std::string& a : from) {
      for (const std::string& b : to)
        candidate_set.insert(pair_of(a, b));
    }
  }
  const std::vector<Pair> candidates(candidate_set.begin(), candidate_set.end());
  const auto covers = [&](const std::vector<int>& picked) {
    return std::all_of(handoffs.begin(), handoffs.end(), [&](const auto& handoff) {
      return std::any_of(picked.begin(), picked.end(), [&](int k) {
        const Pair& pair = candidates[k];
        const auto in = [](const Ids& ids, const std::string& id) {
          return std::find(ids.begin(), ids.end(), id) != ids.end();
        };
        return (in(handoff.first, pair.first) && in(handoff.second, pair.second)) ||
               (in(handoff.first, pair.second) && in(handoff.second, pair.first));
      });
    });
  };
  std::optional<std::pair<std::size_t, int>> best;  // size, sum of positions
  const int n = static_cast<int>(candidates.size());
  REQUIRE(n <= 20);
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::vector<int> picked;
    int sum = 0;
    for (int k = 0; k < n; ++k) {
      if (mask >> k & 1u) {
        picked.push_back(k);
        sum += k;
      }
    }
    if (best && picked.size() > best->first)
      continue;
    if (covers(picked) && (!best || std::make_pair(picked.size(), sum) < *best))
      best = std::make_pair(picked.size(), sum);
  }
  REQUIRE(best.has_value());
  CHECK(plan.proven);
  REQUIRE(plan.to_build.size() == best->first);
  std::vector<int> positions;
  for (const IntegrationToBuild& integration : plan.to_build) {
    const Pair pair{model.id(integration.between.first), model.id(integration.between.second)};
    const auto found = std::find(candidates.begin(), candidates.end(), pair);
    REQUIRE(found != candidates.end());
    positions.push_back(static_cast<int>(found - candidates.begin()));
  }
  CHECK(covers(positions));
  int sum = 0;
  for (const int k : positions)
    sum += k;
  CHECK(sum == best->second);
  CHECK(plan.cost == static_cast<std::int64_t>(best->first) * inventory.integration_cost);

  // Agent systems: units with agent steps, today and after.
  REQUIRE(review.agents.size() == agents.size());
  for (const AgentSystems& systems : review.agents) {
    const auto& [today, after] = agents.at(model.units[systems.unit]->id);
    Ids got_today, got_after;
    for (const int p : systems.today)
      got_today.push_back(model.id(p));
    for (const int p : systems.after)
      got_after.push_back(model.id(p));
    CHECK(got_today == Ids(today.begin(), today.end()));
    CHECK(got_after == Ids(after.begin(), after.end()));
  }
}

TEST_CASE("journeys after, agent systems and the integration plan equal an independent reading") {
  setcover::Random random(20261206);
  int with_plan = 0, shared_steps = 0;
  for (int k = 0; k < kInventories; ++k) {
    const Inventory inventory = random_inventory(random);
    CAPTURE(k);
    ReviewSettings settings;
    settings.as_of.today = base::CivilDate{2026, 1, 15};
    settings.solve.threads = 1;
    const ReviewRun run = review_inventory(inventory, settings);
    REQUIRE(run.review.has_value());
    check(inventory, run);
    with_plan += !run.review->integration.to_build.empty();
    for (const JourneyView& view : run.review->journeys)
      shared_steps += view.handoffs_after < static_cast<int>(view.steps_after.size()) - 1;
  }
  // The draws reach both kinds of case often.
  CHECK(with_plan > kInventories / 10);
  CHECK(shared_steps > kInventories / 5);
}

}  // namespace
}  // namespace appmix::plan
