// The model stage on small inline inventories: required pairs (needed_by,
// derived from today's use), who serves them (shareable, own units,
// candidates), channel needs, gaps exactly as the Clarifications define
// them, and forced decisions (locked, --keep, --retire, and their errors).
#include "model/portfolio.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "inventory/loader.h"
#include "model/forced_decisions.h"

namespace appmix::model {
namespace {

inventory::Inventory load(std::string_view apps, std::string_view extra = "") {
  inventory::Sources sources;
  sources.files.push_back(
      {"inv.yaml", fmt::format("appmix: 1\norganisation: Acme\n"
                               "business_units: [{{id: north, name: N}}, {{id: south, name: S}}]\n"
                               "channels: [{{id: web, name: Web}}, {{id: store, name: Store}}]\n"
                               "capabilities:\n"
                               "  - {{id: surveys, name: Surveys}}\n"
                               "  - {{id: tickets, name: Tickets, needed_by: all}}\n"
                               "  - {{id: chat, name: Chat, channels: [web]}}\n"
                               "  - {{id: pay, name: Pay, min_providers: 2}}\n"
                               "apps:\n{}{}",
                               apps, extra)});
  inventory::LoadResult result = inventory::load_inventory_from_sources(std::move(sources));
  const std::string first = result.diagnostics.empty() ? "" : result.diagnostics.front().message;
  INFO(first);
  REQUIRE(result.inventory.has_value());
  return std::move(*result.inventory);
}

// "capability@unit: servers" lines, servers in product order (apps, then candidates).
std::vector<std::string> pairs_of(const PortfolioModel& model) {
  std::vector<std::string> lines;
  for (const RequiredPair& pair : model.pairs) {
    std::vector<std::string> servers;
    for (const int p : pair.servers)
      servers.push_back(model.id(p));
    lines.push_back(fmt::format("{}@{}: {}", model.capabilities[pair.capability]->id,
                                model.units[pair.unit]->id, fmt::join(servers, " ")));
  }
  return lines;
}

std::vector<std::string> gaps_of(const PortfolioModel& model) {
  std::vector<std::string> lines;
  for (const Gap& gap : model.gaps) {
    lines.push_back(fmt::format(
        "{}@{}{} missing {}", model.capabilities[gap.capability]->id, model.units[gap.unit]->id,
        gap.channel ? "@" + model.channels[*gap.channel]->id : "", gap.missing));
  }
  return lines;
}

using Lines = std::vector<std::string>;

const ReviewDate kReview{{2026, 1, 15}, AsOfSource::option};

TEST_CASE("required pairs come from needed_by or from today's use, served by who may serve them") {
  const inventory::Inventory inventory = load(
      "  - {id: b-survey, name: B, business_units: [south], capabilities: [surveys], "
      "shareable: false}\n"
      "  - {id: a-survey, name: A, business_units: [north], capabilities: [surveys]}\n"
      "  - {id: desk, name: D, business_units: [north], capabilities: [tickets, chat], "
      "channels: [web]}\n"
      "  - {id: till, name: T, business_units: all, capabilities: [pay]}\n",
      "candidates:\n  - {id: suite, name: S, capabilities: [surveys, pay]}\n");
  const PortfolioModel model = build_model(inventory, kReview);
  CHECK(model.num_apps == 4);
  CHECK(model.num_candidates == 1);
  CHECK(model.id(0) == "a-survey");  // apps by id, then candidates
  CHECK(model.id(4) == "suite");
  // chat: north only (desk's unit); tickets: all units; surveys: both units
  // (a-survey is shareable, b-survey serves its own unit only).
  CHECK(pairs_of(model) == Lines{"chat@north: desk", "pay@north: till suite",
                                 "pay@south: till suite", "surveys@north: a-survey suite",
                                 "surveys@south: a-survey b-survey suite", "tickets@north: desk",
                                 "tickets@south: desk"});
  REQUIRE(model.channel_needs.size() == 1);
  CHECK(model.channel_needs[0].servers == std::vector<int>{model.find_product("desk").value()});
  CHECK(gaps_of(model).empty());
}

TEST_CASE("gaps: nothing serves, fewer servers than min_providers, a channel nobody reaches") {
  const inventory::Inventory inventory = load(
      "  - {id: till, name: T, business_units: [north], capabilities: [pay]}\n"
      "  - {id: widget, name: W, business_units: [north], capabilities: [chat], "
      "channels: [store]}\n");
  const PortfolioModel model = build_model(inventory, kReview);
  // tickets is needed by all and nothing provides it; pay needs 2 and has 1;
  // chat is served, but not on the web.
  CHECK(gaps_of(model) == Lines{"chat@north@web missing 1", "pay@north missing 1",
                                "tickets@north missing 1", "tickets@south missing 1"});
  const RequiredPair& pay = model.pairs[1];
  CHECK(pay.min_providers == 2);
  CHECK(pay.demand() == 1);  // all it can get
}

TEST_CASE("locked products are forced; --retire of the only server leaves a gap") {
  const inventory::Inventory inventory = load(
      "  - {id: desk, name: D, business_units: all, capabilities: [tickets], locked: true}\n"
      "  - {id: desk2, name: D2, business_units: all, capabilities: [tickets]}\n");
  const PortfolioModel base = build_model(inventory, kReview);
  CHECK(base.forced[0] == Decision::keep);
  CHECK(base.forced_by[0] == ForcedBy::locked);
  CHECK(base.forced[1] == Decision::open);

  const ForcedResolution ok = resolve_forced(base, {{"desk2", Decision::drop}});
  REQUIRE(ok.errors.empty());
  const PortfolioModel forced = build_model(inventory, kReview, ok.decisions);
  CHECK(forced.forced[1] == Decision::drop);
  CHECK(pairs_of(forced) == Lines{"tickets@north: desk", "tickets@south: desk"});

  const inventory::Inventory single =
      load("  - {id: desk, name: D, business_units: all, capabilities: [tickets]}\n");
  const PortfolioModel one = build_model(single, kReview);
  const PortfolioModel retired =
      build_model(single, kReview, resolve_forced(one, {{"desk", Decision::drop}}).decisions);
  CHECK(gaps_of(retired) == Lines{"tickets@north missing 1", "tickets@south missing 1"});
}

TEST_CASE("apply_forced gives the model build_model gives with the same decisions") {
  const inventory::Inventory inventory = load(
      "  - {id: desk, name: D, business_units: [north], capabilities: [tickets, chat], "
      "channels: [web]}\n"
      "  - {id: desk2, name: D2, business_units: all, capabilities: [tickets, chat]}\n"
      "  - {id: till, name: T, business_units: all, capabilities: [pay]}\n",
      "candidates:\n  - {id: suite, name: S, capabilities: [pay, chat], channels: [web]}\n");
  PortfolioModel model = build_model(inventory, kReview);
  const ForcedResolution resolution =
      resolve_forced(model, {{"desk", Decision::drop}, {"suite", Decision::keep}});
  REQUIRE(resolution.errors.empty());
  const PortfolioModel rebuilt = build_model(inventory, kReview, resolution.decisions);
  apply_forced(model, resolution.decisions);
  CHECK(model.forced == rebuilt.forced);
  CHECK(model.forced_by == rebuilt.forced_by);
  CHECK(pairs_of(model) == pairs_of(rebuilt));
  CHECK(gaps_of(model) == gaps_of(rebuilt));
  REQUIRE(model.channel_needs.size() == rebuilt.channel_needs.size());
  for (std::size_t k = 0; k < model.channel_needs.size(); ++k)
    CHECK(model.channel_needs[k].servers == rebuilt.channel_needs[k].servers);
  // desk was the only one on the web for chat@north until suite was forced in.
  CHECK(pairs_of(model) == Lines{"chat@north: desk2 suite", "chat@south: desk2 suite",
                                 "pay@north: till suite", "pay@south: till suite",
                                 "tickets@north: desk2", "tickets@south: desk2"});
}

TEST_CASE("forced decisions: unknown ids, other kinds, locked, both ways, repeats") {
  const inventory::Inventory inventory = load(
      "  - {id: desk, name: D, business_units: all, capabilities: [tickets], locked: true}\n"
      "  - {id: survey-pro, name: S, business_units: all, capabilities: [surveys]}\n");
  const PortfolioModel model = build_model(inventory, kReview);
  const ForcedResolution resolution = resolve_forced(model, {{"survey-por", Decision::keep},
                                                             {"surveys", Decision::keep},
                                                             {"desk", Decision::drop},
                                                             {"survey-pro", Decision::keep},
                                                             {"survey-pro", Decision::keep},
                                                             {"survey-pro", Decision::drop}});
  CHECK(resolution.errors ==
        std::vector<std::string>{
            "--keep: unknown app or candidate 'survey-por' (did you mean 'survey-pro'?)",
            "--keep: 'surveys' is a capability, not an app or candidate",
            "--retire: 'desk' is locked (it must be kept); unlock it in the inventory to "
            "consider retiring it",
            "'survey-pro' is given to both --keep and --retire; choose one"});
  REQUIRE(resolution.in_order.size() == 1);  // the repeat counts once
  CHECK(resolution.in_order[0].first == model.find_product("survey-pro").value());
}

}  // namespace
}  // namespace appmix::model
