#include "optimise/margins.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "optimise/objective.h"
#include "optimise/signed_instance.h"
#include "setcover/coverage.h"
#include "setcover/lagrangian.h"
#include "setcover/subproblem.h"

namespace appmix::optimise {
namespace {

using Clock = std::chrono::steady_clock;
using setcover::ColumnIndex;
using setcover::Cost;
using setcover::Fixing;
using setcover::RowIndex;

// Retiring `p` leaves a row with fewer possible providers than it needs.
bool required(const setcover::Instance& instance, int p) {
  for (const RowIndex i : instance.rows_of(ColumnIndex(p))) {
    int available = 0;
    for (const ColumnIndex j : instance.columns_of(i)) {
      if (instance.fixing(j) != Fixing::kOut)
        ++available;
    }
    if (available - 1 < instance.demand(i))
      return true;
  }
  return false;
}

// The recommendation with p flipped, made a cover again: p added and the
// columns it makes redundant dropped (dearest first), or p removed and its
// rows served again by the cheapest columns per newly served unit. Columns
// in `fixed` are never dropped. Returns the cost in column units.
Cost repaired_cost(const setcover::Instance& instance, const std::vector<bool>& chosen, int p,
                   const std::vector<Fixing>& fixed) {
  setcover::Coverage coverage(instance, instance.demands());
  for (int j = 0; j < instance.num_columns(); ++j) {
    if (chosen[j] != (j == p))
      coverage.add(ColumnIndex(j));
  }
  const bool adding = !chosen[p];
  if (!adding) {
    while (coverage.shortfall() > 0) {
      int best = -1;
      double best_score = 0;
      for (const RowIndex i : instance.rows_of(ColumnIndex(p))) {
        if (coverage.count(i) >= coverage.demand(i))
          continue;
        for (const ColumnIndex j : instance.columns_of(i)) {
          if (j.value == p || coverage.selected(j) || instance.fixing(j) == Fixing::kOut)
            continue;
          int served = 0;
          for (const RowIndex r : instance.rows_of(j))
            served += coverage.count(r) < coverage.demand(r) ? 1 : 0;
          const double score = static_cast<double>(instance.cost(j)) / served;
          if (best < 0 || score < best_score || (score == best_score && j.value < best)) {
            best = j.value;
            best_score = score;
          }
        }
      }
      if (best < 0)
        return std::numeric_limits<Cost>::max();
      coverage.add(ColumnIndex(best));
    }
  }
  std::vector<ColumnIndex> order = coverage.selection();
  std::sort(order.begin(), order.end(), [&](ColumnIndex a, ColumnIndex b) {
    return instance.cost(a) > instance.cost(b) || (instance.cost(a) == instance.cost(b) && a > b);
  });
  for (const ColumnIndex j : order) {
    if (j.value != p && fixed[j.value] == Fixing::kFree && instance.cost(j) > 0 &&
        coverage.redundant(j))
      coverage.remove(j);
  }
  return coverage.cost();
}

}  // namespace

Margins decision_margins(const model::PortfolioModel& model, const Recommendation& recommendation,
                         const setcover::SolveOptions& options) {
  const Clock::time_point start = Clock::now();
  Margins margins;
  const SignedInstance signed_instance = build_signed_instance(model);
  const setcover::Instance& instance = signed_instance.map.instance;
  const int n = instance.num_columns();
  // The recommendation's fixings: forced decisions, and apps whose money is
  // <= 0 kept (without loss, whatever else is forced).
  const std::vector<Fixing> fixed = make_objective(model, ObjectiveKind::cost).fixings;
  const Cost optimum =
      (recommendation.cost_after - signed_instance.constant) / signed_instance.unit;

  // Multipliers at the optimum, on the instance with those fixings.
  setcover::Instance fixed_instance = instance;
  for (int j = 0; j < n; ++j)
    fixed_instance.set_fixing(ColumnIndex(j), fixed[j]);
  setcover::Subproblem root(fixed_instance);
  for (int j = 0; j < n; ++j) {
    if (fixed[j] != Fixing::kFree && root.status(j) == Fixing::kFree)
      root.fix(fixed_instance, j, fixed[j]);
  }
  root.propagate(fixed_instance);
  setcover::SubgradientParams params;
  params.direction = setcover::Direction::kPlain;
  params.max_iterations = 2000;
  const setcover::SubgradientResult relaxed = setcover::optimise_multipliers(
      fixed_instance, root, setcover::initial_multipliers(fixed_instance, root),
      std::numeric_limits<Cost>::max(), params);
  // Reduced costs over the rows still active at the root, for every column.
  std::vector<double> reduced(n, 0.0);
  for (int j = 0; j < n; ++j) {
    double value = static_cast<double>(instance.cost(ColumnIndex(j)));
    for (const RowIndex i : instance.rows_of(ColumnIndex(j))) {
      if (root.need(i.value) > 0)
        value -= relaxed.u[i.value];
    }
    reduced[j] = value;
  }
  const bool root_ok = !root.infeasible();

  std::vector<Margin> open;
  for (int p = 0; p < n; ++p) {
    if (model.forced[p] != model::Decision::open)
      continue;
    Margin margin;
    margin.product = p;
    margin.chosen = recommendation.chosen[p];
    if (margin.chosen && required(instance, p)) {
      margin.required = true;
      margins.items.push_back(margin);
      continue;
    }
    // Lower bound on the flipped optimum: in the relaxation a column counts
    // when fixed in or of negative reduced cost; flipping it in adds its
    // reduced cost if positive, flipping it out removes it if counted.
    const bool counted = root.status(p) == Fixing::kIn || reduced[p] < 0;
    double flipped = relaxed.bound;
    if (margin.chosen && counted)
      flipped -= reduced[p];
    if (!margin.chosen && !counted)
      flipped += reduced[p];
    const Cost bound = root_ok ? setcover::proven_bound(flipped) : std::numeric_limits<Cost>::min();
    const Cost repaired = repaired_cost(instance, recommendation.chosen, p, fixed);
    if (repaired != std::numeric_limits<Cost>::max() && bound >= repaired) {
      margin.price = (repaired - optimum) * signed_instance.unit;
      margin.proven = recommendation.optimal;
      ++margins.proven_by_bounds;
      margins.items.push_back(margin);
      continue;
    }
    Cost lower = root_ok ? bound - optimum : 0;
    if (recommendation.optimal)
      lower = std::max<Cost>(0, lower);  // a flip never beats a proven optimum
    margin.price = lower * signed_instance.unit;
    open.push_back(margin);
  }

  // Solve the rest again, closest first.
  std::stable_sort(open.begin(), open.end(),
                   [](const Margin& a, const Margin& b) { return *a.price < *b.price; });
  const std::size_t budget =
      n <= kMarginSearchAll ? open.size() : std::min<std::size_t>(open.size(), kMarginSearches);
  setcover::SolveOptions solve = options;
  solve.direction = setcover::Direction::kPlain;
  solve.on_progress = nullptr;
  std::vector<Cost> costs(n);
  for (int j = 0; j < n; ++j)
    costs[j] = instance.cost(ColumnIndex(j));
  for (std::size_t k = 0; k < open.size(); ++k) {
    Margin& margin = open[k];
    if (k < budget) {
      if (options.time_limit_seconds) {
        const double spent = std::chrono::duration<double>(Clock::now() - start).count();
        solve.time_limit_seconds = std::max(0.0, *options.time_limit_seconds - spent);
      }
      setcover::Instance flipped = fixed_instance;
      flipped.set_fixing(ColumnIndex(margin.product), margin.chosen ? Fixing::kOut : Fixing::kIn);
      const setcover::Result result = setcover::solve(flipped, solve);
      ++margins.searched;
      if (static_cast<int>(result.ended_by) > static_cast<int>(margins.ended_by))
        margins.ended_by = result.ended_by;
      if (result.optimal && recommendation.optimal) {
        margin.price = (result.cost - optimum) * signed_instance.unit;
        margin.proven = true;
      } else {
        margin.price =
            std::max(*margin.price, (result.lower_bound - optimum) * signed_instance.unit);
      }
    }
    margins.items.push_back(margin);
  }
  std::sort(margins.items.begin(), margins.items.end(), [&](const Margin& a, const Margin& b) {
    if (a.required != b.required)
      return b.required;
    if (!a.required && *a.price != *b.price)
      return *a.price < *b.price;
    return model.id(a.product) < model.id(b.product);
  });
  margins.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return margins;
}

}  // namespace appmix::optimise
