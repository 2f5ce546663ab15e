// The portfolio model: what the recommendation must preserve, over dense
// indices (docs/inventory-format.md, Requirements and Values). Products are
// today's apps (indices 0 .. num_apps-1, sorted by id) followed by the
// candidates (sorted by id); units, capabilities and channels are indexed in
// id order too, so every later stage iterates in one fixed, documented
// order. It says which products can serve which required (capability, unit)
// pair and channel, which decisions are forced (locked, --keep, --retire),
// and which requirements nothing can meet (gaps). It knows nothing of costs
// as an objective, of the solver, or of output.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inventory/inventory.h"
#include "model/time_money.h"

namespace appmix::model {

// What happens to a product: an app is kept or retired, a candidate added or
// not. `open` leaves it to the optimisation.
enum class Decision : std::uint8_t { open, keep, drop };

// Why a decision was taken before optimising.
enum class ForcedBy : std::uint8_t { none, locked, option };

// A required (capability, unit) pair: some min_providers chosen products
// must serve it.
struct RequiredPair {
  int capability = 0;
  int unit = 0;
  int min_providers = 1;
  std::vector<int> servers;  // products that can serve it and are not forced out, ascending
  int demand() const;        // min(min_providers, servers): what a mix can give
};

// A channel on which a required pair must be reached by a chosen server that
// lists the channel (capability `channels`).
struct ChannelNeed {
  int pair = 0;  // index into PortfolioModel::pairs
  int channel = 0;
  std::vector<int> servers;  // servers of the pair listing the channel, ascending
};

// A requirement no mix can meet in full (Clarifications, "Short pairs").
struct Gap {
  int capability = 0;
  int unit = 0;
  std::optional<int> channel;  // set: the channel is not reached
  int missing = 0;             // providers short: min_providers - servers, or 1 for a channel
};

struct PortfolioModel {
  const inventory::Inventory* inventory = nullptr;  // the source; outlives the model

  int num_apps = 0;
  int num_candidates = 0;
  std::vector<const inventory::Product*> products;    // apps then candidates, each sorted by id
  std::vector<const inventory::BusinessUnit*> units;  // sorted by id
  std::vector<const inventory::Capability*> capabilities;  // sorted by id
  std::vector<const inventory::Channel*> channels;         // sorted by id

  // Per product: units using it today (apps; empty for candidates), and the
  // capabilities and channels it lists, as sorted indices.
  std::vector<std::vector<int>> product_units;
  std::vector<std::vector<int>> product_capabilities;
  std::vector<std::vector<int>> product_channels;
  std::vector<std::vector<int>> capability_products;  // per capability: products providing it

  std::vector<RequiredPair> pairs;         // sorted by (capability, unit)
  std::vector<ChannelNeed> channel_needs;  // sorted by (pair, channel)
  std::vector<Gap> gaps;  // sorted by (capability, unit, channel: the pair's own gap first)

  std::vector<Decision> forced;  // per product, before optimising
  std::vector<ForcedBy> forced_by;
  std::vector<std::pair<std::string_view, int>> products_by_id;  // for find_product

  // The review date and the money of each choice (time_money.h), in the
  // currency's minor units. `one_off` is the nominal cost.retire of an app
  // or cost.acquire of a candidate, as written, for display.
  ReviewDate review;
  TimeMoney time;
  std::vector<ProductMoney> money;
  std::vector<ContractExit> exits;  // per product; a candidate's is the review date
  std::vector<std::int64_t> one_off;

  int num_products() const { return num_apps + num_candidates; }
  bool is_candidate(int product) const { return product >= num_apps; }
  const std::string& id(int product) const { return products[product]->id; }
  const inventory::App& app(int product) const;              // product < num_apps
  const inventory::Candidate& candidate(int product) const;  // product >= num_apps

  // The product with this id, or nullopt.
  std::optional<int> find_product(std::string_view id) const;
  std::optional<int> find_unit(std::string_view id) const;
  std::optional<int> find_capability(std::string_view id) const;
};

// Decisions forced from the command line (recommend --keep / --retire), by
// product index; locked products are forced by the model itself.
struct ForcedDecisions {
  std::vector<int> keep;
  std::vector<int> retire;
};

// Builds the model of a valid inventory (every reference resolves).
PortfolioModel build_model(const inventory::Inventory& inventory, const ReviewDate& review,
                           const ForcedDecisions& forced = {});

// Forces these decisions on a model built without them (recommend --keep /
// --retire after resolve_forced): the products are indexed once, and only
// the requirements, which depend on what is forced out, are derived again.
void apply_forced(PortfolioModel& model, const ForcedDecisions& forced);

}  // namespace appmix::model
