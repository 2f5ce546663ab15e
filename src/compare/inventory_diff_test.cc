#include "compare/inventory_diff.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace appmix::compare {
namespace {

// Two units, two survey tools (an overlap), one helpdesk.
constexpr const char* kBefore = R"(appmix: 1
organisation: Test
business_units:
  - {id: north, name: North}
  - {id: south, name: South}
capabilities:
  - {id: surveys, name: Surveys}
  - {id: tickets, name: Tickets}
apps:
  - {id: ask, name: Ask, business_units: [north], capabilities: [surveys], cost: {annual: 100}, owner: a}
  - {id: poll, name: Poll, business_units: [south], capabilities: [surveys], cost: {annual: 300}, owner: b}
  - {id: desk, name: Desk, business_units: all, capabilities: [tickets], cost: {annual: 50}, owner: c}
policies: {require_owner: true}
)";

const model::AsOfRequest kAsOf{base::CivilDate{2026, 1, 15}, base::CivilDate{2026, 1, 15}};

analysis::CheckedInventory load(std::string text, const char* path = "inventory.yaml") {
  inventory::Sources sources;
  sources.files.push_back({path, std::move(text)});
  return analysis::check_inventory_sources(std::move(sources), kAsOf);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

setcover::SolveOptions one_thread() {
  setcover::SolveOptions options;
  options.threads = 1;
  return options;
}

TEST_CASE("both sides count money at one review date: --as-of, else NEW's, else OLD's") {
  const std::string old_dated =
      replaced(kBefore, "organisation: Test", "organisation: Test\nas_of: 2025-01-01");
  const std::string new_dated =
      replaced(kBefore, "organisation: Test", "organisation: Test\nas_of: 2026-06-30");
  const model::AsOfRequest none{std::nullopt, base::CivilDate{2026, 12, 6}};
  CHECK(common_review_date(load(old_dated), load(new_dated), none).date ==
        base::CivilDate{2026, 6, 30});
  CHECK(common_review_date(load(old_dated), load(kBefore), none).date ==
        base::CivilDate{2025, 1, 1});
  const model::ReviewDate today = common_review_date(load(kBefore), load(kBefore), none);
  CHECK(today.date == base::CivilDate{2026, 12, 6});
  CHECK(today.source == model::AsOfSource::today);
  const model::ReviewDate option = common_review_date(load(old_dated), load(new_dated), kAsOf);
  CHECK(option.date == base::CivilDate{2026, 1, 15});
  CHECK(option.source == model::AsOfSource::option);
  const InventoryDiff diff = diff_inventories(load(old_dated), load(new_dated), one_thread(), none);
  CHECK(diff.review.date == base::CivilDate{2026, 6, 30});
  CHECK(diff.review.source == model::AsOfSource::inventory);
}

TEST_CASE("an unchanged inventory has no differences and trips no gate") {
  const auto before = load(kBefore);
  const auto after = load(kBefore);
  const InventoryDiff diff = diff_inventories(before, after, one_thread(), kAsOf);
  REQUIRE(diff.compared);
  CHECK(unchanged(diff));
  CHECK(diff.apps_added.empty());
  CHECK(diff.changed.empty());
  CHECK(diff.overlaps_added.empty());
  CHECK(diff.decisions.empty());
  CHECK(diff.new_findings.empty());
  CHECK(diff.before.cost_today == diff.after.cost_today);
  for (const GateOutcome& gate :
       evaluate_gates(diff, {"new-errors", "new-warnings", "cost-increase", "overlap-increase"}))
    CHECK_MESSAGE(!gate.tripped, gate.gate);
}

TEST_CASE("apps added, removed and changed field by field; overlaps and decisions follow") {
  std::string text = replaced(kBefore, "cost: {annual: 300}, owner: b", "cost: {annual: 400}");
  text = replaced(text, "  - {id: desk,",
                  "  - {id: talk, name: Talk, business_units: [north], capabilities: [surveys, "
                  "tickets], cost: {annual: 10}, owner: d}\n  - {id: desk,");
  // Findings keep their identity though the lines moved.
  const InventoryDiff diff = diff_inventories(load(kBefore), load(text), one_thread(), kAsOf);
  REQUIRE(diff.compared);
  CHECK(!unchanged(diff));
  CHECK(diff.apps_added == std::vector<std::string>{"talk"});
  CHECK(diff.apps_removed.empty());
  REQUIRE(diff.changed.size() == 1);
  CHECK(diff.changed[0].id == "poll");
  REQUIRE(diff.changed[0].fields.size() == 2);
  CHECK(diff.changed[0].fields[0].field == "cost.annual");
  CHECK(diff.changed[0].fields[0].before == "300.00");
  CHECK(diff.changed[0].fields[0].after == "400.00");
  CHECK(diff.changed[0].fields[1].field == "owner");
  CHECK(diff.changed[0].fields[1].after == "");
  // talk overlaps ask, poll (surveys) and desk (tickets).
  CHECK(diff.overlaps_added.size() == 3);
  CHECK(diff.after.overlap_pairs == diff.before.overlap_pairs + 3);
  // The owner-less poll is a new warning.
  REQUIRE(diff.new_findings.size() == 1);
  CHECK(diff.new_findings[0].rule == "policy-require-owner");
  // talk (10) now serves everything north needs: ask and desk are retired?
  CHECK(!diff.decisions.empty());
  const auto talk = std::find_if(diff.decisions.begin(), diff.decisions.end(),
                                 [](const DecisionChange& c) { return c.id == "talk"; });
  REQUIRE(talk != diff.decisions.end());
  CHECK(talk->before == "absent");
  CHECK(talk->after == "keep");

  const auto gates =
      evaluate_gates(diff, {"new-errors", "new-warnings", "cost-increase", "overlap-increase"});
  CHECK(!gates[0].tripped);
  CHECK(gates[1].tripped);
  CHECK(gates[2].tripped);  // cost today rose: 450 -> 560
  CHECK(gates[2].reason.find("cost today rose") != std::string::npos);
  CHECK(gates[3].tripped);
}

TEST_CASE("a broken NEW compares findings only") {
  const std::string broken = replaced(kBefore, "capabilities: [tickets]", "capabilities: [tickts]");
  const InventoryDiff diff = diff_inventories(load(kBefore), load(broken), one_thread(), kAsOf);
  CHECK(!diff.compared);
  CHECK(!diff.after.valid);
  REQUIRE(!diff.new_findings.empty());
  CHECK(diff.new_findings[0].severity == base::Severity::error);
  const auto gates = evaluate_gates(diff, {"new-errors", "cost-increase"});
  CHECK(gates[0].tripped);
  CHECK(!gates[1].tripped);
}

TEST_CASE("a changed currency trips cost-increase: amounts cannot be compared") {
  const std::string yen =
      replaced(kBefore, "organisation: Test\n", "organisation: Test\ncurrency: JPY\n");
  const InventoryDiff diff = diff_inventories(load(kBefore), load(yen), one_thread(), kAsOf);
  const auto gates = evaluate_gates(diff, {"cost-increase"});
  CHECK(gates[0].tripped);
  CHECK(gates[0].reason.find("currency") != std::string::npos);
}

}  // namespace
}  // namespace appmix::compare
