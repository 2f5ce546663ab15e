#include "setcover/flip_search.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace appmix::setcover {
namespace {

// Weight updates overshoot the point where a move starts to pay by this much.
constexpr double kBeyond = 0.999;
constexpr int kStalledUpdates = 3;

// Selection state with penalised move scores kept up to date per row event:
//   add_[j]  = c_j - sum of w_i over rows of j with cov_i < b_i
//   drop_[j] = -c_j + sum of w_i over rows of j with cov_i <= b_i
// (the change of the penalised objective when j is added / dropped; both are
// kept for every column, selected or not, so they are right after a flip).
class FlipState {
 public:
  FlipState(const Instance& instance, std::vector<double> weights)
      : instance_(instance),
        weights_(std::move(weights)),
        selected_(instance.num_columns(), 0),
        member_position_(instance.num_columns(), -1),
        count_(instance.num_rows(), 0),
        short_position_(instance.num_rows(), -1),
        add_(instance.num_columns(), 0.0),
        drop_(instance.num_columns(), 0.0) {
    for (int i = 0; i < instance.num_rows(); ++i) {
      if (instance.demand(RowIndex(i)) > 0)
        mark_short(i);
    }
    rescore();
  }

  bool selected(std::int32_t j) const { return selected_[j]; }
  // Selected columns in no particular (but deterministic) order.
  const std::vector<std::int32_t>& members() const { return members_; }
  Cost cost() const { return cost_; }
  bool feasible() const { return short_rows_.empty(); }
  const std::vector<std::int32_t>& short_rows() const { return short_rows_; }
  int count(std::int32_t i) const { return count_[i]; }
  double weight(std::int32_t i) const { return weights_[i]; }
  double add_score(std::int32_t j) const { return add_[j]; }
  double drop_score(std::int32_t j) const { return drop_[j]; }

  void flip(std::int32_t j) {
    const bool adding = !selected_[j];
    selected_[j] = adding;
    if (adding) {
      member_position_[j] = static_cast<std::int32_t>(members_.size());
      members_.push_back(j);
    } else {
      const std::int32_t position = member_position_[j], last = members_.back();
      members_[position] = last;
      member_position_[last] = position;
      members_.pop_back();
      member_position_[j] = -1;
    }
    cost_ += adding ? instance_.cost(ColumnIndex(j)) : -instance_.cost(ColumnIndex(j));
    for (const RowIndex row : instance_.rows_of(ColumnIndex(j))) {
      const std::int32_t i = row.value;
      const int demand = instance_.demand(row);
      const int before = count_[i];
      const int after = adding ? before + 1 : before - 1;
      count_[i] = after;
      const double w = weights_[i];
      // add_ counts row i while cov < b; drop_ while cov <= b.
      const double add_change =
          (after >= demand) != (before >= demand) ? (after >= demand ? w : -w) : 0.0;
      const double drop_change =
          (after > demand) != (before > demand) ? (after > demand ? -w : w) : 0.0;
      if (add_change != 0.0 || drop_change != 0.0) {
        for (const ColumnIndex k : instance_.columns_of(row)) {
          add_[k.value] += add_change;
          drop_[k.value] += drop_change;
        }
      }
      if (before < demand && after >= demand)
        unmark_short(i);
      if (before >= demand && after < demand)
        mark_short(i);
    }
  }

  // Raises the weight of row i by `delta` and updates the scores it enters.
  void raise_weight(std::int32_t i, double delta) {
    weights_[i] += delta;
    const int demand = instance_.demand(RowIndex(i));
    const bool unmet = count_[i] < demand, tight = count_[i] <= demand;
    for (const ColumnIndex k : instance_.columns_of(RowIndex(i))) {
      if (unmet)
        add_[k.value] -= delta;
      if (tight)
        drop_[k.value] += delta;
    }
  }

  void scale_weights(double factor, double floor) {
    for (double& w : weights_)
      w = std::max(floor, w * factor);
    rescore();
  }

  void set_weights(const std::vector<double>& weights) {
    weights_ = weights;
    rescore();
  }

  std::vector<ColumnIndex> selection() const {
    std::vector<ColumnIndex> columns;
    for (int j = 0; j < instance_.num_columns(); ++j) {
      if (selected_[j])
        columns.emplace_back(j);
    }
    return columns;
  }

