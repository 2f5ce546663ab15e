// Improvement of a cover inside a subproblem by cheap exact moves: drop a
// redundant column, or swap a chosen column for a cheaper unchosen one that
// serves every row the first one was critical for (a row at exactly its need),
// then drop what became redundant. Stops at a local optimum or after a number
// of passes. It knows nothing of Lagrangian multipliers.
#pragma once

#include "setcover/greedy.h"

namespace appmix::setcover {

// Returns a cover no worse than `start` (which must serve the subproblem).
Cover improve_cover(const Instance& instance, const Subproblem& subproblem, const Cover& start,
                    int max_passes = 20);

}  // namespace appmix::setcover
