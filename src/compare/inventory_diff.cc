#include "compare/inventory_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "analysis/overlap.h"
#include "base/figures_text.h"
#include "compare/product_fields.h"
#include "plan/review_pipeline.h"
#include "setcover/parallel.h"

namespace appmix::compare {
namespace {

// Everything one side contributes to the comparison, by id.
struct Side {
  SideFigures figures;
  std::map<std::string, Fields> apps, candidates;
  std::vector<std::string> capabilities;  // sorted
  std::vector<AppPairIds> pairs;          // sorted
  std::vector<AppPairIds> integrations;   // to build, sorted
  std::map<std::string, std::string> decisions;
};

Side analyse_side(const analysis::CheckedInventory& checked, const setcover::SolveOptions& solve,
                  const model::ReviewDate& review) {
  Side side;
  side.figures.errors = base::count_severity(checked.diagnostics, base::Severity::error);
  side.figures.warnings = base::count_severity(checked.diagnostics, base::Severity::warning);
  if (!checked.inventory)
    return side;
  const inventory::Inventory& inventory = *checked.inventory;
  SideFigures& figures = side.figures;
  figures.valid = true;
  figures.organisation = inventory.organisation;
  figures.currency = inventory.currency;
  figures.currency_exponent = inventory.currency_exponent;
  for (const inventory::App& app : inventory.apps)
    side.apps.emplace(app.id, fields_of(app, inventory.currency_exponent));
  for (const inventory::Candidate& candidate : inventory.candidates)
    side.candidates.emplace(candidate.id, fields_of(candidate, inventory.currency_exponent));
  for (const inventory::Capability& capability : inventory.capabilities)
    side.capabilities.push_back(capability.id);
  std::sort(side.capabilities.begin(), side.capabilities.end());

  const analysis::Overlap overlap = analysis::analyse_overlap(inventory, {});
  const std::vector<std::string>& app_ids = overlap.portfolio.app_ids;
  side.pairs.reserve(overlap.pairs.size());
  for (const analysis::AppPair& pair : overlap.pairs)
    side.pairs.emplace_back(app_ids[pair.first], app_ids[pair.second]);
  std::sort(side.pairs.begin(), side.pairs.end());
  figures.overlap_pairs = side.pairs.size();

  plan::ReviewSettings settings;
  settings.solve = solve;
  // The common date, as an option, so both sides count money at it.
  settings.as_of = model::AsOfRequest{review.date, review.date};
  const plan::ReviewRun run = plan::review_inventory(inventory, settings);
  const model::PortfolioModel& model = *run.model;
  const optimise::Recommendation& recommendation = run.review->recommendation;
  for (const plan::IntegrationToBuild& integration : run.review->integration.to_build)
    side.integrations.emplace_back(model.id(integration.between.first),
                                   model.id(integration.between.second));
  std::sort(side.integrations.begin(), side.integrations.end());
  figures.integrations = side.integrations.size();
  figures.cost_today = recommendation.cost_before;
  figures.cost_after = recommendation.cost_after;
  figures.apps_today = recommendation.apps_before;
  figures.apps_after = recommendation.apps_after;
  figures.optimal = recommendation.optimal;
  for (int p = 0; p < model.num_products(); ++p) {
    const bool chosen = recommendation.chosen[p];
    side.decisions.emplace(model.id(p), model.is_candidate(p) ? (chosen ? "add" : "not-added")
                                                              : (chosen ? "keep" : "retire"));
  }
  return side;
}

template <typename Map>
void added_and_removed(const Map& before, const Map& after, std::vector<std::string>& added,
                       std::vector<std::string>& removed) {
  for (const auto& entry : after) {
    if (!before.count(entry.first))
      added.push_back(entry.first);
  }
  for (const auto& entry : before) {
    if (!after.count(entry.first))
      removed.push_back(entry.first);
  }
}

void changed_products(const std::map<std::string, Fields>& before,
                      const std::map<std::string, Fields>& after, bool candidate,
                      std::vector<ProductChange>& out) {
  for (const auto& [id, old_fields] : before) {
    const auto found = after.find(id);
    if (found == after.end())
      continue;
    ProductChange change{id, candidate, {}};
    for (std::size_t i = 0; i < old_fields.size(); ++i) {
      if (old_fields[i].second != found->second[i].second)
        change.fields.push_back(
            {old_fields[i].first, old_fields[i].second, found->second[i].second});
    }
    if (!change.fields.empty())
      out.push_back(std::move(change));
  }
}

// Findings of `from` that `against` does not have, matched by severity, rule
// and message and counting repeats.
base::Diagnostics unmatched(const base::Diagnostics& from, const base::Diagnostics& against) {
  using Key = std::tuple<base::Severity, std::string_view, std::string_view>;
  std::map<Key, int> available;
  for (const base::Diagnostic& d : against)
    ++available[{d.severity, d.rule, d.message}];
  base::Diagnostics out;
  for (const base::Diagnostic& d : from) {
    int& count = available[{d.severity, d.rule, d.message}];
    if (count > 0)
      --count;
    else
      out.push_back(d);
  }
  return out;
}

}  // namespace

model::ReviewDate common_review_date(const analysis::CheckedInventory& before,
                                     const analysis::CheckedInventory& after,
                                     const model::AsOfRequest& as_of) {
  for (const analysis::CheckedInventory* side : {&after, &before}) {
    if (side->inventory && !as_of.option && side->inventory->as_of)
      return {model::civil(*side->inventory->as_of), model::AsOfSource::inventory};
  }
  return as_of.option ? model::ReviewDate{*as_of.option, model::AsOfSource::option}
                      : model::ReviewDate{as_of.today_or_clock(), model::AsOfSource::today};
}

InventoryDiff diff_inventories(const analysis::CheckedInventory& before,
                               const analysis::CheckedInventory& after,
                               const setcover::SolveOptions& solve,
                               const model::AsOfRequest& as_of) {
  const model::ReviewDate review = common_review_date(before, after, as_of);
  // The two sides are independent: analyse them side by side, each with half
  // of the solver's threads.
  setcover::SolveOptions half = solve;
  half.threads = std::max(1, solve.threads / 2);
  Side sides[2];
  setcover::run_workers(solve.threads >= 2 ? 2 : 1, [&](int worker) {
    if (solve.threads >= 2) {
      sides[worker] = analyse_side(worker == 0 ? before : after, half, review);
    } else {
      sides[0] = analyse_side(before, half, review);
      sides[1] = analyse_side(after, half, review);
    }
  });
  const Side& old_side = sides[0];
  const Side& new_side = sides[1];

  InventoryDiff diff;
  diff.review = review;
  diff.before = old_side.figures;
  diff.after = new_side.figures;
  diff.new_findings = unmatched(after.diagnostics, before.diagnostics);
  diff.fixed_findings = unmatched(before.diagnostics, after.diagnostics);
  diff.compared = diff.before.valid && diff.after.valid;
  if (!diff.compared)
    return diff;

  added_and_removed(old_side.apps, new_side.apps, diff.apps_added, diff.apps_removed);
  added_and_removed(old_side.candidates, new_side.candidates, diff.candidates_added,
                    diff.candidates_removed);
  changed_products(old_side.apps, new_side.apps, false, diff.changed);
  changed_products(old_side.candidates, new_side.candidates, true, diff.changed);
  std::set_difference(new_side.capabilities.begin(), new_side.capabilities.end(),
                      old_side.capabilities.begin(), old_side.capabilities.end(),
                      std::back_inserter(diff.capabilities_added));
  std::set_difference(old_side.capabilities.begin(), old_side.capabilities.end(),
                      new_side.capabilities.begin(), new_side.capabilities.end(),
                      std::back_inserter(diff.capabilities_removed));
  std::set_difference(new_side.pairs.begin(), new_side.pairs.end(), old_side.pairs.begin(),
                      old_side.pairs.end(), std::back_inserter(diff.overlaps_added));
  std::set_difference(old_side.pairs.begin(), old_side.pairs.end(), new_side.pairs.begin(),
                      new_side.pairs.end(), std::back_inserter(diff.overlaps_removed));
  std::set_difference(new_side.integrations.begin(), new_side.integrations.end(),
                      old_side.integrations.begin(), old_side.integrations.end(),
                      std::back_inserter(diff.integrations_added));
  std::set_difference(old_side.integrations.begin(), old_side.integrations.end(),
                      new_side.integrations.begin(), new_side.integrations.end(),
                      std::back_inserter(diff.integrations_removed));

  std::map<std::string, std::pair<std::string, std::string>> moves;
  for (const auto& [id, decision] : old_side.decisions)
    moves[id] = {decision, "absent"};
  for (const auto& [id, decision] : new_side.decisions) {
    auto [it, inserted] = moves.try_emplace(id, "absent", decision);
    if (!inserted)
      it->second.second = decision;
  }
  for (const auto& [id, move] : moves) {
    if (move.first != move.second)
      diff.decisions.push_back({id, move.first, move.second});
  }
  return diff;
}

bool unchanged(const InventoryDiff& diff) {
  return diff.compared && diff.apps_added.empty() && diff.apps_removed.empty() &&
         diff.candidates_added.empty() && diff.candidates_removed.empty() && diff.changed.empty() &&
         diff.capabilities_added.empty() && diff.capabilities_removed.empty() &&
         diff.overlaps_added.empty() && diff.overlaps_removed.empty() && diff.decisions.empty() &&
         diff.integrations_added.empty() && diff.integrations_removed.empty() &&
         diff.new_findings.empty() && diff.fixed_findings.empty();
}

std::vector<GateOutcome> evaluate_gates(const InventoryDiff& diff,
                                        const std::vector<std::string>& gates) {
  std::vector<GateOutcome> outcomes;
  const SideFigures& a = diff.before;
  const SideFigures& b = diff.after;
  const auto money = [](const SideFigures& side, std::int64_t minor) {
    return base::money_text(minor, side.currency_exponent) + " " + side.currency;
  };
  for (const std::string& gate : gates) {
    GateOutcome outcome{gate, false, ""};
    if (gate == "new-errors" || gate == "new-warnings") {
      const base::Severity severity =
          gate == "new-errors" ? base::Severity::error : base::Severity::warning;
      const std::size_t count = static_cast<std::size_t>(
          std::count_if(diff.new_findings.begin(), diff.new_findings.end(),
                        [&](const base::Diagnostic& d) { return d.severity == severity; }));
      const std::string_view noun = gate == "new-errors" ? "error" : "warning";
      outcome.tripped = count > 0;
      outcome.reason = fmt::format("{} new {}{}", count, noun, count == 1 ? "" : "s");
    } else if (gate == "cost-increase") {
      if (!diff.compared) {
        outcome.reason = "costs not compared: an inventory has errors";
      } else if (a.currency != b.currency) {
        outcome.tripped = true;
        outcome.reason = fmt::format("the currency changed from {} to {}: costs cannot be compared",
                                     a.currency, b.currency);
      } else {
        std::vector<std::string> rises;
        if (b.cost_today > a.cost_today)
          rises.push_back(fmt::format("cost today rose from {} to {}", money(a, a.cost_today),
                                      money(b, b.cost_today)));
        if (b.cost_after > a.cost_after)
          rises.push_back(fmt::format("recommended cost rose from {} to {}", money(a, a.cost_after),
                                      money(b, b.cost_after)));
        outcome.tripped = !rises.empty();
        outcome.reason = rises.empty()       ? "neither cost today nor the recommended cost rose"
                         : rises.size() == 1 ? rises[0]
                                             : rises[0] + "; " + rises[1];
      }
    } else if (gate == "overlap-increase") {
      if (!diff.compared) {
        outcome.reason = "overlaps not compared: an inventory has errors";
      } else {
        outcome.tripped = b.overlap_pairs > a.overlap_pairs;
        outcome.reason =
            fmt::format("overlapping app pairs {} -> {}", a.overlap_pairs, b.overlap_pairs);
      }
    }
    outcomes.push_back(std::move(outcome));
  }
  return outcomes;
}

}  // namespace appmix::compare
