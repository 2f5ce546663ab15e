#include "optimise/signed_instance.h"

#include <numeric>

#include "optimise/objective.h"

namespace appmix::optimise {

SignedInstance build_signed_instance(const model::PortfolioModel& model) {
  const Objective objective = make_objective(model, ObjectiveKind::cost);
  SignedInstance out;
  out.constant = objective.constant;
  std::int64_t unit = 0;
  for (const std::int64_t money : objective.money)
    unit = std::gcd(unit, money);
  out.unit = unit > 0 ? unit : 1;
  const int n = model.num_products();
  std::vector<setcover::Cost> costs(n);
  std::vector<setcover::Fixing> fixings(n, setcover::Fixing::kFree);
  for (int p = 0; p < n; ++p) {
    costs[p] = objective.money[p] / out.unit;
    if (model.forced[p] == model::Decision::keep)
      fixings[p] = setcover::Fixing::kIn;
    else if (model.forced[p] == model::Decision::drop)
      fixings[p] = setcover::Fixing::kOut;
  }
  out.map = build_instance(model, std::move(costs), fixings);
  return out;
}

}  // namespace appmix::optimise
