// The notices calendar (docs/recommend.md, Money over time): for each
// retired app with a contract_end, its exit, the date notice must be given
// by so that the contract does not renew by accident, and how many renewal
// terms lie between contract_end and the exit. It knows nothing of output.
#pragma once

#include <vector>

#include "base/calendar.h"
#include "model/portfolio.h"

namespace appmix::plan {

struct Notice {
  int app = 0;
  base::CivilDate contract_end;
  base::CivilDate exit;
  base::CivilDate notice_by;
  int renewals = 0;
  long long days_left = 0;  // from the review date to notice_by (>= 0)
};

// Notices due within this many days of the review date stand out.
constexpr long long kNoticeSoonDays = 30;

// Sorted by notice_by, then app id.
std::vector<Notice> notices_of(const model::PortfolioModel& model, const std::vector<bool>& chosen);

}  // namespace appmix::plan
