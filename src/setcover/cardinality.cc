#include "setcover/cardinality.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

#include "setcover/coverage.h"
#include "setcover/greedy.h"
#include "setcover/lagrangian.h"
#include "setcover/subproblem.h"

namespace appmix::setcover {
namespace {

using Clock = std::chrono::steady_clock;
constexpr Cost kNoCover = std::numeric_limits<Cost>::max();

struct Decision {
  std::int32_t column = 0;
  Fixing fixing = Fixing::kFree;
};

struct Node {
  std::vector<Decision> decisions;  // from the root, in the order taken
  std::shared_ptr<const std::vector<double>> u;
  double bound = -std::numeric_limits<double>::infinity();  // inherited from the parent
};

// The relaxed problem at one u: reduced costs of the free columns and the
// (at most `slots`) most negative of them.
struct Relaxation {
  double bound = -std::numeric_limits<double>::infinity();
  std::vector<std::int32_t> picked;
  bool binding = false;      // the slots ran out before the negative columns did
  double last_picked = 0;    // largest reduced cost picked, when binding
  double next_negative = 0;  // smallest negative reduced cost left out (0: none)
};

class Search {
 public:
  Search(const Instance& instance, int max_columns, const CardinalityOptions& options)
      : instance_(instance),
        max_columns_(max_columns),
        options_(options),
        rc_(instance.num_columns(), 0.0),
        cover_(instance.num_rows(), 0) {}

  void offer(const std::vector<ColumnIndex>& columns) {
    if (static_cast<int>(columns.size()) > max_columns_)
      return;
    Coverage coverage(instance_, instance_.demands());
    for (const ColumnIndex j : columns) {
      if (instance_.fixing(j) == Fixing::kOut || coverage.selected(j))
        return;
      coverage.add(j);
    }
    if (coverage.shortfall() > 0)
      return;
    for (int j = 0; j < instance_.num_columns(); ++j) {
      if (instance_.fixing(ColumnIndex(j)) == Fixing::kIn && !coverage.selected(ColumnIndex(j)))
        return;
    }
    take(coverage.selection(), coverage.cost());
  }

  CardinalityResult run(std::vector<double> u) {
    CardinalityResult result;
    if (u.size() != static_cast<std::size_t>(instance_.num_rows()))
      u.assign(instance_.num_rows(), 0.0);
    std::vector<Node> stack;
    stack.push_back({{},
                     std::make_shared<const std::vector<double>>(std::move(u)),
                     -std::numeric_limits<double>::infinity()});
    bool root = true;
    while (!stack.empty()) {
      if (out_of_work()) {
        result.ended_by = stopped_by_;
        break;
      }
      Node node = std::move(stack.back());
      stack.pop_back();
      if (proven_bound(node.bound) >= upper_bound_)
        continue;
      ++nodes_;
      evaluate(node, root, stack);
      root = false;
    }
    result.nodes = nodes_;
    result.iterations = iterations_;
    result.u = root_u_;
    result.feasible = upper_bound_ != kNoCover;
    result.columns = best_;
    result.cost = result.feasible ? upper_bound_ : 0;
    if (stack.empty()) {
      result.optimal = true;
      result.ended_by = EndedBy::kProof;
      result.lower_bound = result.feasible ? upper_bound_ : kNoCover;
    } else {
      double open = std::numeric_limits<double>::infinity();
      for (const Node& node : stack)
        open = std::min(open, node.bound);
      // A node never evaluated (the limit hit at the root) proves nothing.
      const Cost bound =
          std::isfinite(open) ? proven_bound(open) : std::numeric_limits<Cost>::min();
      result.lower_bound = result.feasible ? std::min(bound, upper_bound_) : bound;
      result.optimal = result.feasible && result.lower_bound >= upper_bound_;
    }
    return result;
  }

 private:
  bool out_of_work() {
    if (options_.max_nodes >= 0 && nodes_ >= options_.max_nodes) {
      stopped_by_ = EndedBy::kWorkLimit;
      return true;
    }
    if (options_.max_iterations >= 0 && iterations_ >= options_.max_iterations) {
      stopped_by_ = EndedBy::kWorkLimit;
      return true;
    }
    if (Clock::now() >= options_.deadline) {
      stopped_by_ = EndedBy::kTimeLimit;
      return true;
    }
    return false;
  }

  void take(std::vector<ColumnIndex> columns, Cost cost) {
    if (cost >= upper_bound_)
      return;
    upper_bound_ = cost;
    best_ = std::move(columns);
  }

