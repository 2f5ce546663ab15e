// Presolve: shrinks an instance by reductions that keep at least one optimal
// solution, and maps solutions of the reduced instance back (postsolve). Each
// reduction is switchable so tests can check it alone. Rows that cannot get
// their full demand (too few columns not fixed out) keep what they can get and
// report the difference as shortfall; that is data, not an error.
// It knows nothing of bounds or search beyond an optional known upper bound.
#pragma once

#include <limits>
#include <vector>

#include "setcover/instance.h"

namespace appmix::setcover {

struct ReductionOptions {
  bool necessity = true;          // a row with need == its free columns fixes them all in
  bool dominated_rows = true;     // J_i within J_k and b_k <= b_i: row k is implied
  bool dominated_columns = true;  // I_j within I_k, c_k <= c_j, all rows of j need 1: drop j
  // Columns of negative cost are never dropped, as dominated or as serving
  // no row: under a side row on the number of columns (cardinality.h) such
  // a column may be worth a slot for its own sake, beside the one that
  // dominates it. The reduced instance keeps them, some without rows.
  bool keep_negative = false;
  // Columns costing at least this are dropped: no cheaper cover uses them. The
  // caller must hold a solution of that cost. max() turns the test off.
  Cost upper_bound = std::numeric_limits<Cost>::max();
  // Cap on the elementary steps of the domination tests (they are quadratic in
  // the worst case); counted, not timed, so results stay deterministic.
  long long work_limit = 50'000'000;
};

struct ReductionStatistics {
  int columns_fixed_in_by_caller = 0;
  int columns_fixed_out_by_caller = 0;
  int columns_fixed_in_by_necessity = 0;
  int columns_dominated = 0;
  int columns_over_bound = 0;
  int columns_useless = 0;  // cover no row that still needs anything
  int rows_satisfied = 0;   // demand met by the columns fixed in
  int rows_dominated = 0;
  int rows_short = 0;  // rows whose demand cannot be met in full
};

struct Reduced {
  Instance instance;                       // remaining rows and free columns only
  std::vector<ColumnIndex> column_origin;  // reduced column -> original column
  std::vector<RowIndex> row_origin;        // reduced row -> original row
  std::vector<ColumnIndex> fixed_in;       // original columns in every solution, sorted
  Cost fixed_cost = 0;                     // their total cost
  std::vector<int> shortfall;              // per original row
  // True when the cost bound removed every cover: no solution beats upper_bound.
  bool infeasible = false;
  ReductionStatistics statistics;

  // Original columns (sorted) of the solution whose reduced columns are given.
  std::vector<ColumnIndex> postsolve(const std::vector<ColumnIndex>& reduced_columns) const;
};

Reduced reduce(const Instance& instance, const ReductionOptions& options);

}  // namespace appmix::setcover
