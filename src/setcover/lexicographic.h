// Lexicographic objectives: minimise level 0; among the covers optimal for
// it, level 1; and so on (a portfolio's cost, then its changes, then its
// size). Levels are integer weights per column, possibly negative below
// level 0. They are combined into one cost, sum_k M_k * w_kj, with
// M_k = 1 + sum_{l>k} M_l * R_l where R_l is the range level l can take over
// the free columns, so that one unit of a level outweighs every later level.
// Scaled over all columns that composite overflows quickly (cost in minor
// units times the square of the number of columns: 2^67 at 20,000 apps), so
// when it would exceed 2^53 (exact in a double) the levels are solved in two
// steps: level 0 alone, then the composite over only the columns that can
// still take part in a level-0 optimum (the optimal face), found by
// reduced-cost fixing at the level-0 optimum. Levels that still do not fit
// are left unproven, and the result says so. It knows nothing of what the
// levels mean.
#pragma once

#include <vector>

#include "setcover/solver.h"

namespace appmix::setcover {

struct LexicographicResult {
  std::vector<ColumnIndex> columns;  // chosen, ascending, original indices
  std::vector<Cost> values;          // each level's value of the chosen columns
  Cost level0_bound = 0;             // proven lower bound on level 0
  // How many leading levels the result is proven optimal for: levels.size()
  // when the whole order is proven; 0 when not even level 0 is.
  int levels_proven = 0;
  EndedBy ended_by = EndedBy::kProof;
  std::vector<Shortfall> shortfall;  // rows served less than their demand
  SolveStatistics statistics;        // of the last solve
  int solves = 0;                    // 1, or 2 when the face step ran
  int face_columns = -1;             // free columns left on the optimal face; -1: no face step
};

// options.on_progress, if set, receives values in level-0 units.
// `instance` gives rows, demands and fixings (its costs are ignored);
// levels[k][j] is level k's weight of column j. Level 0 must be >= 0 on
// every free column and the combined weight of a free column must be > 0
// (a column that improves the order at no cost belongs fixed in).
// `exact_limit` is where composites stop being exact (2^53); tests lower it
// to exercise the two-step path on small instances.
LexicographicResult solve_lexicographic(const Instance& instance,
                                        const std::vector<std::vector<Cost>>& levels,
                                        const SolveOptions& options,
                                        Cost exact_limit = Cost{1} << 53);

}  // namespace appmix::setcover