  // Applies the instance's fixings and the node's decisions; false when they
  // contradict each other or leave a row unservable.
  static bool restrict(const Instance& instance, const std::vector<Decision>& decisions,
                       Subproblem& subproblem) {
    // The constructor has already fixed in what necessity forces.
    for (int j = 0; j < instance.num_columns(); ++j) {
      const Fixing fixing = instance.fixing(ColumnIndex(j));
      if (fixing == Fixing::kFree)
        continue;
      if (subproblem.status(j) == Fixing::kFree)
        subproblem.fix(instance, j, fixing);
      else if (subproblem.status(j) != fixing)
        return false;
    }
    for (const Decision& decision : decisions) {
      const Fixing status = subproblem.status(decision.column);
      if (status == Fixing::kFree)
        subproblem.fix(instance, decision.column, decision.fixing);
      else if (status != decision.fixing)
        return false;
    }
    return subproblem.propagate(instance);
  }

  std::vector<std::int32_t> free_columns(const Subproblem& subproblem) const {
    std::vector<std::int32_t> columns;
    for (int j = 0; j < instance_.num_columns(); ++j) {
      if (subproblem.status(j) == Fixing::kFree)
        columns.push_back(j);
    }
    return columns;
  }

  Relaxation relax(const Subproblem& subproblem, const std::vector<std::int32_t>& free, int slots,
                   const std::vector<double>& u) {
    Relaxation relaxation;
    double bound = static_cast<double>(subproblem.fixed_cost());
    for (const std::int32_t i : subproblem.active_rows())
      bound += subproblem.need(i) * u[i];
    negative_.clear();
    for (const std::int32_t j : free) {
      double reduced = static_cast<double>(instance_.cost(ColumnIndex(j)));
      for (const RowIndex i : instance_.rows_of(ColumnIndex(j))) {
        if (subproblem.need(i.value) > 0)
          reduced -= u[i.value];
      }
      rc_[j] = reduced;
      if (reduced < 0)
        negative_.emplace_back(reduced, j);
    }
    const std::size_t take = std::min<std::size_t>(negative_.size(), slots);
    relaxation.binding = negative_.size() > take;
    if (relaxation.binding) {
      std::nth_element(negative_.begin(), negative_.begin() + take, negative_.end());
      relaxation.next_negative = negative_[take].first;
      double last = -std::numeric_limits<double>::infinity();
      for (std::size_t k = 0; k < take; ++k)
        last = std::max(last, negative_[k].first);
      relaxation.last_picked = take > 0 ? last : 0;
    }
    for (std::size_t k = 0; k < take; ++k) {
      bound += negative_[k].first;
      relaxation.picked.push_back(negative_[k].second);
    }
    relaxation.bound = bound;
    return relaxation;
  }

  // Subgradient ascent from `u`; returns the best relaxation and leaves its
  // multipliers in `u`.
  Relaxation ascend(const Subproblem& subproblem, const std::vector<std::int32_t>& free, int slots,
                    std::vector<double>& u, int iterations) {
    for (int i = 0; i < instance_.num_rows(); ++i) {
      if (subproblem.need(i) <= 0)
        u[i] = 0;
    }
    Relaxation best;
    std::vector<double> best_u = u;
    double step = 1.0;
    int stalled = 0;
    double recent = -std::numeric_limits<double>::infinity();
    for (int iteration = 0; iteration < iterations; ++iteration) {
      Relaxation relaxation = relax(subproblem, free, slots, u);
      ++iterations_;
      if (relaxation.bound > best.bound) {
        best = relaxation;
        best_u = u;
      }
      if (proven_bound(best.bound) >= upper_bound_)
        break;
      if (relaxation.bound > recent + 1e-9 * std::max(1.0, std::fabs(recent))) {
        recent = relaxation.bound;
        stalled = 0;
      } else if (++stalled >= 10) {
        step *= 0.5;
        stalled = 0;
        if (step < 1e-3)
          break;
      }
      for (const std::int32_t i : subproblem.active_rows())
        cover_[i] = 0;
      for (const std::int32_t j : relaxation.picked) {
        for (const RowIndex i : instance_.rows_of(ColumnIndex(j)))
          ++cover_[i.value];
      }
      double norm = 0;
      direction_.assign(instance_.num_rows(), 0.0);
      for (const std::int32_t i : subproblem.active_rows()) {
        double s = subproblem.need(i) - cover_[i];
        if (u[i] <= 0 && s < 0)
          s = 0;
        direction_[i] = s;
        norm += s * s;
      }
      if (norm <= 0)
        break;
      const double gap_target =
          upper_bound_ == kNoCover
              ? std::max(1.0, 0.05 * std::fabs(relaxation.bound))
              : std::max(1e-3, 1.05 * static_cast<double>(upper_bound_) - relaxation.bound);
      const double length = step * gap_target / norm;
      for (const std::int32_t i : subproblem.active_rows())
        u[i] = std::max(0.0, u[i] + length * direction_[i]);
    }
    if (std::isfinite(best.bound))
      u = best_u;
    // Leaves the reduced costs of the best multipliers behind for fixing and
    // branching.
    return relax(subproblem, free, slots, u);
  }

