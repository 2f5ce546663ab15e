#include "model/forced_decisions.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/suggest.h"

namespace appmix::model {
namespace {

std::string option_of(Decision decision) {
  return decision == Decision::keep ? "--keep" : "--retire";
}

// Names the kind of a non-product id, so `--keep surveys` says what surveys is.
std::string other_kind(const PortfolioModel& model, std::string_view id) {
  if (model.find_capability(id))
    return "a capability";
  if (model.find_unit(id))
    return "a business unit";
  const auto& channels = model.channels;
  if (std::any_of(channels.begin(), channels.end(), [&](const auto* c) { return c->id == id; }))
    return "a channel";
  const auto& journeys = model.inventory->journeys;
  if (std::any_of(journeys.begin(), journeys.end(), [&](const auto& j) { return j.id == id; }))
    return "a journey";
  return "";
}

}  // namespace

ForcedResolution resolve_forced(const PortfolioModel& model,
                                const std::vector<ForcedRequest>& requests) {
  ForcedResolution resolution;
  std::vector<std::string> ids;
  for (int p = 0; p < model.num_products(); ++p)
    ids.push_back(model.id(p));
  std::sort(ids.begin(), ids.end());
  std::vector<Decision> requested(model.num_products(), Decision::open);
  for (const ForcedRequest& request : requests) {
    const std::optional<int> product = model.find_product(request.id);
    if (!product) {
      const std::string kind = other_kind(model, request.id);
      std::string message = kind.empty()
                                ? fmt::format("{}: unknown app or candidate '{}'",
                                              option_of(request.decision), request.id)
                                : fmt::format("{}: '{}' is {}, not an app or candidate",
                                              option_of(request.decision), request.id, kind);
      if (kind.empty()) {
        if (auto match = base::closest_match(request.id, ids))
          message += fmt::format(" (did you mean '{}'?)", *match);
      }
      resolution.errors.push_back(std::move(message));
      continue;
    }
    const int p = *product;
    if (request.decision == Decision::drop && model.products[p]->locked) {
      resolution.errors.push_back(fmt::format(
          "--retire: '{}' is locked (it must be {}); unlock it in the inventory to consider "
          "retiring it",
          request.id, model.is_candidate(p) ? "added" : "kept"));
      continue;
    }
    if (requested[p] != Decision::open) {
      if (requested[p] != request.decision) {
        resolution.errors.push_back(
            fmt::format("'{}' is given to both --keep and --retire; choose one", request.id));
      }
      continue;
    }
    requested[p] = request.decision;
    resolution.in_order.emplace_back(p, request.decision);
    (request.decision == Decision::keep ? resolution.decisions.keep : resolution.decisions.retire)
        .push_back(p);
  }
  return resolution;
}

}  // namespace appmix::model
