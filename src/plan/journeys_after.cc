#include "plan/journeys_after.h"

#include <algorithm>
#include <optional>
#include <set>

namespace appmix::plan {
namespace {

// Steps name a handful of capabilities; beyond this many, the exact search
// over coverage masks gives way to a greedy choice.
constexpr int kExactStepCapabilities = 8;

using Ids = std::vector<int>;

void sort_by_id(const model::PortfolioModel& model, Ids& products) {
  std::sort(products.begin(), products.end(),
            [&](int a, int b) { return model.id(a) < model.id(b); });
  products.erase(std::unique(products.begin(), products.end()), products.end());
}

bool ids_less(const model::PortfolioModel& model, const Ids& a, const Ids& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [&](int x, int y) { return model.id(x) < model.id(y); });
}

bool serves(const model::PortfolioModel& model, int product, int capability,
            std::optional<int> unit) {
  const auto& capabilities = model.product_capabilities[product];
  if (!std::binary_search(capabilities.begin(), capabilities.end(), capability))
    return false;
  if (!unit || model.is_candidate(product) || model.app(product).shareable)
    return true;
  const auto& units = model.product_units[product];
  return std::binary_search(units.begin(), units.end(), *unit);
}

// The fewest chosen products covering `capabilities` (all servable ones).
// Each coverage mask keeps its smallest id: any least cover can swap to
// those without growing, and the smallest id list is among them.
Ids fewest_products(const model::PortfolioModel& model, const std::vector<bool>& chosen,
                    const std::vector<int>& capabilities, std::optional<int> unit,
                    std::vector<int>& unserved) {
  const int count = static_cast<int>(capabilities.size());
  std::vector<std::optional<int>> best_of_mask;
  std::vector<std::pair<unsigned, int>> providers;  // mask, product
  unsigned servable = 0;
  std::vector<int> nearby;  // chosen products providing one of the capabilities
  for (const int c : capabilities) {
    for (const int p : model.capability_products[c]) {
      if (chosen[p])
        nearby.push_back(p);
    }
  }
  std::sort(nearby.begin(), nearby.end());
  nearby.erase(std::unique(nearby.begin(), nearby.end()), nearby.end());
  for (const int p : nearby) {
    unsigned mask = 0;
    for (int c = 0; c < count && c < 32; ++c) {
      if (serves(model, p, capabilities[c], unit))
        mask |= 1u << c;
    }
    if (mask != 0) {
      providers.emplace_back(mask, p);
      servable |= mask;
    }
  }
  for (int c = 0; c < count; ++c) {
    if (c >= 32 || !(servable >> c & 1u))
      unserved.push_back(capabilities[c]);
  }
  if (servable == 0)
    return {};
  if (count > kExactStepCapabilities) {  // greedy: most new capabilities, then id
    Ids picked;
    unsigned covered = 0;
    while (covered != servable) {
      int best = -1, best_gain = 0;
      for (const auto& [mask, p] : providers) {
        const int gain = __builtin_popcount(mask & ~covered);
        if (gain > best_gain || (gain == best_gain && gain > 0 && model.id(p) < model.id(best))) {
          best = p;
          best_gain = gain;
        }
      }
      picked.push_back(best);
      for (const auto& [mask, p] : providers) {
        if (p == best)
          covered |= mask;
      }
    }
    sort_by_id(model, picked);
    return picked;
  }
  std::vector<int> representative(1u << count, -1);
  for (const auto& [mask, p] : providers) {
    int& slot = representative[mask];
    if (slot < 0 || model.id(p) < model.id(slot))
      slot = p;
  }
  std::vector<int> masks;
  for (unsigned mask = 1; mask < representative.size(); ++mask) {
    if (representative[mask] >= 0)
      masks.push_back(static_cast<int>(mask));
  }
  // Iterative deepening over sets of masks: the first size that covers wins.
  std::optional<Ids> best;
  Ids current;
  const auto search = [&](auto&& self, std::size_t from, unsigned covered, int left) -> void {
    if (covered == servable) {
      Ids candidate = current;
      sort_by_id(model, candidate);
      if (!best || ids_less(model, candidate, *best))
        best = candidate;
      return;
    }
    if (left == 0)
      return;
    for (std::size_t k = from; k < masks.size(); ++k) {
      if ((masks[k] & ~covered) == 0)
        continue;
      current.push_back(representative[masks[k]]);
      self(self, k + 1, covered | masks[k], left - 1);
      current.pop_back();
    }
  };
  for (int size = 1; !best && size <= count; ++size)
    search(search, 0, 0, size);
  return best ? *best : Ids{};
}

bool integrated(const model::PortfolioModel& model, int a, int b) {
  const auto lists = [&](int x, int y) {
    const auto& integrations = model.products[x]->integrations;
    return std::any_of(integrations.begin(), integrations.end(),
                       [&](const inventory::Reference& r) { return r.id == model.id(y); });
  };
  return lists(a, b) || lists(b, a);
}

// Hand-offs that no integration the products list joins.
int handoffs(const model::PortfolioModel& model, const std::vector<Ids>& steps) {
  int count = 0;
  for_each_handoff(
      steps, [&](int a, int b) { return integrated(model, a, b); },
      [&](const Ids&, const Ids&) { ++count; });
  return count;
}

}  // namespace

std::vector<JourneyView> journeys_after(const model::PortfolioModel& model,
                                        const std::vector<bool>& chosen) {
  std::vector<const inventory::Journey*> journeys;
  for (const inventory::Journey& journey : model.inventory->journeys)
    journeys.push_back(&journey);
  std::sort(journeys.begin(), journeys.end(),
            [](const auto* a, const auto* b) { return a->id < b->id; });
  std::vector<JourneyView> views;
  for (const inventory::Journey* journey : journeys) {
    JourneyView view;
    view.journey = journey;
    std::optional<int> unit;
    if (journey->business_unit)
      unit = model.find_unit(journey->business_unit->id);
    std::vector<Ids> steps_today;
    for (const inventory::JourneyStep& step : journey->steps) {
      Ids today;
      for (const inventory::Reference& app : step.apps) {
        if (const auto product = model.find_product(app.id))
          today.push_back(*product);
      }
      sort_by_id(model, today);
      view.systems_today.insert(view.systems_today.end(), today.begin(), today.end());
      steps_today.push_back(std::move(today));

      std::vector<int> capabilities;
      for (const inventory::Reference& capability : step.capabilities) {
        if (const auto index = model.find_capability(capability.id))
          capabilities.push_back(*index);
      }
      std::sort(capabilities.begin(), capabilities.end());
      capabilities.erase(std::unique(capabilities.begin(), capabilities.end()), capabilities.end());
      std::vector<int> unserved;
      Ids after = fewest_products(model, chosen, capabilities, unit, unserved);
      view.systems_after.insert(view.systems_after.end(), after.begin(), after.end());
      view.steps_after.push_back(std::move(after));
      view.unserved_after.push_back(std::move(unserved));
    }
    sort_by_id(model, view.systems_today);
    sort_by_id(model, view.systems_after);
    view.handoffs_today = handoffs(model, steps_today);
    view.handoffs_after = handoffs(model, view.steps_after);
    views.push_back(std::move(view));
  }
  return views;
}

}  // namespace appmix::plan
