#include "optimise/recommend.h"

#include <algorithm>
#include <chrono>

#include "optimise/build_instance.h"
#include "setcover/greedy.h"
#include "setcover/lexicographic.h"
#include "setcover/subproblem.h"

namespace appmix::optimise {
namespace {

using Clock = std::chrono::steady_clock;

struct Solved {
  std::vector<bool> chosen;
  std::int64_t cost = 0;  // cost.after
  setcover::LexicographicResult result;
};

std::int64_t cost_of(const Objective& objective, const std::vector<bool>& chosen) {
  std::int64_t cost = objective.constant;
  for (std::size_t p = 0; p < chosen.size(); ++p) {
    if (chosen[p])
      cost += objective.money[p];
  }
  return cost;
}

Solved solve_model(const model::PortfolioModel& model, ObjectiveKind kind,
                   const setcover::SolveOptions& options) {
  const Objective objective = make_objective(model, kind);
  const InstanceMap map = build_instance(model, objective.levels[0], objective.fixings);
  Solved solved;
  solved.result = setcover::solve_lexicographic(map.instance, objective.levels, options);
  solved.chosen.assign(model.num_products(), false);
  for (const setcover::ColumnIndex j : solved.result.columns)
    solved.chosen[j.value] = true;
  solved.cost = cost_of(objective, solved.chosen);
  return solved;
}

// Chvátal's greedy on the cost objective's instance (cheapest money per
// newly served unit of demand), then the solver's clean-up of redundant
// columns, most expensive first. Returns the mix.
std::vector<bool> greedy_mix(const model::PortfolioModel& model) {
  const Objective objective = make_objective(model, ObjectiveKind::cost);
  std::vector<setcover::Cost> money(objective.money.begin(), objective.money.end());
  for (std::size_t p = 0; p < money.size(); ++p) {
    if (objective.fixings[p] != setcover::Fixing::kFree)
      money[p] = std::max<setcover::Cost>(0, money[p]);  // fixed: never chosen by cost
  }
  const InstanceMap map = build_instance(model, money, objective.fixings);
  setcover::Subproblem subproblem(map.instance);
  // The subproblem has already fixed in what necessity forces.
  for (int p = 0; p < model.num_products(); ++p) {
    if (objective.fixings[p] != setcover::Fixing::kFree &&
        subproblem.status(p) == setcover::Fixing::kFree)
      subproblem.fix(map.instance, p, objective.fixings[p]);
  }
  subproblem.propagate(map.instance);
  std::vector<bool> chosen(model.num_products(), false);
  if (auto cover = setcover::greedy_cover(map.instance, subproblem, {})) {
    for (const setcover::ColumnIndex j : cover->columns)
      chosen[j.value] = true;
  }
  for (int p = 0; p < model.num_products(); ++p) {
    if (objective.fixings[p] == setcover::Fixing::kIn)
      chosen[p] = true;
  }
  return chosen;
}

setcover::SolveOptions remaining(const setcover::SolveOptions& options, Clock::time_point start) {
  setcover::SolveOptions rest = options;
  const double spent = std::chrono::duration<double>(Clock::now() - start).count();
  if (options.time_limit_seconds)
    rest.time_limit_seconds = std::max(0.0, *options.time_limit_seconds - spent);
  return rest;
}

}  // namespace

Recommendation recommend(const model::PortfolioModel& model, const std::vector<WhatIf>& what_if,
                         const RecommendOptions& options) {
  const Clock::time_point start = Clock::now();
  Recommendation out;
  out.objective = options.objective;
  setcover::SolveOptions solve_options = options.solve;
  solve_options.direction = setcover::Direction::kPlain;  // see setcover/lagrangian.h

  const Objective objective = make_objective(model, options.objective);
  setcover::SolveOptions main_options = solve_options;
  if (options.on_progress) {
    // Level-0 units back to money (or apps).
    const bool money = options.objective == ObjectiveKind::cost;
    main_options.on_progress = [&options, &objective, money, start](const setcover::Progress& p) {
      const auto value = [&](setcover::Cost v) {
        return money ? objective.constant + v * objective.money_unit : v;
      };
      options.on_progress({value(p.incumbent), value(p.bound), p.nodes,
                           std::chrono::duration<double>(Clock::now() - start).count()});
    };
  }
  const Solved solved = solve_model(model, options.objective, main_options);
  const setcover::LexicographicResult& result = solved.result;
  out.chosen = solved.chosen;
  out.order = objective.level_names;
  out.levels_proven = result.levels_proven;
  out.optimal = result.levels_proven >= 1;
  out.ended_by = result.ended_by;
  out.cost_after = solved.cost;
  out.solves = result.solves;
  out.face_columns = result.face_columns;
  out.nodes = result.statistics.nodes;
  out.iterations = result.statistics.iterations;

  for (int p = 0; p < model.num_products(); ++p) {
    const bool candidate = model.is_candidate(p);
    if (!candidate) {
      out.cost_before += model.money[p].chosen;
      ++out.apps_before;
    }
    if (out.chosen[p])
      ++out.apps_after;
    if (!candidate && !out.chosen[p])
      out.retire_costs += model.one_off[p];
    if (candidate && out.chosen[p])
      out.acquire_costs += model.one_off[p];
  }
  if (options.objective == ObjectiveKind::cost) {
    out.lower_bound = objective.constant + result.level0_bound * objective.money_unit;
    out.apps_lower_bound = out.apps_after;
  } else {
    out.lower_bound = out.cost_after;
    out.apps_lower_bound = static_cast<int>(result.level0_bound);
  }
  if (out.optimal)
    out.lower_bound = std::min(out.lower_bound, out.cost_after);

  out.greedy_chosen = greedy_mix(model);
  out.greedy_cost = cost_of(objective, out.greedy_chosen);

  // Price of each forced decision: the optimum with all of them minus the
  // optimum without that one (cli.md, what-if).
  for (std::size_t k = 0; k < what_if.size(); ++k) {
    model::ForcedDecisions others;
    for (std::size_t l = 0; l < what_if.size(); ++l) {
      if (l == k)
        continue;
      (what_if[l].decision == model::Decision::keep ? others.keep : others.retire)
          .push_back(what_if[l].product);
    }
    const model::PortfolioModel without =
        model::build_model(*model.inventory, model.review, others);
    const Solved alternative =
        solve_model(without, options.objective, remaining(solve_options, start));
    out.forced.push_back({what_if[k], out.cost_after - alternative.cost,
                          out.optimal && alternative.result.levels_proven >= 1});
  }
  out.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return out;
}

}  // namespace appmix::optimise
