// The plan stage on a small inline inventory with a hand-picked mix: waves
// and successors, integrations to re-point, systems per journey and
// hand-offs, policies today and after, feedback platforms, TIME classes.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>

#include "analysis/overlap.h"
#include "analysis/time_class.h"
#include "inventory/loader.h"
#include "plan/consolidation.h"
#include "plan/coverage_grid.h"
#include "plan/feedback_platforms.h"
#include "plan/journeys_after.h"
#include "plan/policies_after.h"
#include "plan/review_pipeline.h"

namespace appmix::plan {
namespace {

constexpr std::string_view kInventory = R"(appmix: 1
organisation: Acme
business_units: [{id: north, name: N}, {id: south, name: S}]
channels: [{id: web, name: Web}, {id: store, name: Store}]
capabilities:
  - {id: surveys, name: Surveys, data: x-data}
  - {id: tickets, name: Tickets}
  - {id: chat, name: Chat, channels: [web]}
apps:
  - {id: old-survey, name: O, business_units: [north, south], capabilities: [surveys],
     cost: {annual: 100}, contract_end: 2027-02-15, sanctioned: false, data: [personal],
     integrations: [crm]}
  - {id: desk, name: D, business_units: [north], capabilities: [tickets, chat],
     channels: [web], cost: {annual: 50}, contract_end: 2027-11-30, integrations: [crm],
     shareable: false,
     fit: {functional: 4, technical: 2}}
  - {id: crm, name: C, business_units: all, capabilities: [tickets], cost: {annual: 80},
     owner: Sales, fit: {functional: 2, technical: 2}}
  - {id: web-chat, name: W, business_units: [north], capabilities: [chat], channels: [web],
     cost: {annual: 10}, data: [x-data]}
candidates:
  - {id: suite, name: S, capabilities: [surveys, chat], channels: [web], cost: {annual: 30}}
  - {id: pricey, name: P, capabilities: [surveys], cost: {annual: 500}}
journeys:
  - id: complain
    name: Complain
    business_unit: north
    steps:
      - {name: Chat, capabilities: [chat], apps: [web-chat]}
      - {name: Ticket, capabilities: [tickets], apps: [desk]}
      - {name: Survey, capabilities: [surveys], apps: [old-survey]}
policies:
  max_providers: {chat: 1, surveys: 1}
  personal_data_requires_sanctioned: true
  max_systems_per_journey: 2
  require_owner: true
)";

struct Fixture {
  inventory::Inventory inventory;
  model::PortfolioModel model;
  std::vector<bool> chosen;

