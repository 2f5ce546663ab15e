#include "plan/notices.h"

#include <algorithm>
#include <tuple>

namespace appmix::plan {

std::vector<Notice> notices_of(const model::PortfolioModel& model,
                               const std::vector<bool>& chosen) {
  std::vector<Notice> notices;
  const long long review = base::day_number(model.review.date);
  for (int a = 0; a < model.num_apps; ++a) {
    const model::ContractExit& exit = model.exits[a];
    if (chosen[a] || !exit.notice_by)
      continue;
    notices.push_back({a, model::civil(*model.products[a]->contract_end), exit.exit,
                       *exit.notice_by, exit.renewals, base::day_number(*exit.notice_by) - review});
  }
  std::sort(notices.begin(), notices.end(), [&](const Notice& x, const Notice& y) {
    return std::tie(x.notice_by, model.id(x.app)) < std::tie(y.notice_by, model.id(y.app));
  });
  return notices;
}

}  // namespace appmix::plan
