// Connected components of an instance: rows linked by a column that serves
// both, with the columns that serve them. A cover of the instance is a
// cover of each component, so its optimum is the sum of theirs, and so is
// its lower bound. One branch and bound over independent components
// multiplies their trees (a node's bound rises only as fast as every
// component's gap closes, so best first explores the product of their
// frontiers); solved one at a time their trees add up. It knows nothing of
// how the components are solved.
#pragma once

#include <vector>

#include "setcover/instance.h"

namespace appmix::setcover {

struct Component {
  Instance instance;                 // its rows, demands, columns, costs and fixings
  std::vector<RowIndex> rows;        // component row -> row of the instance, ascending
  std::vector<ColumnIndex> columns;  // component column -> column of the instance, ascending
};

// Components in the order of their first row; columns that serve no row
// belong to none. Each component's rows and columns keep the instance's
// order, so the split is deterministic. Nothing (an empty vector, no copy)
// when the instance is in one piece.
std::vector<Component> split_components(const Instance& instance);

}  // namespace appmix::setcover
