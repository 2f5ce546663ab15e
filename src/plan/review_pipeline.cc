#include "plan/review_pipeline.h"

namespace appmix::plan {

ReviewRun review_inventory(const inventory::Inventory& inventory, const ReviewSettings& settings) {
  ReviewRun run;
  run.model = std::make_unique<model::PortfolioModel>(
      model::build_model(inventory, model::choose_review_date(settings.as_of, inventory)));
  const model::ForcedResolution forced = model::resolve_forced(*run.model, settings.forced);
  if (!forced.errors.empty()) {
    run.forced_errors = forced.errors;
    return run;
  }
  std::vector<optimise::WhatIf> what_if;
  for (const auto& [product, decision] : forced.in_order)
    what_if.push_back({product, decision});
  if (!what_if.empty())
    model::apply_forced(*run.model, forced.decisions);

  optimise::RecommendOptions options;
  options.objective = settings.objective;
  options.solve = settings.solve;
  options.on_progress = settings.on_progress;
  run.review.emplace(
      make_review(*run.model, optimise::recommend(*run.model, what_if, options), settings.solve));
  Review& review = *run.review;
  const bool by_cost = settings.objective == optimise::ObjectiveKind::cost;
  if (settings.frontier) {
    optimise::Recommendation cheapest;
    if (!by_cost) {
      // The frontier ends at the least-cost mix, which --objective apps did
      // not compute. The forced decisions are already in the model.
      optimise::RecommendOptions cost_options;
      cost_options.solve = settings.solve;
      cheapest = optimise::recommend(*run.model, {}, cost_options);
    }
    const optimise::Recommendation& least = by_cost ? review.recommendation : cheapest;
    review.frontier = optimise::cost_apps_frontier(
        *run.model, {least.apps_after, least.cost_after, least.lower_bound, least.optimal},
        settings.solve);
  }
  if (settings.margins && by_cost)
    review.margins = optimise::decision_margins(*run.model, review.recommendation, settings.solve);
  return run;
}

}  // namespace appmix::plan
