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

// The part of the problem a flip of `p` touches: the rows still short once
// p is flipped (its own rows; with p retired from the root's fixed-in
// columns, each needs one more), grown through the root's free columns to
// every row they serve that is short too. Outside it the flipped problem is
// the unflipped one, served as the recommendation serves it, so the price
// is the local optimum minus what the recommendation pays inside.
struct LocalProblem {
  setcover::Instance instance;  // p fixed in when it is added; absent when retired
  Cost recommended = 0;         // the recommendation's free columns in it, p included
  std::int64_t nonzeros = 0;
};

LocalProblem local_problem(const setcover::Instance& instance, const setcover::Subproblem& root,
                           const std::vector<bool>& chosen, int p) {
  const bool retiring = chosen[p];
  // Retiring an app the root kept without a search: each of its rows needs
  // one provider more than the root says.
  const bool unkept = retiring && root.status(p) == Fixing::kIn;
  const auto p_rows = instance.rows_of(ColumnIndex(p));
  const auto need = [&](std::int32_t row) {
    const bool of_p = unkept && std::binary_search(p_rows.begin(), p_rows.end(), RowIndex(row));
    return root.need(row) + (of_p ? 1 : 0);
  };
  std::vector<std::int32_t> rows, columns;
  std::vector<char> row_seen(instance.num_rows(), 0), column_seen(instance.num_columns(), 0);
  for (const RowIndex i : instance.rows_of(ColumnIndex(p))) {
    if (need(i.value) > 0) {
      row_seen[i.value] = 1;
      rows.push_back(i.value);
    }
  }
  for (std::size_t next = 0; next < rows.size(); ++next) {
    for (const ColumnIndex j : instance.columns_of(RowIndex(rows[next]))) {
      if (column_seen[j.value] || root.status(j.value) != Fixing::kFree ||
          (retiring && j.value == p))
        continue;
      column_seen[j.value] = 1;
      columns.push_back(j.value);
      for (const RowIndex r : instance.rows_of(j)) {
        if (!row_seen[r.value] && need(r.value) > 0) {
          row_seen[r.value] = 1;
          rows.push_back(r.value);
        }
      }
    }
  }
  if (!retiring && !column_seen[p]) {
    column_seen[p] = 1;  // added although it serves no row still short
    columns.push_back(p);
  }
  std::sort(rows.begin(), rows.end());
  std::sort(columns.begin(), columns.end());
  std::vector<std::int32_t> local_row(instance.num_rows(), -1);
  for (std::size_t k = 0; k < rows.size(); ++k)
    local_row[rows[k]] = static_cast<std::int32_t>(k);
  LocalProblem local;
  std::vector<Cost> costs;
  std::vector<std::vector<RowIndex>> column_rows;
  for (const std::int32_t j : columns) {
    costs.push_back(instance.cost(ColumnIndex(j)));
    auto& served = column_rows.emplace_back();
    for (const RowIndex r : instance.rows_of(ColumnIndex(j))) {
      if (local_row[r.value] >= 0)
        served.emplace_back(local_row[r.value]);
    }
    local.nonzeros += static_cast<std::int64_t>(served.size());
    if (chosen[j])
      local.recommended += instance.cost(ColumnIndex(j));
  }
  if (retiring)
    local.recommended += instance.cost(ColumnIndex(p));
  local.instance = setcover::Instance(static_cast<int>(rows.size()), std::move(costs), column_rows);
  for (std::size_t k = 0; k < rows.size(); ++k)
    local.instance.set_demand(RowIndex(static_cast<std::int32_t>(k)), need(rows[k]));
  if (!retiring) {
    const auto at = std::lower_bound(columns.begin(), columns.end(), p) - columns.begin();
    local.instance.set_fixing(ColumnIndex(static_cast<std::int32_t>(at)), Fixing::kIn);
  }
  return local;
}

bool past(const setcover::SolveOptions& options, Clock::time_point start) {
  return options.time_limit_seconds &&
         std::chrono::duration<double>(Clock::now() - start).count() >= *options.time_limit_seconds;
}

