// The objective of a recommendation in integer minor units (docs/inventory-format.md,
// Objective): what choosing each product adds to the horizon cost, the
// constant every mix pays, and the lexicographic levels that order mixes
// (cost, then fewest changes, then fewest apps, then a fixed id order; with
// --objective apps, apps first). It knows nothing of the solver's search.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/portfolio.h"
#include "setcover/types.h"

namespace appmix::optimise {

enum class ObjectiveKind { cost, apps };

std::string_view name_of(ObjectiveKind kind);  // "cost", "apps"

struct Objective {
  ObjectiveKind kind = ObjectiveKind::cost;
  // The objective of the mix that retires every app and adds nothing: each
  // app paid until its exit, plus its retire cost then (model/time_money.h).
  // A mix costs constant + the money of what it chooses.
  std::int64_t constant = 0;
  // Per product, what choosing it adds: an app's money kept minus its money
  // retired (keeping it saves the exit), a candidate's money over the
  // horizon, acquire cost included. May be negative for an app.
  std::vector<std::int64_t> money;
  // Decisions taken before the search: the model's forced ones, and with
  // the cost objective every open app whose money is <= 0 (keeping it never
  // costs more and is one change fewer).
  std::vector<setcover::Fixing> fixings;
  // levels[k][product]: level k's weight of choosing the product, most
  // important first. Money levels are divided by the gcd of the money
  // values (`money_unit`), which keeps the order and the composites small.
  std::vector<std::vector<setcover::Cost>> levels;
  std::vector<std::string_view> level_names;  // "cost", "changes", "apps", "id-order"
  std::int64_t money_unit = 1;
  int money_level = 0;  // index of the cost level in `levels`
};

Objective make_objective(const model::PortfolioModel& model, ObjectiveKind kind);

}  // namespace appmix::optimise
