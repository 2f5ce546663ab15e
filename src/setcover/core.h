// CFT's core problem (Caprara, Fischetti & Toth 1999): a narrow instance made
// of the few columns of least Lagrangian reduced cost per row, on which
// greedies and local search run at a fraction of the cost of the whole matrix
// (rail instances have ~100 columns per row). Any cover of a core is a cover
// of the instance at the same cost. It knows nothing of how the reduced costs
// were obtained or of what runs on the core.
#pragma once

#include <vector>

#include "setcover/greedy.h"

namespace appmix::setcover {

struct Core {
  Instance instance;                // same rows, demands and fixings as the whole instance
  std::vector<ColumnIndex> origin;  // core column -> column of the whole instance, ascending

  // Maps a cover of the core to the whole instance (ascending, same cost).
  Cover lift(const Cover& cover) const;
  // Maps a cover of the whole instance whose columns all lie in the core.
  Cover restrict(const Cover& cover) const;
};

// Per row max(per_row, demand) free columns of least reduced cost (ties:
// lowest index), the columns of reduced cost below 0.1 (at most per_row *
// rows of them, the least), every column fixed in and the columns of `keep`.
// `reduced_costs` holds c_j(u) for every column of `instance`.
Core make_core(const Instance& instance, const std::vector<double>& reduced_costs,
               const std::vector<ColumnIndex>& keep, int per_row);

}  // namespace appmix::setcover
