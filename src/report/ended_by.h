// How a search ended, in the words of cli.md's `ended_by`, for every writer
// that reports a solve (solve, recommend).
#pragma once

#include <string_view>

#include "setcover/branch_and_bound.h"

namespace appmix::report {

// "proof", "work-limit" or "time-limit".
std::string_view ended_by_name(setcover::EndedBy ended_by);

}  // namespace appmix::report