 private:
  void mark_short(std::int32_t i) {
    short_position_[i] = static_cast<std::int32_t>(short_rows_.size());
    short_rows_.push_back(i);
  }
  void unmark_short(std::int32_t i) {
    const std::int32_t position = short_position_[i], last = short_rows_.back();
    short_rows_[position] = last;
    short_position_[last] = position;
    short_rows_.pop_back();
    short_position_[i] = -1;
  }
  void rescore() {
    for (int j = 0; j < instance_.num_columns(); ++j) {
      const auto c = static_cast<double>(instance_.cost(ColumnIndex(j)));
      double add = c, drop = -c;
      for (const RowIndex row : instance_.rows_of(ColumnIndex(j))) {
        const int demand = instance_.demand(row);
        if (count_[row.value] < demand)
          add -= weights_[row.value];
        if (count_[row.value] <= demand)
          drop += weights_[row.value];
      }
      add_[j] = add;
      drop_[j] = drop;
    }
  }

  const Instance& instance_;
  std::vector<double> weights_;
  std::vector<char> selected_;
  std::vector<std::int32_t> members_, member_position_;
  std::vector<int> count_;
  std::vector<std::int32_t> short_rows_;  // rows with cov < b, in no particular order
  std::vector<std::int32_t> short_position_;
  std::vector<double> add_, drop_;
  Cost cost_ = 0;
};

struct Move {
  std::int32_t out = -1, in = -1;  // -1: none
  double delta = 0;
};

class FlipSearch {
 public:
  FlipSearch(const Instance& instance, FlipState& state)
      : instance_(instance),
        state_(state),
        movable_(instance.num_columns(), 0),
        stamp_(instance.num_columns(), 0),
        overlap_(instance.num_columns(), 0.0) {
    for (int j = 0; j < instance.num_columns(); ++j)
      movable_[j] = instance.fixing(ColumnIndex(j)) == Fixing::kFree;
  }

  bool movable(std::int32_t j) const { return movable_[j]; }

  // The best improving 1-flip, else the best improving swap; ties go to the
  // first found (columns in index order), so the search is deterministic.
  Move best_move(const std::vector<std::int32_t>& chosen, double tolerance) {
    Move best;
    best.delta = -tolerance;
    for (const std::int32_t j : chosen) {
      if (movable_[j] && state_.drop_score(j) < best.delta)
        best = {j, -1, state_.drop_score(j)};
    }
    for (const std::int32_t i : state_.short_rows()) {
      for (const ColumnIndex k : instance_.columns_of(RowIndex(i))) {
        if (movable_[k.value] && !state_.selected(k.value) &&
            state_.add_score(k.value) < best.delta)
          best = {-1, k.value, state_.add_score(k.value)};
      }
    }
    if (best.out >= 0 || best.in >= 0)
      return best;
    // Swap j out, k in: delta = drop_j + add_k - (weights of the rows j is
    // tight on that k serves: k's add score missed them). Only such k can
    // beat two non-improving 1-flips.
    for (const std::int32_t j : chosen) {
      if (!movable_[j])
        continue;
      ++current_;
      touched_.clear();
      for (const RowIndex row : instance_.rows_of(ColumnIndex(j))) {
        const std::int32_t i = row.value;
        if (state_.count(i) != instance_.demand(row))
          continue;  // only rows at exactly their demand become unmet
        const double w = state_.weight(i);
        for (const ColumnIndex k : instance_.columns_of(row)) {
          if (!movable_[k.value] || state_.selected(k.value))
            continue;
          if (stamp_[k.value] != current_) {
            stamp_[k.value] = current_;
            overlap_[k.value] = 0;
            touched_.push_back(k.value);
          }
          overlap_[k.value] += w;
        }
      }
      const double drop = state_.drop_score(j);
      for (const std::int32_t k : touched_) {
        const double delta = drop + state_.add_score(k) - overlap_[k];
        if (delta < best.delta)
          best = {j, k, delta};
      }
    }
    return best;
  }

 private:
  const Instance& instance_;
  FlipState& state_;
  std::vector<char> movable_;
  std::vector<long long> stamp_;
  long long current_ = 0;
  std::vector<double> overlap_;
  std::vector<std::int32_t> touched_;
};

}  // namespace

