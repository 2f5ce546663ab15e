#include "setcover/branch_and_bound.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "setcover/lagrangian.h"
#include "setcover/local_search.h"
#include "setcover/node_branching.h"
#include "setcover/node_memory.h"
#include "setcover/parallel.h"

namespace appmix::setcover {
namespace {

using Decision = std::pair<std::int32_t, Fixing>;

constexpr long long kLookAheadPasses = 1;  // see the row scoring in evaluate()

struct Node {
  // Decisions from the root, in order: the parent's list (shared by all its
  // children, so a row with k columns costs O(k) memory, not O(k^2)), then
  // the branching row's columns before `branch_index` out and that one in.
  std::shared_ptr<const std::vector<Decision>> decisions;
  std::shared_ptr<const std::vector<std::int32_t>> branch_columns;
  int branch_index = -1;  // < 0: no branching decision (the root)
  std::shared_ptr<const std::vector<double>> u;
  double bound = 0;  // valid lower bound for the node's subtree
  int depth = 0;
  long long id = 0;  // creation order: the last tie-break
};

// Best bound first, then deeper, then older. While `dive` is set (the open
// nodes hold more than SearchOptions::node_memory bytes), deepest first: a
// dive closes or shrinks subtrees instead of widening the frontier, so the
// queue stops growing; every node is still evaluated or pruned in the end.
struct NodeOrder {
  bool dive = false;
  bool operator()(const Node& a, const Node& b) const {
    if (dive && a.depth != b.depth)
      return a.depth < b.depth;
    if (a.bound != b.bound)
      return a.bound > b.bound;
    if (a.depth != b.depth)
      return a.depth < b.depth;
    return a.id > b.id;
  }
};

struct Evaluation {
  std::optional<Cover> cover;  // a cover cheaper than the batch's incumbent
  std::vector<Node> children;  // empty when the node is closed
  long long iterations = 0;
};

// Up to `count` active rows of least slack (free columns minus need; ties:
// larger u, then lower index): their columns are the fewest ways to serve
// them, so branching on them makes few children.
std::vector<std::int32_t> least_slack_rows(const Instance& instance, const Subproblem& subproblem,
                                           const std::vector<double>& u, int count) {
  std::vector<int> slack(instance.num_rows(), 0);
  for (const std::int32_t j : subproblem.free_columns()) {
    for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
      ++slack[i.value];
  }
  std::vector<std::int32_t> rows = subproblem.active_rows();
  for (const std::int32_t i : rows)
    slack[i] -= subproblem.need(i);
  const auto before = [&](std::int32_t a, std::int32_t b) {
    if (slack[a] != slack[b])
      return slack[a] < slack[b];
    if (u[a] != u[b])
      return u[a] > u[b];
    return a < b;
  };
  if (static_cast<int>(rows.size()) > count) {
    std::nth_element(rows.begin(), rows.begin() + count, rows.end(), before);
    rows.resize(count);
  }
  std::sort(rows.begin(), rows.end(), before);
  return rows;
}

// The row's free columns by reduced cost, most attractive first (ties: lower
// index).
std::vector<std::int32_t> row_columns(const Instance& instance, const Subproblem& subproblem,
                                      const std::vector<double>& reduced, std::int32_t row) {
  std::vector<std::int32_t> columns;
  for (const ColumnIndex j : instance.columns_of(RowIndex(row))) {
    if (subproblem.status(j.value) == Fixing::kFree)
      columns.push_back(j.value);
  }
  std::sort(columns.begin(), columns.end(), [&](std::int32_t a, std::int32_t b) {
    return reduced[a] < reduced[b] || (reduced[a] == reduced[b] && a < b);
  });
  return columns;
}

// Everything a node needs is in its arguments, so evaluations are independent
// and can run on any thread.
Evaluation evaluate(const Instance& instance, const Subproblem& root, const Node& node,
                    Cost upper_bound, const SearchOptions& options, const NodeMemory& memory) {
  Evaluation result;
  Subproblem subproblem = root;
  std::vector<Decision> decisions = *node.decisions;
  for (int t = 0; t <= node.branch_index; ++t) {
    decisions.emplace_back((*node.branch_columns)[t],
                           t < node.branch_index ? Fixing::kOut : Fixing::kIn);
  }
  for (const auto& [column, fixing] : decisions) {
    const Fixing current = subproblem.status(column);
    if (current == Fixing::kFree) {
      subproblem.fix(instance, column, fixing);
    } else if (current != fixing) {
      return result;  // necessity forced the opposite: no cover here
    }
  }
  if (!subproblem.propagate(instance))
    return result;
  if (subproblem.active_rows().empty()) {
    if (subproblem.fixed_cost() < upper_bound) {
      result.cover = Cover{subproblem.fixed_in(), subproblem.fixed_cost()};
    }
    return result;
  }
  SubgradientParams params;
  params.direction = options.direction;
  params.window = 10;
  params.max_iterations = options.node_iterations;
  params.step = options.node_step;
  params.stall_period = 50;
  SubgradientResult lagrangian =
      optimise_multipliers(instance, subproblem, *node.u, upper_bound, params);
  result.iterations = lagrangian.iterations;
  double bound = std::max(lagrangian.bound, node.bound);
  if (proven_bound(bound) >= upper_bound)
    return result;

  Cost incumbent = upper_bound;
  if (auto cover = node.depth % options.greedy_depth_period == 0
                       ? greedy_cover(instance, subproblem, lagrangian.u)
                       : std::nullopt) {
    Cover improved = improve_cover(instance, subproblem, *cover);
    if (improved.cost < incumbent) {
      incumbent = improved.cost;
      result.cover = std::move(improved);
    }
  }
  if (proven_bound(bound) >= incumbent)
    return result;

  // Reduced-cost fixing: valid for every cover of this subtree cheaper than
  // the incumbent, so it travels down with the children's decisions.
  double value = lagrangian.bound;
  // Needs of the subproblem `value` and `reduced` belong to.
  long long evaluated_need = 0;
  for (const std::int32_t i : subproblem.active_rows())
    evaluated_need += subproblem.need(i);
  std::vector<double>& reduced = lagrangian.reduced_costs;
  std::vector<double>& u = lagrangian.u;
  for (const std::int32_t j : subproblem.free_columns()) {
    if (reduced[j] > 0 && proven_bound(value + reduced[j]) >= incumbent) {
      subproblem.fix(instance, j, Fixing::kOut);
      decisions.emplace_back(j, Fixing::kOut);
    } else if (reduced[j] < 0 && proven_bound(value - reduced[j]) >= incumbent) {
      subproblem.fix(instance, j, Fixing::kIn);
      decisions.emplace_back(j, Fixing::kIn);
    }
  }
  // Look ahead over the free columns of the few active rows of least slack
  // and branch on the row leaving the fewest children open. A column whose
  // look-ahead closes one of its children is fixed the other way instead,
  // and the look-ahead repeats on the smaller subproblem (at most
  // fixing_rounds times: each repeat costs a pass over the matrix).
  BranchScorer scorer(instance);
  std::vector<std::int32_t> columns;  // of the chosen row, in branching order
  std::vector<double> child_bounds;   // look-ahead bound of each child
  std::vector<std::int32_t> row_cols;
  std::vector<double> row_bounds;
  for (int round = 0;; ++round) {
    if (!subproblem.propagate(instance))
      return result;
    if (subproblem.active_rows().empty()) {
      if (subproblem.fixed_cost() < incumbent)
        result.cover = Cover{subproblem.fixed_in(), subproblem.fixed_cost()};
      return result;
    }
    // Columns fixed in change the relaxation: rows served drop out (their
    // multipliers with them), which only raises L at these multipliers, and
    // the reduced costs must follow. Columns fixed out leave the others'
    // reduced costs alone and L can only have risen, so `value` stays a valid
    // bound and the pass over the matrix is skipped (it cost a fifth of the
    // search time on NRE/NRF).
    long long total_need = 0;
    for (int i = 0; i < instance.num_rows(); ++i)
      total_need += std::max(0, subproblem.need(i));
    if (total_need != evaluated_need) {
      for (int i = 0; i < instance.num_rows(); ++i) {
        if (subproblem.need(i) <= 0)
          u[i] = 0;
      }
      value = std::max(value, lagrangian_bound(instance, subproblem, u, reduced));
      evaluated_need = total_need;
    }
    bound = std::max(bound, value);
    if (proven_bound(bound) >= incumbent)
      return result;
    bool fixed = false;
    int best_open = std::numeric_limits<int>::max();
    double best_low = 0;
    // The look-ahead runs, and rows after the first are scored, only while it
    // has cost less than kLookAheadPasses passes over the free matrix: on
    // dense instances (NRE/NRF) unbounded look-ahead cost 10 % of the search.
    long long budget = 0;
    for (const std::int32_t j : subproblem.free_columns())
      budget += kLookAheadPasses * static_cast<long long>(instance.rows_of(ColumnIndex(j)).size());
    const long long work_start = scorer.work();
    for (const std::int32_t row : least_slack_rows(instance, subproblem, u, options.branch_rows)) {
      if (best_open != std::numeric_limits<int>::max() && scorer.work() - work_start > budget)
        break;
      row_cols = row_columns(instance, subproblem, reduced, row);
      // Row branching: child t takes column t and none of the columns before
      // it, a partition of the row's covers by their first column in this
      // order. At u, excluding columns 1..t-1 raises L by their own
      // max(0, -c_j(u)) each; taking column t by its look-ahead.
      row_bounds.clear();
      const int need = subproblem.need(row);
      double excluded_gain = 0;
      for (std::size_t t = 0; t < row_cols.size(); ++t) {
        const std::int32_t j = row_cols[t];
        // Past the budget, the bounds without the rows j would serve.
        const ChildBounds look =
            scorer.work() - work_start <= budget
                ? scorer.child_bounds(instance, subproblem, u, reduced, value, j)
                : ChildBounds{value + std::max(0.0, reduced[j]),
                              value + std::max(0.0, -reduced[j])};
        const bool in_closed = proven_bound(look.in) >= incumbent;
        const bool out_closed = proven_bound(look.out) >= incumbent;
        if (in_closed && out_closed)
          return result;
        if (round < options.fixing_rounds && (in_closed || out_closed)) {
          const Fixing fixing = in_closed ? Fixing::kOut : Fixing::kIn;
          subproblem.fix(instance, j, fixing);
          decisions.emplace_back(j, fixing);
          fixed = true;
          break;
        }
        if (static_cast<int>(t) + need <= static_cast<int>(row_cols.size())) {
          const double own = value + excluded_gain + std::max(0.0, reduced[j]);
          row_bounds.push_back(std::max({bound, look.in, own}));
        }
        excluded_gain += std::max(0.0, -reduced[j]);
      }
      if (fixed)
        break;
      // Prefer the row leaving the fewest children open, then the one whose
      // weakest open child is strongest.
      int open = 0;
      double low = std::numeric_limits<double>::infinity();
      for (const double child : row_bounds) {
        if (proven_bound(child) < incumbent) {
          ++open;
          low = std::min(low, child);
        }
      }
      if (open < best_open || (open == best_open && low > best_low)) {
        best_open = open;
        best_low = low;
        columns.swap(row_cols);
        child_bounds.swap(row_bounds);
      }
    }
    if (!fixed)
      break;
  }
  auto shared_u = memory.share(std::move(u));
  auto shared_decisions = memory.share(std::move(decisions));
  auto shared_columns = memory.share(std::move(columns));
  for (std::size_t t = 0; t < child_bounds.size(); ++t) {
    if (proven_bound(child_bounds[t]) >= incumbent)
      continue;
    Node child;
    child.decisions = shared_decisions;
    child.branch_columns = shared_columns;
    child.branch_index = static_cast<int>(t);
    child.u = shared_u;
    child.bound = child_bounds[t];
    child.depth = node.depth + 1;
    result.children.push_back(std::move(child));
  }
  return result;
}

}  // namespace

SearchResult branch_and_bound(const Instance& instance, Cost upper_bound, std::vector<double> u,
                              const SearchOptions& options) {
  SearchResult result;
  const Subproblem root(instance);
  if (root.infeasible()) {
    result.lower_bound = upper_bound;
    return result;
  }
  const NodeMemory memory;
  NodeOrder order;
  std::vector<Node> open;  // a heap under `order`
  const auto push = [&](Node node) {
    open.push_back(std::move(node));
    std::push_heap(open.begin(), open.end(), order);
  };
  const auto pop = [&] {
    std::pop_heap(open.begin(), open.end(), order);
    Node node = std::move(open.back());
    open.pop_back();
    return node;
  };
  long long next_id = 0;
  Node first;
  first.decisions = std::make_shared<const std::vector<Decision>>();
  first.u = std::make_shared<const std::vector<double>>(std::move(u));
  first.bound = 0;  // costs are non-negative
  first.id = next_id++;
  push(std::move(first));
  Cost incumbent = upper_bound;
  std::vector<Node> batch;
  std::vector<Evaluation> evaluations;
  while (!open.empty()) {
    if (options.max_nodes >= 0 && result.nodes >= options.max_nodes) {
      result.ended_by = EndedBy::kWorkLimit;
      break;
    }
    if (options.max_iterations >= 0 && result.iterations >= options.max_iterations) {
      result.ended_by = EndedBy::kWorkLimit;
      break;
    }
    if (std::chrono::steady_clock::now() >= options.deadline) {
      result.ended_by = EndedBy::kTimeLimit;
      break;
    }
    batch.clear();
    // Dive above the memory budget, back to best first below half of it.
    // The meter is read between batches, when it is the same for any number
    // of threads, so the order stays deterministic.
    const bool dive = order.dive ? memory.bytes() > options.node_memory / 2
                                 : memory.bytes() > options.node_memory;
    if (dive != order.dive) {
      order.dive = dive;
      std::make_heap(open.begin(), open.end(), order);
    }
    while (!open.empty() && static_cast<int>(batch.size()) < options.batch_size) {
      Node node = pop();
      if (proven_bound(node.bound) >= incumbent)
        continue;
      batch.push_back(std::move(node));
    }
    if (batch.empty())
      break;
    if (options.on_evaluate) {
      for (const Node& node : batch)
        options.on_evaluate(node.bound, incumbent);
    }
    evaluations.assign(batch.size(), Evaluation{});
    const int workers = std::max(1, std::min<int>(options.threads, static_cast<int>(batch.size())));
    const auto work = [&](int worker) {
      for (std::size_t k = worker; k < batch.size(); k += workers) {
        evaluations[k] = evaluate(instance, root, batch[k], incumbent, options, memory);
      }
    };
    // An exception in an evaluation (std::bad_alloc, a broken invariant)
    // reaches our caller once every worker has stopped.
    run_workers(workers, work);
    for (auto& evaluation : evaluations) {
      ++result.nodes;
      result.iterations += evaluation.iterations;
      if (evaluation.cover && evaluation.cover->cost < incumbent) {
        incumbent = evaluation.cover->cost;
        result.best = std::move(evaluation.cover);
      }
      for (auto& child : evaluation.children) {
        child.id = next_id++;
        push(std::move(child));
      }
    }
    if (options.on_progress) {
      const double least = !order.dive && !open.empty()
                               ? std::min(open.front().bound, static_cast<double>(incumbent))
                               : std::numeric_limits<double>::quiet_NaN();
      options.on_progress(incumbent, least, result.nodes);
    }
  }
  double lowest = std::numeric_limits<double>::infinity();
  for (const Node& node : open) {
    if (proven_bound(node.bound) < incumbent)
      lowest = std::min(lowest, node.bound);
  }
  if (result.ended_by == EndedBy::kProof || !std::isfinite(lowest)) {
    result.ended_by = EndedBy::kProof;
    result.lower_bound = incumbent;
  } else {
    result.lower_bound = std::min(incumbent, proven_bound(lowest));
  }
  return result;
}

}  // namespace appmix::setcover
