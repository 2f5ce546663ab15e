// Text form of a solve result: one aligned line per fact, the decision
// (cost) first, then how sure it is (bound, proof, gap), then what ended the
// search and what could not be covered.
#include <fmt/format.h>

#include "report/solve_writers.h"

namespace appmix::report {

double relative_gap(const setcover::Result& result) {
  return result.cost > 0 ? static_cast<double>(result.cost - result.lower_bound) /
                               static_cast<double>(result.cost)
                         : 0.0;
}

std::string write_solve_text(const setcover::Result& result) {
  std::string out;
  out += fmt::format("cost          {}\n", result.cost);
  out += fmt::format("lower bound   {}\n", result.lower_bound);
  out += fmt::format("optimal       {}\n", result.optimal ? "yes (proven)" : "not proven");
  out += fmt::format("gap           {:.2f}%\n", 100.0 * relative_gap(result));
  out += fmt::format("time          {:.2f} s\n", result.seconds);
  out += fmt::format("ended by      {}\n", ended_by_name(result.ended_by));
  if (result.shortfall.empty()) {
    out += "uncovered     none\n";
  } else {
    out += fmt::format("uncovered     {} row{} short of demand (row: missing units)\n",
                       result.shortfall.size(), result.shortfall.size() == 1 ? "" : "s");
    for (const auto& row : result.shortfall) {
      out += fmt::format("  row {}: {}\n", row.row.value + 1, row.missing);
    }
  }
  out += fmt::format("columns       {}\n", result.columns.size());
  return out;
}

}  // namespace appmix::report