// Lower bounds in column units for the flips left unsolved: at the root's
// Lagrangian multipliers, flipping a column moves the bound by its reduced
// cost (adding one of positive reduced cost adds it; removing one the
// relaxation takes removes it). Exact when the recommendation repaired
// around the flip meets the bound.
void bound_by_relaxation(const setcover::Instance& instance, const setcover::Subproblem& root,
                         const Recommendation& recommendation, Cost optimum,
                         std::vector<Margin>& margins) {
  setcover::SubgradientParams params;
  params.direction = setcover::Direction::kPlain;
  params.max_iterations = 2000;
  // Aimed at the known optimum (Polyak's step needs a target); the run
  // stops early once the bound reaches it.
  const setcover::SubgradientResult relaxed = setcover::optimise_multipliers(
      instance, root, setcover::initial_multipliers(instance, root), optimum, params);
  std::vector<Fixing> fixed(instance.num_columns());
  for (int j = 0; j < instance.num_columns(); ++j)
    fixed[j] = instance.fixing(ColumnIndex(j));
  for (Margin& margin : margins) {
    const int p = margin.product;
    double reduced = static_cast<double>(instance.cost(ColumnIndex(p)));
    for (const RowIndex i : instance.rows_of(ColumnIndex(p))) {
      if (root.need(i.value) > 0)
        reduced -= relaxed.u[i.value];
    }
    const bool counted = root.status(p) == Fixing::kIn || reduced < 0;
    double flipped = relaxed.bound;
    if (margin.chosen && counted)
      flipped -= reduced;
    if (!margin.chosen && !counted)
      flipped += reduced;
    const Cost bound = setcover::proven_bound(flipped);
    const Cost repaired = repaired_cost(instance, recommendation.chosen, p, fixed);
    if (repaired != std::numeric_limits<Cost>::max() && bound >= repaired) {
      margin.price = repaired - optimum;
      margin.proven = recommendation.optimal;
      continue;
    }
    Cost lower = bound - optimum;
    if (recommendation.optimal)
      lower = std::max<Cost>(0, lower);  // a flip never beats a proven optimum
    margin.price = lower;
  }
}

}  // namespace

Margins decision_margins(const model::PortfolioModel& model, const Recommendation& recommendation,
                         const setcover::SolveOptions& options, std::int64_t work_budget) {
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

  setcover::Instance fixed_instance = instance;
  for (int j = 0; j < n; ++j)
    fixed_instance.set_fixing(ColumnIndex(j), fixed[j]);
  setcover::Subproblem root(fixed_instance);
  for (int j = 0; j < n; ++j) {
    if (fixed[j] != Fixing::kFree && root.status(j) == Fixing::kFree)
      root.fix(fixed_instance, j, fixed[j]);
  }
  root.propagate(fixed_instance);
  const std::vector<bool>& chosen = recommendation.chosen;

  // Each flip solved exactly on the part of the problem it touches, within
  // a work budget; the rest are bounded below by the Lagrangian relaxation.
  setcover::SolveOptions solve = options;
  solve.direction = setcover::Direction::kPlain;
  solve.on_progress = nullptr;
  solve.threads = 1;
  std::int64_t work = 0;
  std::vector<Margin> unsolved;
  for (int p = 0; p < n; ++p) {
    if (model.forced[p] != model::Decision::open)
      continue;
    Margin margin;
    margin.product = p;
    margin.chosen = chosen[p];
    if (margin.chosen && required(instance, p)) {
      margin.required = true;
      margins.items.push_back(margin);
      continue;
    }
    const LocalProblem local = local_problem(fixed_instance, root, chosen, p);
    const bool trivial = local.instance.num_rows() == 0;
    if (!trivial && (work + local.nonzeros > work_budget || past(options, start))) {
      unsolved.push_back(margin);
      continue;
    }
    Cost flipped = 0;
    bool proven = true;
    if (trivial) {
      // Nothing else changes: the flipped product's own cost, in or out.
      flipped = margin.chosen ? 0 : instance.cost(ColumnIndex(p));
      ++margins.proven_by_bounds;
    } else {
      work += local.nonzeros;
      if (options.time_limit_seconds) {
        const double spent = std::chrono::duration<double>(Clock::now() - start).count();
        solve.time_limit_seconds = std::max(0.0, *options.time_limit_seconds - spent);
      }
      const setcover::Result result = setcover::solve(local.instance, solve);
      ++margins.searched;
      if (static_cast<int>(result.ended_by) > static_cast<int>(margins.ended_by))
        margins.ended_by = result.ended_by;
      if (!result.shortfall.empty()) {
        // The flip leaves a row short after all (required() missed it).
        margin.required = true;
        margins.items.push_back(margin);
        continue;
      }
      proven = result.optimal;
      flipped = result.optimal ? result.cost : result.lower_bound;
    }
    margin.proven = proven && recommendation.optimal;
    Cost price = flipped - local.recommended;
    if (recommendation.optimal)
      price = std::max<Cost>(0, price);  // a flip never beats a proven optimum
    margin.price = price * signed_instance.unit;
    margins.items.push_back(margin);
  }
  if (!unsolved.empty())
    bound_by_relaxation(fixed_instance, root, recommendation, optimum, unsolved);
  for (Margin& margin : unsolved) {
    margin.price = *margin.price * signed_instance.unit;
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