  // A cover of the node by Lagrangian greedy with every column `slot_price`
  // dearer (a higher price favours columns serving many rows, so fewer
  // columns), cleaned up and filled to the cardinality with columns of
  // negative cost. Offers it as incumbent when it fits.
  void greedy(const Subproblem& subproblem, const std::vector<std::int32_t>& free, int slots,
              const std::vector<double>& u, double slot_price) {
    const std::optional<std::vector<char>> chosen =
        greedy_picks(instance_, subproblem, u, free, slot_price, slots + 8);
    if (!chosen)
      return;  // no cover, or hopelessly many columns
    Coverage coverage(instance_, subproblem.needs());
    for (int j = 0; j < instance_.num_columns(); ++j) {
      if ((*chosen)[j])
        coverage.add(ColumnIndex(j));
    }
    finish(subproblem, free, slots, coverage);
  }

  // Drops redundant columns (dearest first, then the cheap negative ones
  // while the cover is too large), then fills free slots with the most
  // negative columns left, and offers the result.
  void finish(const Subproblem& subproblem, const std::vector<std::int32_t>& free, int slots,
              Coverage& coverage) {
    std::vector<ColumnIndex> order = coverage.selection();
    std::sort(order.begin(), order.end(), [&](ColumnIndex a, ColumnIndex b) {
      return instance_.cost(a) > instance_.cost(b) ||
             (instance_.cost(a) == instance_.cost(b) && a > b);
    });
    for (const ColumnIndex j : order) {
      if (instance_.cost(j) >= 0 && coverage.redundant(j))
        coverage.remove(j);
    }
    int count = static_cast<int>(coverage.selection().size());
    // Still too many: drop redundant negative columns, the least negative
    // (dearest) first.
    for (auto it = order.begin(); it != order.end() && count > slots; ++it) {
      if (coverage.selected(*it) && coverage.redundant(*it)) {
        coverage.remove(*it);
        --count;
      }
    }
    if (count > slots)
      return;
    std::vector<std::pair<Cost, std::int32_t>> extra;
    for (const std::int32_t j : free) {
      if (!coverage.selected(ColumnIndex(j)) && instance_.cost(ColumnIndex(j)) < 0)
        extra.emplace_back(instance_.cost(ColumnIndex(j)), j);
    }
    std::sort(extra.begin(), extra.end());
    for (const auto& [cost, j] : extra) {
      if (count >= slots)
        break;
      coverage.add(ColumnIndex(j));
      ++count;
    }
    std::vector<ColumnIndex> columns = subproblem.fixed_in();
    const std::vector<ColumnIndex> picked = coverage.selection();
    columns.insert(columns.end(), picked.begin(), picked.end());
    std::sort(columns.begin(), columns.end());
    take(std::move(columns), subproblem.fixed_cost() + coverage.cost());
  }