Cover flip_search(const Instance& instance, const Cover& start, const std::vector<double>& weights,
                  const FlipParams& params, FlipStatistics* statistics) {
  Cover best = start;
  FlipStatistics local;
  FlipStatistics& stats = statistics ? *statistics : local;
  if (instance.num_rows() == 0 || instance.num_columns() == 0)
    return best;
  // A floor keeps every row's weight positive (u_i = 0 would let a row go
  // unmet for free): a tenth of the average cost per covered row.
  double total_cost = 0, total_size = 0;
  for (int j = 0; j < instance.num_columns(); ++j) {
    total_cost += static_cast<double>(instance.cost(ColumnIndex(j)));
    total_size += static_cast<double>(instance.rows_of(ColumnIndex(j)).size());
  }
  const double floor = 1e-1 * std::max(total_cost, 1.0) / std::max(total_size, 1.0);
  std::vector<double> initial(weights);
  initial.resize(instance.num_rows(), 0.0);
  for (double& w : initial)
    w = std::max(w, floor);
  // Scores are compared with a tolerance relative to the costs involved.
  const double tolerance = 1e-9 * std::max(1.0, total_cost / instance.num_columns());

  FlipState state(instance, initial);
  const auto load = [&](const Cover& cover) {
    for (const ColumnIndex j : state.selection())
      state.flip(j.value);
    for (const ColumnIndex j : cover.columns)
      state.flip(j.value);
  };
  load(start);
  assert(state.feasible());
  FlipSearch search(instance, state);
  Random random(params.seed);
  long long optima_since_best = 0;
  int updates_without_move = 0;
  for (long long step = 0; step < params.max_steps && best.cost > params.target; ++step) {
    if ((step & 255) == 0 && std::chrono::steady_clock::now() >= params.deadline)
      break;
    const std::vector<std::int32_t>& chosen = state.members();
    const Move move = search.best_move(chosen, tolerance);
    if (move.out >= 0 || move.in >= 0) {
      if (move.out >= 0)
        state.flip(move.out);
      if (move.in >= 0)
        state.flip(move.in);
      ++stats.moves;
      updates_without_move = 0;
      if (state.feasible() && state.cost() < best.cost) {
        best = Cover{state.selection(), state.cost()};
        optima_since_best = 0;
      }
      continue;
    }
    ++stats.local_optima;
    if (++optima_since_best > params.restart_after) {
      ++stats.restarts;
      optima_since_best = 0;
      load(best);
      // A new draw of weights around the start: the same weights would
      // replay the same trajectory.
      std::vector<double> perturbed = initial;
      for (double& w : perturbed)
        w *= 1.0 + params.restart_noise * (random.unit() - 0.5);
      state.set_weights(perturbed);
      // Kick: drop a few random columns of the best cover so the walk does
      // not start where the last one did.
      const std::size_t kicks = std::max<std::size_t>(
          2, state.members().size() / static_cast<std::size_t>(std::max(1, params.kick_divisor)));
      for (std::size_t n = 0; n < kicks && !state.members().empty(); ++n) {
        const std::vector<std::int32_t>& members = state.members();
        const std::int32_t j = members[random.below(members.size())];
        if (search.movable(j))
          state.flip(j);
      }
      continue;
    }
    // Weight updates change by a fixed rate; after kStalledUpdates updates in
    // a row without a move they go as far as needed for some 1-flip to pay
    // (a fixed rate alone can take dozens of optima to free the search when
    // weights and costs differ in scale). Jumping every time was worse on
    // rail507: small steps let swaps, not only 1-flips, become improving.
    const bool jump = ++updates_without_move >= kStalledUpdates;
    if (state.feasible()) {
      // Dropping j pays once the weights of its tight rows, W_j, are scaled
      // below c_j / W_j.
      double ratio = 0;
      for (const std::int32_t j : chosen) {
        const double c = static_cast<double>(instance.cost(ColumnIndex(j)));
        const double tight = state.drop_score(j) + c;
        if (search.movable(j) && c > 0 && tight > 0)
          ratio = std::max(ratio, c / tight);
      }
      state.scale_weights(jump ? std::min(1.0 - params.lower, kBeyond * ratio) : 1.0 - params.lower,
                          floor);
    } else {
      // Adding k pays once the weights of its unmet rows, S_k, are scaled
      // above c_k / S_k.
      double ratio = std::numeric_limits<double>::infinity();
      for (const std::int32_t i : state.short_rows()) {
        for (const ColumnIndex k : instance.columns_of(RowIndex(i))) {
          if (!search.movable(k.value) || state.selected(k.value))
            continue;
          const double c = static_cast<double>(instance.cost(k));
          const double unmet = c - state.add_score(k.value);
          if (unmet > 0)
            ratio = std::min(ratio, c / unmet);
        }
      }
      const double factor = jump && std::isfinite(ratio)
                                ? std::max(1.0 + params.raise, ratio / kBeyond)
                                : 1.0 + params.raise;
      // Copy: raising weights does not change which rows are unmet.
      const std::vector<std::int32_t> unmet = state.short_rows();
      for (const std::int32_t i : unmet)
        state.raise_weight(i, (factor - 1.0) * state.weight(i));
    }
  }
  return best;
}

}  // namespace appmix::setcover
