#include "plan/review.h"

namespace appmix::plan {

Review make_review(const model::PortfolioModel& model, optimise::Recommendation recommendation,
                   const setcover::SolveOptions& solve) {
  Review review;
  review.model = &model;
  review.recommendation = std::move(recommendation);
  const std::vector<bool>& chosen = review.recommendation.chosen;
  review.consolidation = plan_consolidation(model, chosen);
  review.coverage = coverage_grid(model, chosen, review.consolidation);
  review.journeys = journeys_after(model, chosen);
  review.integration =
      plan_integrations(model, chosen, review.consolidation, review.journeys, solve);
  review.agents = agent_systems(model, review.journeys);
  review.policies = policies_after(model, chosen, review.journeys, review.agents);
  review.feedback = feedback_platforms(model, chosen);
  for (int p = 0; p < model.num_products(); ++p)
    review.time_classes.push_back(analysis::time_class_of(*model.products[p]));
  review.notices = notices_of(model, chosen);
  review.cash = cash_view(model, chosen, review.integration.cost);
  return review;
}

}  // namespace appmix::plan
