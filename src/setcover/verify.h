// Independent check of a reported solution against the ORIGINAL instance: it
// recomputes cover counts and cost from scratch and shares no code with the
// solver beyond Instance, so tests can trust it to catch solver bugs.
#pragma once

#include <string>
#include <vector>

#include "setcover/instance.h"

namespace appmix::setcover {

struct Verification {
  bool ok = false;
  std::string message;  // empty when ok; else the first problem found
  Cost cost = 0;        // recomputed cost of the columns
  // Per row: demand minus what any selection could reach (columns fixed out do
  // not count), 0 for a row that can be fully served.
  std::vector<int> shortfall;
};

// Checks that `columns` has no repeats or out-of-range entries, contains every
// column fixed in, none fixed out, and covers each row min(demand, reachable)
// times, where reachable counts the row's columns not fixed out.
Verification verify(const Instance& instance, const std::vector<ColumnIndex>& columns);

}  // namespace appmix::setcover