  Fixture() {
    inventory::Sources sources;
    sources.files.push_back({"inv.yaml", std::string(kInventory)});
    auto loaded = inventory::load_inventory_from_sources(std::move(sources));
    REQUIRE(loaded.inventory.has_value());
    inventory = std::move(*loaded.inventory);
    model = model::build_model(inventory, {{2026, 1, 15}, model::AsOfSource::option});
    // Keep crm and web-chat, add suite; retire old-survey and desk.
    chosen.assign(model.num_products(), false);
    for (const char* id : {"crm", "web-chat", "suite"})
      chosen[model.find_product(id).value()] = true;
  }
  int p(const char* id) const { return model.find_product(id).value(); }
  std::string id(int product) const { return model.id(product); }
};

TEST_CASE("consolidation: successors by least horizon cost, waves by quarter, re-pointing") {
  const Fixture f;
  const ConsolidationPlan plan = plan_consolidation(f.model, f.chosen);
  CHECK(plan.waves == std::vector<std::string>{"2027-Q1", "2027-Q4"});
  std::vector<std::string> lines;
  for (const Takeover& t : plan.takeovers) {
    const model::RequiredPair& pair = f.model.pairs[t.pair];
    lines.push_back(fmt::format(
        "{} {} {}@{} -> {}", t.wave, f.id(t.retired), f.model.capabilities[pair.capability]->id,
        f.model.units[pair.unit]->id, t.successor ? f.id(*t.successor) : "-"));
  }
  // chat@north: web-chat (10 a year) beats suite (30); surveys: suite, the
  // only one chosen; tickets@north: crm.
  CHECK(lines == std::vector<std::string>{"2027-Q1 old-survey surveys@north -> suite",
                                          "2027-Q1 old-survey surveys@south -> suite",
                                          "2027-Q4 desk chat@north -> web-chat",
                                          "2027-Q4 desk tickets@north -> crm"});
  // desk integrates with crm, which takes its tickets: crm is connected to
  // desk's other successor. old-survey integrates with crm too.
  REQUIRE(plan.repoints.size() == 2);
  CHECK(f.id(plan.repoints[0].retired) == "desk");
  CHECK(f.id(plan.repoints[0].partner) == "crm");
  CHECK(plan.repoints[0].successors == std::vector<int>{f.p("web-chat")});
  CHECK(f.id(plan.repoints[1].retired) == "old-survey");
  CHECK(f.id(plan.repoints[1].partner) == "crm");
  CHECK(plan.repoints[1].successors == std::vector<int>{f.p("suite")});
}

TEST_CASE("an integration with the only successor becomes internal") {
  Fixture f;
  // Keep desk; retire crm: crm's tickets go to desk (north) and nothing (south).
  f.chosen[f.p("desk")] = true;
  f.chosen[f.p("crm")] = false;
  f.chosen[f.p("old-survey")] = true;
  const ConsolidationPlan plan = plan_consolidation(f.model, f.chosen);
  // crm integrates with old-survey (kept, not a successor): re-point to desk.
  REQUIRE(plan.repoints.size() == 1);
  CHECK(f.id(plan.repoints[0].partner) == "old-survey");
  bool gap_seen = false;
  for (const Takeover& t : plan.takeovers)
    gap_seen = gap_seen || !t.successor;
  CHECK(gap_seen);  // tickets@south: nothing chosen serves it
}

TEST_CASE("journeys: fewest products per step, hand-offs without integration") {
  const Fixture f;
  const std::vector<JourneyView> views = journeys_after(f.model, f.chosen);
  REQUIRE(views.size() == 1);
  const JourneyView& view = views[0];
  CHECK(view.systems_today == std::vector<int>{f.p("desk"), f.p("old-survey"), f.p("web-chat")});
  // chat: web-chat (first id of the one-product covers), tickets: crm, surveys: suite.
  CHECK(view.steps_after ==
        std::vector<std::vector<int>>{{f.p("suite")}, {f.p("crm")}, {f.p("suite")}});
  // Today: web-chat -> desk (no integration), desk -> old-survey (none): 2.
  CHECK(view.handoffs_today == 2);
  // After: suite -> crm (none), crm -> suite (none): 2.
  CHECK(view.handoffs_after == 2);
}

TEST_CASE("policies today and after, with the requirement that holds an extra provider") {
  const Fixture f;
  const std::vector<JourneyView> views = journeys_after(f.model, f.chosen);
  const std::vector<PolicyOutcome> outcomes =
      policies_after(f.model, f.chosen, views, agent_systems(f.model, views));
  REQUIRE(outcomes.size() == 5);
  CHECK(outcomes[0].kind == PolicyKind::max_providers);
  CHECK(f.model.capabilities[*outcomes[0].capability]->id == "chat");
  CHECK(outcomes[0].after == std::vector<int>{f.p("suite"), f.p("web-chat")});
  CHECK(outcomes[0].needs.empty());  // no requirement holds two chat providers
  // chat today: desk and web-chat, 2 > 1; after: suite and web-chat.
  CHECK_FALSE(outcomes[0].met_today());
  CHECK_FALSE(outcomes[0].met_after());
  // surveys: one provider today (old-survey) and one after (suite): met,
  // although both lists are non-empty.
  CHECK(outcomes[1].after == std::vector<int>{f.p("suite")});
  CHECK(outcomes[1].met_today());
  CHECK(outcomes[1].met_after());
  CHECK(outcomes[1].has_limit());
  CHECK(outcomes[2].kind == PolicyKind::personal_data_requires_sanctioned);
  CHECK(outcomes[2].today == std::vector<int>{f.p("old-survey")});
  CHECK(outcomes[2].after.empty());
  CHECK_FALSE(outcomes[2].met_today());
  CHECK(outcomes[2].met_after());
  CHECK(outcomes[3].kind == PolicyKind::max_systems_per_journey);
  CHECK(outcomes[3].today == std::vector<int>{0});  // 3 systems today
  CHECK(outcomes[3].after.empty());                 // 2 after
  CHECK(outcomes[4].kind == PolicyKind::require_owner);
  CHECK(outcomes[4].after == std::vector<int>{f.p("suite"), f.p("web-chat")});
  CHECK_FALSE(outcomes[4].met_after());
  // suite is an added candidate: it breaches because nobody was named yet.
  CHECK(outcomes[4].candidates_after == std::vector<int>{f.p("suite")});
  CHECK(name_of(outcomes[4].kind) == "require_owner");
}

TEST_CASE("the review pipeline: forced mistakes come back as text, forced decisions priced") {
  const Fixture f;
  ReviewSettings settings;
  settings.as_of.option = base::CivilDate{2026, 1, 15};
  settings.forced = {{"nope", model::Decision::keep}};
  const ReviewRun bad = review_inventory(f.inventory, settings);
  CHECK(bad.forced_errors == std::vector<std::string>{"--keep: unknown app or candidate 'nope'"});
  CHECK_FALSE(bad.review.has_value());

  // Retired either way, old-survey is paid until its contract ends on
  // 2027-02-15 (396 days: 100 * 396 / 365.25 = 108.42 EUR) and desk until
  // 2027-11-30 (684 days: 93.63 EUR). Unforced, crm and suite serve
  // everything: 3 * (80 + 30) = 330 EUR. With pricey forced in, surveys go to
  // it and chat to web-chat: 3 * (500 + 80 + 10) = 1,770 EUR. The price of
  // forcing it is the difference: 1,440 EUR.
  settings.forced = {{"pricey", model::Decision::keep}};
  const ReviewRun run = review_inventory(f.inventory, settings);
  REQUIRE(run.review.has_value());
  const optimise::Recommendation& r = run.review->recommendation;
  CHECK(r.chosen[run.model->find_product("pricey").value()]);
  CHECK(r.cost_after == 177000 + 10842 + 9363);
  REQUIRE(r.forced.size() == 1);
  CHECK(r.forced[0].price == 144000);
  CHECK(r.forced[0].proven);
  CHECK(run.review->model == run.model.get());
}

TEST_CASE("feedback platforms and TIME classes") {
  const Fixture f;
  const FeedbackPlatforms view = feedback_platforms(f.model, f.chosen);
  // old-survey provides an x-data capability, web-chat holds x-data; suite
  // and pricey provide surveys.
  CHECK(view.today == std::vector<int>{f.p("old-survey"), f.p("web-chat")});
  CHECK(view.after == std::vector<int>{f.p("suite"), f.p("web-chat")});
  CHECK(view.unsanctioned_today == 1);
  CHECK(view.personal_today == 1);
  CHECK(view.unsanctioned_after == 0);
  CHECK(analysis::time_class_of(*f.model.products[f.p("desk")]) == analysis::TimeClass::migrate);
  CHECK(analysis::time_class_of(*f.model.products[f.p("crm")]) == analysis::TimeClass::eliminate);
  CHECK(analysis::time_class_of(*f.model.products[f.p("suite")]) ==
        analysis::TimeClass::unclassified);
  CHECK(wave_of(f.model, f.p("crm")) == "none");
}

TEST_CASE("coverage by capability and unit, today and after") {
  const Fixture f;
  const CoverageGrid grid = coverage_grid(f.model, f.chosen, plan_consolidation(f.model, f.chosen));
  const auto cell = [&](const char* capability, const char* unit) {
    return grid.at(f.model.find_capability(capability).value(), f.model.find_unit(unit).value());
  };
  // chat@north: desk and web-chat today; desk retires into web-chat.
  CHECK(cell("chat", "north").today == 2);
  CHECK(cell("chat", "north").after == 1);
  CHECK(cell("chat", "north").needed == 1);
  CHECK(cell("chat", "north").overlap_today());
  CHECK_FALSE(cell("chat", "north").overlap_after());
  // chat@south: nobody uses it, nobody needs it.
  CHECK(cell("chat", "south").today == 0);
  CHECK(cell("chat", "south").after == 0);
  CHECK(cell("chat", "south").needed == 0);
  // surveys: old-survey today in both units, the added suite after.
  CHECK(cell("surveys", "south").today == 1);
  CHECK(cell("surveys", "south").after == 1);
  // tickets@north: desk and crm today, crm after.
  CHECK(cell("tickets", "north").today == 2);
  CHECK(cell("tickets", "north").after == 1);
  CHECK(cell("tickets", "south").after == 1);
  for (const CoverageCell& c : grid.cells)
    CHECK(c.missing == 0);
}

TEST_CASE("coverage: today's overlaps are exactly the overlap analysis' redundancies") {
  const Fixture f;
  const CoverageGrid grid = coverage_grid(f.model, f.chosen, plan_consolidation(f.model, f.chosen));
  const analysis::Overlap overlap = analysis::analyse_overlap(f.inventory, {});
  std::vector<std::pair<std::string, std::string>> from_grid, from_overlap;
  for (int c = 0; c < grid.capabilities; ++c) {
    for (int u = 0; u < grid.units; ++u) {
      if (grid.at(c, u).overlap_today())
        from_grid.emplace_back(f.model.capabilities[c]->id, f.model.units[u]->id);
    }
  }
  for (const analysis::Redundancy& r : overlap.redundant)
    from_overlap.emplace_back(overlap.portfolio.capability_ids[r.capability],
                              overlap.portfolio.unit_ids[r.unit]);
  std::sort(from_grid.begin(), from_grid.end());
  std::sort(from_overlap.begin(), from_overlap.end());
  CHECK(from_grid.size() == 2);
  CHECK(from_grid == from_overlap);
}

}  // namespace
}  // namespace appmix::plan
