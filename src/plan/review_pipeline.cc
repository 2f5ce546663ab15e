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
  return run;
}

}  // namespace appmix::plan
