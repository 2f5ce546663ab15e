// The cost objective's instance as the frontier and the margins need it:
// every product a column at its money (in units of the gcd of all money
// values, so signed: keeping an app can cost less than retiring it), and
// only the model's forced decisions fixed. The recommendation's own instance
// also fixes in every app whose money is <= 0, which keeps the optimum but
// not the optimum under a cap on the number of apps, nor the price of
// retiring such an app. It knows nothing of the searches run on it.
#pragma once

#include <cstdint>
#include <vector>

#include "model/portfolio.h"
#include "optimise/build_instance.h"

namespace appmix::optimise {

struct SignedInstance {
  InstanceMap map;
  std::int64_t constant = 0;  // what every mix pays, minor units
  std::int64_t unit = 1;      // minor units per unit of column cost
  // Minor units of a selection whose columns cost `cost` in all.
  std::int64_t money_of(setcover::Cost cost) const { return constant + cost * unit; }
};

SignedInstance build_signed_instance(const model::PortfolioModel& model);

}  // namespace appmix::optimise
