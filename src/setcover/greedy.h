// Constructive heuristics for a subproblem: the greedy of Caprara, Fischetti
// & Toth 1999 on Lagrangian scores (with u = 0 it is Chvátal's greedy on cost
// per newly served unit of demand), followed by removal of redundant columns,
// most expensive first. It knows nothing of how u was obtained.
#pragma once

#include <limits>
#include <optional>
#include <vector>

#include "setcover/coverage.h"
#include "setcover/subproblem.h"

namespace appmix::setcover {

struct Cover {
  std::vector<ColumnIndex> columns;  // ascending, includes the subproblem's fixed-in columns
  Cost cost = 0;
};

// Picks columns by the CFT score until every active row of the subproblem is
// served: with gamma_j = c_j - sum of u_i over j's rows still in need and mu_j
// the number of those rows, score = gamma_j / mu_j if gamma_j > 0, else
// gamma_j * mu_j; the smallest score wins, ties to the lowest index. `u` may
// be empty (Chvátal). Returns nothing when the subproblem has no cover.
std::optional<Cover> greedy_cover(const Instance& instance, const Subproblem& subproblem,
                                  const std::vector<double>& u);

// The same greedy's picks before any clean-up (1 per chosen column), from
// `candidates` (free columns) only, each column `column_price` dearer than
// its cost (a price per column favours columns serving many rows: fewer
// columns). Nothing when the rows cannot be served, or once more than
// `max_picks` columns would be needed.
std::optional<std::vector<char>> greedy_picks(const Instance& instance,
                                              const Subproblem& subproblem,
                                              const std::vector<double>& u,
                                              const std::vector<std::int32_t>& candidates,
                                              double column_price = 0,
                                              int max_picks = std::numeric_limits<int>::max());

// The cover made of the subproblem's fixed-in columns and `coverage`'s
// selection (columns of the same instance), at their total cost.
Cover cover_of(const Subproblem& subproblem, const Coverage& coverage);

// Drops columns of the selection that every row can spare, most expensive
// first (ties: higher index first), never one listed in `keep` (fixed in).
void remove_redundant(const Instance& instance, Coverage& coverage, const std::vector<char>& keep);

}  // namespace appmix::setcover