  // Evaluates one node: bound, heuristics, fixing, and either closes it or
  // pushes its children. Returns the node's bound.
  double evaluate(const Node& node, bool root, std::vector<Node>& stack) {
    Subproblem subproblem(instance_);
    if (!restrict(instance_, node.decisions, subproblem))
      return std::numeric_limits<double>::infinity();
    const int slots = max_columns_ - static_cast<int>(subproblem.fixed_in().size());
    if (slots < 0)
      return std::numeric_limits<double>::infinity();
    for (const std::int32_t i : subproblem.active_rows()) {
      if (subproblem.need(i) > slots)
        return std::numeric_limits<double>::infinity();
    }
    std::vector<std::int32_t> free = free_columns(subproblem);
    std::vector<double> u = *node.u;
    Relaxation relaxation = ascend(subproblem, free, slots, u,
                                   root ? options_.root_iterations : options_.node_iterations);
    if (root)
      root_u_ = u;
    if (subproblem.active_rows().empty()) {
      // Nothing left to serve: the best completion takes the most negative
      // free columns while slots last, which is exactly the relaxation.
      std::vector<ColumnIndex> columns = subproblem.fixed_in();
      Cost cost = subproblem.fixed_cost();
      for (const std::int32_t j : relaxation.picked) {
        columns.emplace_back(j);
        cost += instance_.cost(ColumnIndex(j));
      }
      std::sort(columns.begin(), columns.end());
      take(std::move(columns), cost);
      return static_cast<double>(cost);
    }
    if (proven_bound(relaxation.bound) >= upper_bound_)
      return relaxation.bound;
    // Covers from the multipliers, at the slot prices the relaxation implies.
    const double shadow = relaxation.binding ? -relaxation.last_picked : 0.0;
    std::vector<double> prices{0.0, shadow, 2 * shadow + 1};
    if (root) {
      double scale = 0;
      for (const std::int32_t j : free)
        scale += std::fabs(static_cast<double>(instance_.cost(ColumnIndex(j))));
      scale = std::max(1.0, scale / std::max<std::size_t>(1, free.size()));
      for (double price = scale / 4; price < scale * 1e4; price *= 4)
        prices.push_back(price);
      prices.push_back(1e12);
    }
    for (const double price : prices)
      greedy(subproblem, free, slots, u, price);
    if (proven_bound(relaxation.bound) >= upper_bound_)
      return relaxation.bound;

    // Reduced-cost fixing on the relaxation (see the header).
    std::vector<Decision> decisions = node.decisions;
    std::vector<char> picked(instance_.num_columns(), 0);
    for (const std::int32_t j : relaxation.picked)
      picked[j] = 1;
    bool fixed = false;
    for (const std::int32_t j : free) {
      if (picked[j]) {
        const double without = relaxation.bound - rc_[j] + std::min(0.0, relaxation.next_negative);
        if (proven_bound(without) >= upper_bound_) {
          decisions.push_back({j, Fixing::kIn});
          fixed = true;
        }
      } else {
        const double with = slots == 0 ? std::numeric_limits<double>::infinity()
                                       : relaxation.bound + rc_[j] -
                                             (relaxation.binding ? relaxation.last_picked : 0.0);
        if (proven_bound(with) >= upper_bound_) {
          decisions.push_back({j, Fixing::kOut});
          fixed = true;
        }
      }
    }
    if (fixed) {
      Subproblem narrowed(instance_);
      if (!restrict(instance_, decisions, narrowed))
        return std::numeric_limits<double>::infinity();
      const int left = max_columns_ - static_cast<int>(narrowed.fixed_in().size());
      if (left < 0)
        return std::numeric_limits<double>::infinity();
      if (narrowed.active_rows().empty()) {
        // Let the next evaluation complete it exactly.
        stack.push_back({std::move(decisions), std::make_shared<const std::vector<double>>(u),
                         relaxation.bound});
        return relaxation.bound;
      }
      subproblem = std::move(narrowed);
    }

    // Branch on the active row with the least slack (free columns beyond its
    // need), ties to the lowest row.
    std::int32_t row = -1;
    int least = std::numeric_limits<int>::max();
    for (const std::int32_t i : subproblem.active_rows()) {
      int degree = 0;
      for (const ColumnIndex j : instance_.columns_of(RowIndex(i))) {
        if (subproblem.status(j.value) == Fixing::kFree)
          ++degree;
      }
      if (degree - subproblem.need(i) < least) {
        least = degree - subproblem.need(i);
        row = i;
      }
    }
    std::vector<std::int32_t> candidates;
    for (const ColumnIndex j : instance_.columns_of(RowIndex(row))) {
      if (subproblem.status(j.value) == Fixing::kFree)
        candidates.push_back(j.value);
    }
    std::sort(candidates.begin(), candidates.end(), [&](std::int32_t a, std::int32_t b) {
      return rc_[a] < rc_[b] || (rc_[a] == rc_[b] && a < b);
    });
    const auto shared_u = std::make_shared<const std::vector<double>>(u);
    const int need = subproblem.need(row);
    const int count = static_cast<int>(candidates.size());
    // Pushed last-first so the most promising child is evaluated first.
    for (int t = count - need; t >= 0; --t) {
      Node child{decisions, shared_u, relaxation.bound};
      for (int s = 0; s < t; ++s)
        child.decisions.push_back({candidates[s], Fixing::kOut});
      child.decisions.push_back({candidates[t], Fixing::kIn});
      stack.push_back(std::move(child));
    }
    return relaxation.bound;
  }

  const Instance& instance_;
  const int max_columns_;
  const CardinalityOptions& options_;
  std::vector<double> rc_;
  std::vector<int> cover_;
  std::vector<double> direction_;
  std::vector<std::pair<double, std::int32_t>> negative_;
  Cost upper_bound_ = kNoCover;
  std::vector<ColumnIndex> best_;
  std::vector<double> root_u_;
  long long nodes_ = 0;
  long long iterations_ = 0;
  EndedBy stopped_by_ = EndedBy::kProof;
};

}  // namespace

CardinalityResult solve_at_most(const Instance& instance, int max_columns,
                                const CardinalityOptions& options, const CardinalityStart& start) {
  Search search(instance, max_columns, options);
  if (start.has_cover)
    search.offer(start.columns);
  return search.run(start.u);
}

}  // namespace appmix::setcover
