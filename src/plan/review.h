// Everything a recommendation report shows, computed once: the solver's
// choice and figures, the consolidation plan, coverage by capability and
// unit, systems per journey, policies today and after, the feedback
// platforms, each product's TIME class, the notices calendar and the cash
// view with its payback date; on request the cost–apps frontier and the
// decision margins.
// Report writers read it; none of them computes anything of its own. It
// knows nothing of output formats.
#pragma once

#include <optional>
#include <vector>

#include "analysis/time_class.h"
#include "model/portfolio.h"
#include "optimise/frontier.h"
#include "optimise/margins.h"
#include "optimise/recommend.h"
#include "plan/agent_systems.h"
#include "plan/cash_view.h"
#include "plan/consolidation.h"
#include "plan/coverage_grid.h"
#include "plan/feedback_platforms.h"
#include "plan/integration_plan.h"
#include "plan/journeys_after.h"
#include "plan/notices.h"
#include "plan/policies_after.h"

namespace appmix::plan {

struct Review {
  const model::PortfolioModel* model = nullptr;  // outlives the review
  optimise::Recommendation recommendation;
  ConsolidationPlan consolidation;
  CoverageGrid coverage;  // capability x unit, today and after
  std::vector<JourneyView> journeys;
  IntegrationPlan integration;  // planned for the mix, after it was chosen
  std::vector<AgentSystems> agents;
  std::vector<PolicyOutcome> policies;
  FeedbackPlatforms feedback;
  std::vector<analysis::TimeClass> time_classes;  // per product
  std::vector<Notice> notices;
  CashView cash;
  // Only when asked for (plan/review_pipeline.h).
  std::optional<optimise::Frontier> frontier;
  std::optional<optimise::Margins> margins;
};

// `solve`: limits of the integration plan's set-cover solve.
Review make_review(const model::PortfolioModel& model, optimise::Recommendation recommendation,
                   const setcover::SolveOptions& solve = {});

}  // namespace appmix::plan
