#include "plan/consolidation.h"

#include "base/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

namespace appmix::plan {
namespace {

constexpr std::string_view kNoWave = "none";

// What a successor costs over the horizon, acquire cost included.
std::int64_t takeover_cost(const model::PortfolioModel& model, int product) {
  return model.money[product].chosen;
}

std::optional<int> successor_of(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                                const model::RequiredPair& pair) {
  std::optional<int> best;
  for (const int p : pair.servers) {
    if (!chosen[p])
      continue;
    if (!best || std::make_tuple(takeover_cost(model, p), model.id(p)) <
                     std::make_tuple(takeover_cost(model, *best), model.id(*best))) {
      best = p;
    }
  }
  return best;
}

bool wave_before(const std::string& a, const std::string& b) {
  if (a == kNoWave || b == kNoWave)
    return a != kNoWave && b == kNoWave;
  return a < b;  // "YYYY-Qn" sorts by time
}

}  // namespace

std::string wave_of(const model::PortfolioModel& model, int product) {
  if (!model.products[product]->contract_end)
    return std::string(kNoWave);
  return base::quarter_of(model.exits[product].exit);
}

ConsolidationPlan plan_consolidation(const model::PortfolioModel& model,
                                     const std::vector<bool>& chosen) {
  ConsolidationPlan plan;
  // Pairs by capability, to find those a retired app serves today.
  std::vector<std::vector<int>> pairs_of_capability(model.capabilities.size());
  for (int k = 0; k < static_cast<int>(model.pairs.size()); ++k)
    pairs_of_capability[model.pairs[k].capability].push_back(k);

  std::set<std::string, decltype(&wave_before)> waves(&wave_before);
  std::vector<std::vector<int>> successors(model.num_apps);
  for (int a = 0; a < model.num_apps; ++a) {
    if (chosen[a])
      continue;
    const std::string wave = wave_of(model, a);
    waves.insert(wave);
    for (const int c : model.product_capabilities[a]) {
      for (const int k : pairs_of_capability[c]) {
        const model::RequiredPair& pair = model.pairs[k];
        if (!std::binary_search(model.product_units[a].begin(), model.product_units[a].end(),
                                pair.unit)) {
          continue;
        }
        const std::optional<int> successor = successor_of(model, chosen, pair);
        plan.takeovers.push_back({a, k, successor, wave});
        if (successor)
          successors[a].push_back(*successor);
      }
    }
  }
  plan.waves.assign(waves.begin(), waves.end());
  const auto key = [&](const Takeover& t) {
    const model::RequiredPair& pair = model.pairs[t.pair];
    return std::tie(model.id(t.retired), model.capabilities[pair.capability]->id,
                    model.units[pair.unit]->id);
  };
  std::stable_sort(plan.takeovers.begin(), plan.takeovers.end(),
                   [&](const Takeover& a, const Takeover& b) {
                     if (a.wave != b.wave)
                       return wave_before(a.wave, b.wave);
                     return key(a) < key(b);
                   });

  // Integrations name apps (and candidates name apps); either side may list
  // the other, so partners are collected both ways.
  std::vector<std::set<int>> partners(model.num_apps);
  for (int p = 0; p < model.num_products(); ++p) {
    for (const inventory::Reference& reference : model.products[p]->integrations) {
      const std::optional<int> other = model.find_product(reference.id);
      if (!other)
        continue;
      if (*other < model.num_apps && !chosen[*other] && chosen[p])
        partners[*other].insert(p);
      if (p < model.num_apps && !chosen[p] && chosen[*other])
        partners[p].insert(*other);
    }
  }
  for (int a = 0; a < model.num_apps; ++a) {
    if (partners[a].empty())
      continue;
    std::vector<int> to = successors[a];
    std::sort(to.begin(), to.end(), [&](int x, int y) { return model.id(x) < model.id(y); });
    to.erase(std::unique(to.begin(), to.end()), to.end());
    std::vector<int> sorted_partners(partners[a].begin(), partners[a].end());
    std::sort(sorted_partners.begin(), sorted_partners.end(),
              [&](int x, int y) { return model.id(x) < model.id(y); });
    // An integration with a successor becomes internal to it: nothing to
    // re-point there.
    for (const int partner : sorted_partners) {
      std::vector<int> others;
      for (const int s : to) {
        if (s != partner)
          others.push_back(s);
      }
      if (others.empty() && std::find(to.begin(), to.end(), partner) != to.end())
        continue;
      plan.repoints.push_back({a, partner, others});
    }
  }
  std::sort(plan.repoints.begin(), plan.repoints.end(), [&](const Repoint& x, const Repoint& y) {
    return std::tie(model.id(x.retired), model.id(x.partner)) <
           std::tie(model.id(y.retired), model.id(y.partner));
  });
  return plan;
}

}  // namespace appmix::plan
