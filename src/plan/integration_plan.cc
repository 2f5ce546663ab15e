#include "plan/integration_plan.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "setcover/lexicographic.h"

namespace appmix::plan {
namespace {

using Pair = std::pair<int, int>;

Pair ordered(const model::PortfolioModel& model, int a, int b) {
  return model.id(a) < model.id(b) ? Pair{a, b} : Pair{b, a};
}

// A hand-off that needs a new integration: the systems of its two steps.
struct Handoff {
  int journey = 0;
  std::vector<int> from, to;
};

// How each pair of consecutive steps is linked: a hand-off that neither a
// shared system nor an existing integration joins is one the plan builds.
std::vector<StepLink> links_of(const std::vector<std::vector<int>>& steps,
                               const ExistingIntegrations& existing) {
  std::vector<StepLink> links;
  for (std::size_t s = 0; s + 1 < steps.size(); ++s) {
    const std::vector<int>& from = steps[s];
    const std::vector<int>& to = steps[s + 1];
    StepLink link = from.empty() || to.empty() ? StepLink::unresolvable : StepLink::to_build;
    for (const int a : from) {
      for (const int b : to) {
        if (a == b)
          link = StepLink::shared;
        else if (link == StepLink::to_build && existing.joined(a, b))
          link = StepLink::integrated;
      }
    }
    links.push_back(link);
  }
  return links;
}

}  // namespace

ExistingIntegrations::ExistingIntegrations(const model::PortfolioModel& model,
                                           const std::vector<bool>& chosen,
                                           const ConsolidationPlan& consolidation) {
  const auto add = [&](int a, int b) {
    if (a != b)
      pairs_.emplace_back(std::min(a, b), std::max(a, b));
  };
  for (int a = 0; a < model.num_products(); ++a) {
    if (!chosen[a])
      continue;
    for (const inventory::Reference& reference : model.products[a]->integrations) {
      if (const auto b = model.find_product(reference.id); b && chosen[*b])
        add(a, *b);
    }
  }
  for (const Repoint& repoint : consolidation.repoints) {
    for (const int successor : repoint.successors)
      add(repoint.partner, successor);
  }
  std::sort(pairs_.begin(), pairs_.end());
  pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
}

bool ExistingIntegrations::joined(int a, int b) const {
  return std::binary_search(pairs_.begin(), pairs_.end(), Pair{std::min(a, b), std::max(a, b)});
}

IntegrationPlan plan_integrations(const model::PortfolioModel& model,
                                  const std::vector<bool>& chosen,
                                  const ConsolidationPlan& consolidation,
                                  std::vector<JourneyView>& journeys,
                                  const setcover::SolveOptions& solve) {
  const ExistingIntegrations existing(model, chosen, consolidation);
  const auto joined = [&](int a, int b) { return existing.joined(a, b); };
  std::vector<Handoff> handoffs;
  for (int j = 0; j < static_cast<int>(journeys.size()); ++j) {
    for_each_handoff(journeys[j].steps_after, joined,
                     [&](const std::vector<int>& from, const std::vector<int>& to) {
                       handoffs.push_back({j, from, to});
                     });
  }
  IntegrationPlan plan;
  plan.handoffs = static_cast<int>(handoffs.size());

  // Columns: every pair of a system of one step and one of the next, in id
  // order (the tie-break prefers earlier ones); rows: the hand-offs.
  std::set<Pair, std::function<bool(const Pair&, const Pair&)>> candidates(
      [&](const Pair& x, const Pair& y) {
        return std::tie(model.id(x.first), model.id(x.second)) <
               std::tie(model.id(y.first), model.id(y.second));
      });
  for (const Handoff& handoff : handoffs) {
    for (const int a : handoff.from) {
      for (const int b : handoff.to)
        candidates.insert(ordered(model, a, b));
    }
  }
  const std::vector<Pair> columns(candidates.begin(), candidates.end());
  std::map<Pair, int> column_of;
  for (int k = 0; k < static_cast<int>(columns.size()); ++k)
    column_of.emplace(columns[k], k);
  std::vector<std::vector<setcover::RowIndex>> column_rows(columns.size());
  for (int h = 0; h < static_cast<int>(handoffs.size()); ++h) {
    for (const int a : handoffs[h].from) {
      for (const int b : handoffs[h].to)
        column_rows[column_of.at(ordered(model, a, b))].push_back(setcover::RowIndex(h));
    }
  }
  std::vector<bool> built(columns.size(), false);
  if (!handoffs.empty()) {
    const int n = static_cast<int>(columns.size());
    std::vector<setcover::Cost> count(n, 1), order(n);
    for (int k = 0; k < n; ++k)
      order[k] = k;
    const setcover::Instance instance(static_cast<int>(handoffs.size()), count, column_rows);
    const setcover::LexicographicResult result =
        setcover::solve_lexicographic(instance, {count, order}, solve);
    for (const setcover::ColumnIndex j : result.columns)
      built[j.value] = true;
    plan.proven = result.levels_proven >= 1;  // the count; the id order is the tie-break
  }
  for (int k = 0; k < static_cast<int>(columns.size()); ++k) {
    if (!built[k])
      continue;
    IntegrationToBuild integration{columns[k], {}, 0};
    for (const setcover::RowIndex row : column_rows[k]) {
      ++integration.handoffs;
      integration.journeys.push_back(handoffs[row.value].journey);
    }
    std::sort(integration.journeys.begin(), integration.journeys.end());
    integration.journeys.erase(
        std::unique(integration.journeys.begin(), integration.journeys.end()),
        integration.journeys.end());
    plan.to_build.push_back(std::move(integration));
  }
  plan.cost = static_cast<std::int64_t>(plan.to_build.size()) * model.inventory->integration_cost;

  // Hand-offs left once the new integrations exist too.
  std::set<Pair> added;
  for (const IntegrationToBuild& integration : plan.to_build)
    added.insert({std::min(integration.between.first, integration.between.second),
                  std::max(integration.between.first, integration.between.second)});
  const auto joined_after = [&](int a, int b) {
    return existing.joined(a, b) || added.count({std::min(a, b), std::max(a, b)}) > 0;
  };
  for (JourneyView& view : journeys) {
    int left = 0;
    for_each_handoff(view.steps_after, joined_after,
                     [&](const std::vector<int>&, const std::vector<int>&) { ++left; });
    view.handoffs_after_integration = left;
    view.links = links_of(view.steps_after, existing);
  }
  return plan;
}

}  // namespace appmix::plan
