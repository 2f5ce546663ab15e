#include "optimise/objective.h"

#include <numeric>

namespace appmix::optimise {

std::string_view name_of(ObjectiveKind kind) {
  return kind == ObjectiveKind::cost ? "cost" : "apps";
}

Objective make_objective(const model::PortfolioModel& model, ObjectiveKind kind) {
  Objective objective;
  objective.kind = kind;
  const int n = model.num_products();
  objective.money.resize(n);
  objective.fixings.assign(n, setcover::Fixing::kFree);
  std::int64_t unit = 0;
  for (int p = 0; p < n; ++p) {
    const bool candidate = model.is_candidate(p);
    // Time money (model/time_money.h): choosing a candidate costs its money
    // over the horizon; keeping an app costs that instead of its money when
    // retired (paid until its exit, then its retire cost).
    objective.money[p] =
        candidate ? model.money[p].chosen : model.money[p].chosen - model.money[p].dropped;
    if (!candidate)
      objective.constant += model.money[p].dropped;
    if (model.forced[p] == model::Decision::keep)
      objective.fixings[p] = setcover::Fixing::kIn;
    else if (model.forced[p] == model::Decision::drop)
      objective.fixings[p] = setcover::Fixing::kOut;
    else if (kind == ObjectiveKind::cost && !candidate && objective.money[p] <= 0)
      objective.fixings[p] = setcover::Fixing::kIn;
    unit = std::gcd(unit, objective.money[p]);
  }
  objective.money_unit = unit > 0 ? unit : 1;

  std::vector<setcover::Cost> money(n), changes(n), apps(n, 1), order(n);
  for (int p = 0; p < n; ++p) {
    money[p] = objective.money[p] / objective.money_unit;
    changes[p] = model.is_candidate(p) ? 1 : -1;  // adding is a change; keeping avoids one
    order[p] = p;  // apps, then candidates, each by id: earlier ids are preferred
  }
  if (kind == ObjectiveKind::cost) {
    objective.levels = {money, changes, apps, order};
    objective.level_names = {"cost", "changes", "apps", "id-order"};
    objective.money_level = 0;
  } else {
    objective.levels = {apps, money, changes, order};
    objective.level_names = {"apps", "cost", "changes", "id-order"};
    objective.money_level = 1;
  }
  return objective;
}

}  // namespace appmix::optimise
