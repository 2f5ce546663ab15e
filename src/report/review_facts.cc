#include "report/review_facts.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/ended_by.h"
#include "report/recommend_facts.h"
#include "report/review_outline.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string money(const plan::Review& review, std::int64_t minor_units) {
  return review.model->inventory->currency + " " + money_for_people(review, minor_units);
}

}  // namespace

std::string payback_sentence(const plan::Review& review) {
  if (!review.cash.payback)
    return "No payback within the horizon: cumulative savings end below zero.";
  return fmt::format("Payback on {}: from then on, cumulative savings stay at or above zero.",
                     base::iso_date(*review.cash.payback));
}

std::string status_sentence(const plan::Review& review) {
  const optimise::Recommendation& r = review.recommendation;
  const bool by_cost = r.objective == optimise::ObjectiveKind::cost;
  if (r.optimal) {
    std::string text =
        by_cost ? fmt::format(
                      "No mix that serves every business unit costs less: the lower bound "
                      "{} equals the cost, so this mix is proven optimal.",
                      money(review, r.lower_bound))
                : fmt::format(
                      "No mix that serves every business unit has fewer apps: {} is "
                      "proven least.",
                      base::with_thousands(r.apps_after));
    if (r.levels_proven < static_cast<int>(r.order.size()))
      text += fmt::format(
          " Among equally good mixes, the choice is proven by {} and made by a "
          "fixed order after that.",
          fmt::join(r.order.begin(), r.order.begin() + r.levels_proven, ", "));
    return text;
  }
  const double gap = r.cost_after > 0 ? 100.0 * static_cast<double>(r.cost_after - r.lower_bound) /
                                            static_cast<double>(r.cost_after)
                                      : 0.0;
  return fmt::format(
      "The search ended by its {} before proving this mix optimal: no mix costs less than the "
      "lower bound {}, {:.2f} % below this one. Run again with a longer --time-limit to close "
      "the gap.",
      ended_by_name(r.ended_by), money(review, r.lower_bound), gap);
}

std::string survey_sentence(const plan::Review& review) {
  const optimise::Recommendation& r = review.recommendation;
  const std::vector<SurveyFigure>& survey = survey_figures();
  const auto share = [](double needed, double used) {
    return used > 0 ? 100.0 * needed / used : 0.0;
  };
  return fmt::format(
      "{} needs {:.0f} % of the apps it runs today ({} of {}). The surveys found {:.0f} % on "
      "average ({} of {}) and {:.0f} % in large enterprises ({} of {}).",
      review.model->inventory->organisation, share(r.apps_after, r.apps_before),
      base::with_thousands(r.apps_after), base::with_thousands(r.apps_before),
      share(survey[0].needed, survey[0].used), survey[0].needed, survey[0].used,
      share(survey[1].needed, survey[1].used), survey[1].needed, survey[1].used);
}

std::string greedy_sentence(const plan::Review& review) {
  const optimise::Recommendation& r = review.recommendation;
  long long greedy_apps = 0;
  for (const bool chosen : r.greedy_chosen)
    greedy_apps += chosen;
  const std::int64_t extra = r.greedy_cost - r.cost_after;
  return fmt::format(
      "A greedy choice (Chvátal's rule: take the cheapest cover per requirement, then drop what "
      "is not needed) keeps {} and costs {}: {} {} than the recommended mix{}.",
      base::counted(greedy_apps, "app", "apps"), money(review, r.greedy_cost),
      money(review, extra >= 0 ? extra : -extra), extra >= 0 ? "more" : "less",
      r.cost_after > 0 && extra > 0
          ? fmt::format(" ({:.1f} %)",
                        100.0 * static_cast<double>(extra) / static_cast<double>(r.cost_after))
          : "");
}

CoverageCounts coverage_counts(const plan::CoverageGrid& grid) {
  CoverageCounts counts;
  for (const plan::CoverageCell& cell : grid.cells) {
    counts.overlap_today += cell.overlap_today();
    counts.overlap_after += cell.overlap_after();
    counts.gaps += cell.missing > 0;
  }
  return counts;
}

std::vector<WaveSummary> wave_summaries(const plan::Review& review) {
  const model::PortfolioModel& model = *review.model;
  std::map<std::string, WaveSummary> waves;
  for (const int p : retired_apps(review)) {
    WaveSummary& wave = waves[plan::wave_of(model, p)];
    wave.retired.push_back(p);
    wave.annual_cost += model.products[p]->annual_cost;
    wave.retire_cost += model.one_off[p];
  }
  for (const plan::Takeover& takeover : review.consolidation.takeovers)
    ++waves[takeover.wave].takeovers;
  std::vector<WaveSummary> ordered;
  for (auto& [name, wave] : waves) {
    wave.wave = name;
    if (name != "none")
      ordered.push_back(std::move(wave));
  }
  if (auto none = waves.find("none"); none != waves.end())
    ordered.push_back(std::move(none->second));
  return ordered;
}

std::vector<int> predecessors(const plan::Review& review, int successor) {
  std::vector<int> retired;
  for (const plan::Takeover& takeover : review.consolidation.takeovers) {
    if (takeover.successor == successor)
      retired.push_back(takeover.retired);
  }
  const model::PortfolioModel& model = *review.model;
  std::sort(retired.begin(), retired.end(),
            [&](int a, int b) { return model.id(a) < model.id(b); });
  retired.erase(std::unique(retired.begin(), retired.end()), retired.end());
  return retired;
}

