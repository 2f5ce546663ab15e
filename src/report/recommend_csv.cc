// CSV form of `recommend`: one row per app and candidate, with its decision
// and the facts a spreadsheet filters on (docs/recommend.md gives the
// columns). Cells are quoted and guarded against formula injection. Every
// row names the organisation and currency, so exports of several clients
// concatenated into one sheet keep their context.
#include <fmt/format.h>

#include "base/calendar.h"
#include "report/escape.h"
#include "report/recommend_facts.h"
#include "report/recommend_writers.h"

namespace appmix::report {
namespace {

// The running cost of choosing the product over the horizon (present value
// with a discount rate), one-off costs apart.
std::int64_t running_cost(const model::PortfolioModel& model, int p) {
  return model.money[p].chosen - (model.is_candidate(p) ? model.one_off[p] : 0);
}

}  // namespace

std::string write_recommend_csv(const plan::Review& review) {
  const model::PortfolioModel& model = *review.model;
  // Successors of each retired app, from the consolidation plan.
  std::vector<std::vector<int>> successors(model.num_products());
  for (const plan::Takeover& takeover : review.consolidation.takeovers) {
    auto& list = successors[takeover.retired];
    if (takeover.successor &&
        std::find(list.begin(), list.end(), *takeover.successor) == list.end()) {
      list.push_back(*takeover.successor);
    }
  }
  std::string out =
      "id,kind,decision,forced,horizon_cost,one_off_cost,wave,time_class,taken_over_by,exit,"
      "notice_by,organisation,currency";
  // With --margins: the price of the opposite decision and whether it is
  // exact, a lower bound, or the product is required (empty when forced).
  std::vector<const optimise::Margin*> margin_of(model.num_products(), nullptr);
  if (review.margins) {
    out += ",margin,margin_status";
    for (const optimise::Margin& margin : review.margins->items)
      margin_of[margin.product] = &margin;
  }
  out += "\n";
  const std::string organisation = csv_cell(model.inventory->organisation);
  const std::string currency = csv_cell(model.inventory->currency);
  for (int p = 0; p < model.num_products(); ++p) {
    const bool retired = !model.is_candidate(p) && !review.recommendation.chosen[p];
    const bool added = model.is_candidate(p) && review.recommendation.chosen[p];
    // A retired app's exit under its contract, and the date notice is due.
    const bool dated = retired && model.exits[p].notice_by.has_value();
    auto& list = successors[p];
    std::sort(list.begin(), list.end(), [&](int a, int b) { return model.id(a) < model.id(b); });
    std::string taken_over_by;
    for (const int s : list)
      taken_over_by += (taken_over_by.empty() ? "" : " ") + model.id(s);
    // The one-off is paid only by a decision that changes something: the
    // retire cost of a retired app, the acquire cost of an added candidate.
    out += fmt::format(
        "{},{},{},{},{},{},{},{},{},{},{},{},{}", csv_cell(model.id(p)),
        model.is_candidate(p) ? "candidate" : "app", decision_name(review, p),
        model.forced_by[p] == model::ForcedBy::locked   ? "locked"
        : model.forced_by[p] == model::ForcedBy::option ? "option"
                                                        : "",
        major_units(review, running_cost(model, p)),
        retired || added ? major_units(review, model.one_off[p]) : "",
        retired ? plan::wave_of(model, p) : "", analysis::name_of(review.time_classes[p]),
        csv_cell(taken_over_by), dated ? base::iso_date(model.exits[p].exit) : "",
        dated ? base::iso_date(*model.exits[p].notice_by) : "", organisation, currency);
    if (review.margins) {
      const optimise::Margin* margin = margin_of[p];
      if (!margin)
        out += ",,";
      else if (margin->required)
        out += ",,required";
      else
        out += fmt::format(",{},{}", major_units(review, *margin->price),
                           margin->proven ? "exact" : "lower-bound");
    }
    out += "\n";
  }
  return out;
}

}  // namespace appmix::report
