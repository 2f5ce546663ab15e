#include "report/recommend_facts.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "inventory/money.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::vector<int> products_where(const plan::Review& review, bool candidates, bool chosen) {
  const model::PortfolioModel& model = *review.model;
  std::vector<int> products;
  for (int p = 0; p < model.num_products(); ++p) {
    if (model.is_candidate(p) == candidates && review.recommendation.chosen[p] == chosen)
      products.push_back(p);
  }
  std::sort(products.begin(), products.end(),
            [&](int a, int b) { return model.id(a) < model.id(b); });
  return products;
}

}  // namespace

std::string_view decision_name(const plan::Review& review, int product) {
  const bool chosen = review.recommendation.chosen[product];
  if (review.model->is_candidate(product))
    return chosen ? "add" : "not-added";
  return chosen ? "keep" : "retire";
}

std::vector<int> kept_apps(const plan::Review& review) {
  return products_where(review, false, true);
}
std::vector<int> retired_apps(const plan::Review& review) {
  return products_where(review, false, false);
}
std::vector<int> added_candidates(const plan::Review& review) {
  return products_where(review, true, true);
}

std::string_view forced_label(const plan::Review& review, int product) {
  switch (review.model->forced_by[product]) {
    case model::ForcedBy::locked:
      return "locked";
    case model::ForcedBy::option:
      return review.model->forced[product] == model::Decision::keep ? "--keep" : "--retire";
    case model::ForcedBy::none:
      break;
  }
  return "";
}

std::string major_units(const plan::Review& review, std::int64_t minor_units) {
  return inventory::format_minor_units(minor_units, review.model->inventory->currency_exponent);
}

std::string money_for_people(const plan::Review& review, std::int64_t minor_units) {
  return base::money_text(minor_units, review.model->inventory->currency_exponent);
}

std::string signed_money(const plan::Review& review, std::int64_t minor_units) {
  return base::signed_money_text(minor_units, review.model->inventory->currency_exponent);
}

std::string_view review_date_source(const plan::Review& review) {
  return model::words_for(review.model->review.source);
}

std::string money_assumption(const plan::Review& review) {
  const inventory::Inventory& inventory = *review.model->inventory;
  std::string text =
      fmt::format("over {} years from {} ({}), each retired app paid until it can leave",
                  inventory.horizon_years.to_string(), base::iso_date(review.model->review.date),
                  review_date_source(review));
  if (inventory.discount_rate.units != 0) {
    inventory::Decimal percent = inventory.discount_rate;
    percent.units *= 100;  // 0.08 -> 8.00
    text += fmt::format(", present values at {} % a year", percent.to_string());
  }
  return text;
}

double savings_fraction(const optimise::Recommendation& recommendation) {
  if (recommendation.cost_before == 0)
    return 0.0;
  return static_cast<double>(recommendation.cost_before - recommendation.cost_after) /
         static_cast<double>(recommendation.cost_before);
}

std::string margin_sentence(const plan::Review& review, const optimise::Margin& margin) {
  const model::PortfolioModel& model = *review.model;
  const std::string& id = model.id(margin.product);
  const bool candidate = model.is_candidate(margin.product);
  const std::string_view doing = candidate ? (margin.chosen ? "adding" : "leaving out")
                                           : (margin.chosen ? "keeping" : "retiring");
  if (margin.required)
    return fmt::format("{} {} is required: without it a requirement loses a provider", doing, id);
  // What a quote must do to flip it: a chosen product must get dearer, a
  // product left out cheaper.
  const std::string_view flips = candidate ? (margin.chosen ? "leaves it out" : "adds it")
                                           : (margin.chosen ? "retires it" : "keeps it");
  const std::string_view direction = margin.chosen ? "higher" : "lower";
  const std::int64_t price = margin.price.value_or(0);
  if (price == 0 && margin.proven)
    return fmt::format("{} {} is a tie: another mix that {} costs the same", doing, id, flips);
  return fmt::format("{} {} is worth {}{} {} over {} years: a quote that much {} {}", doing, id,
                     margin.proven ? "only " : "at least ", money_for_people(review, price),
                     model.inventory->currency, model.inventory->horizon_years.to_string(),
                     direction, flips);
}

std::vector<const optimise::Margin*> closest_margins(const plan::Review& review, int count) {
  std::vector<const optimise::Margin*> closest;
  if (!review.margins)
    return closest;
  for (const optimise::Margin& margin : review.margins->items) {
    if (static_cast<int>(closest.size()) >= count || margin.required)
      break;
    closest.push_back(&margin);
  }
  return closest;
}

}  // namespace appmix::report