TimeCounts time_counts(const plan::Review& review) {
  using analysis::TimeClass;
  TimeCounts counts;
  for (const TimeClass time_class : {TimeClass::invest, TimeClass::migrate, TimeClass::tolerate,
                                     TimeClass::eliminate, TimeClass::unclassified})
    counts.rows.push_back({time_class});
  const model::PortfolioModel& model = *review.model;
  for (int p = 0; p < model.num_products(); ++p) {
    TimeCounts::Row& row = counts.rows[static_cast<int>(review.time_classes[p])];
    const bool chosen = review.recommendation.chosen[p];
    if (model.is_candidate(p)) {
      row.added += chosen;
      continue;
    }
    ++row.today;
    ++(chosen ? row.kept : row.retired);
  }
  return counts;
}

std::vector<int> unsanctioned_personal(const plan::Review& review) {
  const model::PortfolioModel& model = *review.model;
  std::vector<int> apps;
  for (int p = 0; p < model.num_apps; ++p) {
    const inventory::Product& app = *model.products[p];
    if (!app.sanctioned &&
        (app.holds(inventory::DataClass::personal) || app.holds(inventory::DataClass::sensitive)))
      apps.push_back(p);
  }
  return apps;  // apps are indexed in id order
}

PolicyFigures policy_figures(const plan::Review& review, const plan::PolicyOutcome& outcome) {
  const model::PortfolioModel& model = *review.model;
  PolicyFigures figures;
  const auto today = static_cast<long long>(outcome.today.size());
  const auto after = static_cast<long long>(outcome.after.size());
  if (outcome.kind == plan::PolicyKind::max_providers) {
    const inventory::Capability& capability = *model.capabilities[*outcome.capability];
    figures.subject =
        fmt::format("at most {} of {}", base::counted(outcome.limit, "provider", "providers"),
                    capability.name.empty() ? capability.id : capability.name);
    figures.today = base::counted(today, "provider", "providers");
    figures.after = base::counted(after, "provider", "providers");
    return figures;
  }
  if (outcome.lists_journeys()) {
    figures.subject = fmt::format("a journey touches at most {}",
                                  base::counted(outcome.limit, "system", "systems"));
    figures.today = base::counted(today, "journey", "journeys") + " over";
    figures.after = base::counted(after, "journey", "journeys") + " over";
  } else if (outcome.listed() == plan::Listed::units) {
    figures.subject = fmt::format("a unit's agents use at most {}",
                                  base::counted(outcome.limit, "system", "systems"));
    figures.today = base::counted(today, "unit", "units") + " over";
    figures.after = base::counted(after, "unit", "units") + " over";
  } else {
    figures.subject = outcome.kind == plan::PolicyKind::personal_data_requires_sanctioned
                          ? "personal data only in sanctioned apps"
                          : "every app has an owner";
    figures.today = base::counted(today, "app", "apps") + " in breach";
    figures.after = base::counted(after, "app", "apps") + " in breach";
    if (!outcome.candidates_after.empty())
      figures.after += fmt::format(", {} added: {}", outcome.candidates_after.size(),
                                   outcome.kind == plan::PolicyKind::require_owner
                                       ? "name an owner for it"
                                       : "sanction it before adding it");
  }
  return figures;
}

std::vector<std::pair<std::string, std::string>> model_figures(const plan::Review& review) {
  const model::PortfolioModel& model = *review.model;
  long long locked = 0, forced = 0;
  for (const model::ForcedBy by : model.forced_by) {
    locked += by == model::ForcedBy::locked;
    forced += by == model::ForcedBy::option;
  }
  const auto size = [](std::size_t n) { return base::with_thousands(static_cast<long long>(n)); };
  return {
      {"apps today", base::with_thousands(model.num_apps)},
      {"candidates", base::with_thousands(model.num_candidates)},
      {"business units", size(model.units.size())},
      {"capabilities", size(model.capabilities.size())},
      {"channels", size(model.channels.size())},
      {"required (capability, unit) pairs: rows of the set-cover model", size(model.pairs.size())},
      {"channel requirements: more rows", size(model.channel_needs.size())},
      {"gaps no mix can close", size(model.gaps.size())},
      {"locked products", base::with_thousands(locked)},
      {"decisions forced by --keep / --retire", base::with_thousands(forced)},
      {"horizon (years)", model.inventory->horizon_years.to_string()},
  };
}

std::vector<std::pair<std::string, std::string>> search_figures(const plan::Review& review) {
  const optimise::Recommendation& r = review.recommendation;
  std::vector<std::pair<std::string, std::string>> rows = {
      {"objective", std::string(optimise::name_of(r.objective))},
      {"status", r.optimal ? "optimal, proven" : "feasible, not proven optimal"},
      {"ended by", std::string(ended_by_name(r.ended_by))},
      {"order among equal mixes",
       fmt::format("{} (first {} proven)", fmt::join(r.order, ", "), r.levels_proven)},
      {"cost after (objective)", money(review, r.cost_after)},
      {"lower bound", money(review, r.lower_bound)},
      {"solver runs", base::with_thousands(r.solves)},
      {"branch-and-bound nodes", base::with_thousands(r.nodes)},
      {"subgradient iterations", base::with_thousands(r.iterations)},
  };
  if (r.face_columns >= 0)
    rows.push_back({"columns on the optimal face", base::with_thousands(r.face_columns)});
  return rows;
}

}  // namespace appmix::report
