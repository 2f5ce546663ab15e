#include "setcover/branch_and_bound.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <queue>
#include <thread>

#include "setcover/lagrangian.h"
#include "setcover/local_search.h"

namespace appmix::setcover {
namespace {

using Decision = std::pair<std::int32_t, Fixing>;

struct Node {
  std::vector<Decision> decisions;  // from the root, in order
  std::shared_ptr<const std::vector<double>> u;
  double bound = 0;  // valid lower bound for the node's subtree
  int depth = 0;
  long long id = 0;  // creation order: the last tie-break
};

struct NodeOrder {  // best bound first, then deeper, then older
  bool operator()(const Node& a, const Node& b) const {
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

// Everything a node needs is in its arguments, so evaluations are independent
// and can run on any thread.
Evaluation evaluate(const Instance& instance, const Subproblem& root, const Node& node,
                    Cost upper_bound, const SearchOptions& options) {
  Evaluation result;
  Subproblem subproblem = root;
  for (const auto& [column, fixing] : node.decisions) {
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
  params.max_iterations = options.node_iterations;
  params.step = options.node_step;
  params.window = 10;
  params.stall_period = 50;
  SubgradientResult lagrangian =
      optimise_multipliers(instance, subproblem, *node.u, upper_bound, params);
  result.iterations = lagrangian.iterations;
  const double bound = std::max(lagrangian.bound, node.bound);
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
  std::vector<Decision> decisions = node.decisions;
  const double lagrangian_value = lagrangian.bound;
  const std::vector<double>& reduced = lagrangian.reduced_costs;
  for (const std::int32_t j : subproblem.free_columns()) {
    if (reduced[j] > 0 && proven_bound(lagrangian_value + reduced[j]) >= incumbent) {
      subproblem.fix(instance, j, Fixing::kOut);
      decisions.emplace_back(j, Fixing::kOut);
    } else if (reduced[j] < 0 && proven_bound(lagrangian_value - reduced[j]) >= incumbent) {
      subproblem.fix(instance, j, Fixing::kIn);
      decisions.emplace_back(j, Fixing::kIn);
    }
  }
  if (!subproblem.propagate(instance))
    return result;
  if (subproblem.active_rows().empty()) {
    if (subproblem.fixed_cost() < incumbent) {
      result.cover = Cover{subproblem.fixed_in(), subproblem.fixed_cost()};
    }
    return result;
  }
  // Branch on the active row with the least slack (free columns minus need;
  // ties: larger u), taking its free column of least reduced cost (ties:
  // lowest index): child 1 fixes it in, child 2 out.
  std::vector<int> free_count(instance.num_rows(), 0);
  for (const std::int32_t j : subproblem.free_columns()) {
    for (const RowIndex i : instance.rows_of(ColumnIndex(j)))
      ++free_count[i.value];
  }
  std::int32_t row = -1;
  for (const std::int32_t i : subproblem.active_rows()) {
    const int slack = free_count[i] - subproblem.need(i);
    if (row < 0) {
      row = i;
      continue;
    }
    const int best_slack = free_count[row] - subproblem.need(row);
    if (slack < best_slack || (slack == best_slack && lagrangian.u[i] > lagrangian.u[row]))
      row = i;
  }
  std::int32_t column = -1;
  for (const ColumnIndex j : instance.columns_of(RowIndex(row))) {
    if (subproblem.status(j.value) != Fixing::kFree)
      continue;
    if (column < 0 || reduced[j.value] < reduced[column])
      column = j.value;
  }
  auto u = std::make_shared<const std::vector<double>>(std::move(lagrangian.u));
  for (const Fixing fixing : {Fixing::kIn, Fixing::kOut}) {
    Node child;
    child.decisions = decisions;
    child.decisions.emplace_back(column, fixing);
    child.u = u;
    child.bound = bound;
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
  std::priority_queue<Node, std::vector<Node>, NodeOrder> open;
  long long next_id = 0;
  Node first;
  first.u = std::make_shared<const std::vector<double>>(std::move(u));
  first.bound = 0;  // costs are non-negative
  first.id = next_id++;
  open.push(std::move(first));
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
    while (!open.empty() && static_cast<int>(batch.size()) < options.batch_size) {
      Node node = open.top();
      open.pop();
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
        evaluations[k] = evaluate(instance, root, batch[k], incumbent, options);
      }
    };
    if (workers == 1) {
      work(0);
    } else {
      std::vector<std::thread> threads;
      for (int worker = 1; worker < workers; ++worker)
        threads.emplace_back(work, worker);
      work(0);
      for (auto& thread : threads)
        thread.join();
    }
    for (auto& evaluation : evaluations) {
      ++result.nodes;
      result.iterations += evaluation.iterations;
      if (evaluation.cover && evaluation.cover->cost < incumbent) {
        incumbent = evaluation.cover->cost;
        result.best = std::move(evaluation.cover);
      }
      for (auto& child : evaluation.children) {
        child.id = next_id++;
        open.push(std::move(child));
      }
    }
  }
  double lowest = std::numeric_limits<double>::infinity();
  while (!open.empty()) {
    if (proven_bound(open.top().bound) < incumbent) {
      lowest = std::min(lowest, open.top().bound);
    }
    open.pop();
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
