#include "model/portfolio.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

namespace appmix::model {
namespace {

template <typename Item>
std::vector<const Item*> sorted_by_id(const std::vector<Item>& items) {
  std::vector<const Item*> sorted;
  sorted.reserve(items.size());
  for (const Item& item : items)
    sorted.push_back(&item);
  std::sort(sorted.begin(), sorted.end(),
            [](const Item* a, const Item* b) { return a->id < b->id; });
  return sorted;
}

template <typename Item>
std::optional<int> find_in(const std::vector<const Item*>& sorted, std::string_view id) {
  const auto found = std::lower_bound(
      sorted.begin(), sorted.end(), id,
      [](const Item* item, std::string_view key) { return std::string_view(item->id) < key; });
  if (found == sorted.end() || (*found)->id != id)
    return std::nullopt;
  return static_cast<int>(found - sorted.begin());
}

// Maps every reference of a list to its index; the loader has resolved them.
template <typename Item>
std::vector<int> indices_of(const std::vector<inventory::Reference>& references,
                            const std::vector<const Item*>& sorted) {
  std::vector<int> indices;
  indices.reserve(references.size());
  for (const inventory::Reference& reference : references) {
    const std::optional<int> index = find_in(sorted, reference.id);
    if (!index)
      throw std::logic_error("model: unresolved reference '" + reference.id + "'");
    indices.push_back(*index);
  }
  std::sort(indices.begin(), indices.end());
  indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
  return indices;
}

std::vector<int> all_units(int count) {
  std::vector<int> units(count);
  for (int u = 0; u < count; ++u)
    units[u] = u;
  return units;
}

bool contains(const std::vector<int>& sorted, int value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

// Products of every capability, ascending.
std::vector<std::vector<int>> providers_by_capability(const PortfolioModel& model) {
  std::vector<std::vector<int>> providers(model.capabilities.size());
  for (int p = 0; p < model.num_products(); ++p) {
    for (const int c : model.product_capabilities[p])
      providers[c].push_back(p);
  }
  return providers;
}

// The units that must keep capability c (docs/inventory-format.md, Requirements).
std::vector<int> units_needing(const PortfolioModel& model, int c,
                               const std::vector<int>& providers) {
  const inventory::Capability& capability = *model.capabilities[c];
  const int unit_count = static_cast<int>(model.units.size());
  if (capability.needed_by) {
    if (capability.needed_by->all)
      return all_units(unit_count);
    return indices_of(capability.needed_by->units, model.units);
  }
  std::vector<char> used(unit_count, 0);
  for (const int p : providers) {
    if (model.is_candidate(p))
      continue;
    for (const int u : model.product_units[p])
      used[u] = 1;
  }
  std::vector<int> units;
  for (int u = 0; u < unit_count; ++u) {
    if (used[u])
      units.push_back(u);
  }
  return units;
}

void add_requirements(PortfolioModel& model) {
  model.capability_products = providers_by_capability(model);
  const std::vector<std::vector<int>>& providers = model.capability_products;
  for (int c = 0; c < static_cast<int>(model.capabilities.size()); ++c) {
    const inventory::Capability& capability = *model.capabilities[c];
    const std::vector<int> channels = indices_of(capability.channels, model.channels);
    for (const int u : units_needing(model, c, providers[c])) {
      RequiredPair pair{c, u, capability.min_providers, {}};
      for (const int p : providers[c]) {
        if (model.forced[p] == Decision::drop)
          continue;
        const bool serves =
            model.is_candidate(p) || model.app(p).shareable || contains(model.product_units[p], u);
        if (serves)
          pair.servers.push_back(p);
      }
      const int pair_index = static_cast<int>(model.pairs.size());
      const int served = static_cast<int>(pair.servers.size());
      if (served < pair.min_providers)
        model.gaps.push_back({c, u, std::nullopt, pair.min_providers - served});
      for (const int channel : channels) {
        ChannelNeed need{pair_index, channel, {}};
        for (const int p : pair.servers) {
          if (contains(model.product_channels[p], channel))
            need.servers.push_back(p);
        }
        if (need.servers.empty())
          model.gaps.push_back({c, u, channel, 1});
        model.channel_needs.push_back(std::move(need));
      }
      model.pairs.push_back(std::move(pair));
    }
  }
}

void add_product(PortfolioModel& model, const inventory::Product& product, std::vector<int> units,
                 std::int64_t one_off, ContractExit exit, ProductMoney money) {
  model.products.push_back(&product);
  model.product_units.push_back(std::move(units));
  model.product_capabilities.push_back(indices_of(product.capabilities, model.capabilities));
  model.product_channels.push_back(indices_of(product.channels, model.channels));
  model.money.push_back(money);
  model.exits.push_back(exit);
  model.one_off.push_back(one_off);
  model.forced.push_back(product.locked ? Decision::keep : Decision::open);
  model.forced_by.push_back(product.locked ? ForcedBy::locked : ForcedBy::none);
}

void force(PortfolioModel& model, const ForcedDecisions& forced) {
  for (const int p : forced.keep) {
    model.forced[p] = Decision::keep;
    model.forced_by[p] = ForcedBy::option;
  }
  for (const int p : forced.retire) {
    model.forced[p] = Decision::drop;
    model.forced_by[p] = ForcedBy::option;
  }
}

}  // namespace

int RequiredPair::demand() const {
  return std::min(min_providers, static_cast<int>(servers.size()));
}

const inventory::App& PortfolioModel::app(int product) const {
  return static_cast<const inventory::App&>(*products[product]);
}

const inventory::Candidate& PortfolioModel::candidate(int product) const {
  return static_cast<const inventory::Candidate&>(*products[product]);
}

std::optional<int> PortfolioModel::find_product(std::string_view id) const {
  const auto found = std::lower_bound(products_by_id.begin(), products_by_id.end(), id,
                                      [](const std::pair<std::string_view, int>& entry,
                                         std::string_view key) { return entry.first < key; });
  if (found == products_by_id.end() || found->first != id)
    return std::nullopt;
  return found->second;
}

std::optional<int> PortfolioModel::find_unit(std::string_view id) const {
  return find_in(units, id);
}

std::optional<int> PortfolioModel::find_capability(std::string_view id) const {
  return find_in(capabilities, id);
}

PortfolioModel build_model(const inventory::Inventory& inventory, const ReviewDate& review,
                           const ForcedDecisions& forced) {
  PortfolioModel model;
  model.inventory = &inventory;
  model.review = review;
  model.time = TimeMoney(inventory.horizon_years, inventory.discount_rate);
  model.units = sorted_by_id(inventory.business_units);
  model.capabilities = sorted_by_id(inventory.capabilities);
  model.channels = sorted_by_id(inventory.channels);
  const int unit_count = static_cast<int>(model.units.size());
  for (const inventory::App* app : sorted_by_id(inventory.apps)) {
    std::vector<int> units = app->business_units.all
                                 ? all_units(unit_count)
                                 : indices_of(app->business_units.units, model.units);
    const ContractExit exit = contract_exit(*app, inventory, review.date);
    add_product(model, *app, std::move(units), app->retire_cost, exit,
                app_money(*app, exit, model.time));
  }
  model.num_apps = static_cast<int>(inventory.apps.size());
  // A candidate has no exit; its entry is the review date, never read.
  ContractExit no_exit;
  no_exit.exit = review.date;
  for (const inventory::Candidate* candidate : sorted_by_id(inventory.candidates)) {
    add_product(model, *candidate, {}, candidate->acquire_cost, no_exit,
                candidate_money(*candidate, model.time));
  }
  model.num_candidates = static_cast<int>(inventory.candidates.size());
  for (int p = 0; p < model.num_products(); ++p)
    model.products_by_id.emplace_back(model.id(p), p);
  std::sort(model.products_by_id.begin(), model.products_by_id.end());
  force(model, forced);
  add_requirements(model);
  return model;
}

void apply_forced(PortfolioModel& model, const ForcedDecisions& forced) {
  force(model, forced);
  model.pairs.clear();
  model.channel_needs.clear();
  model.gaps.clear();
  add_requirements(model);
}

}  // namespace appmix::model
