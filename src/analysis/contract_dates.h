// Contract dates against the review date (docs/inventory-format.md, Time): an app
// whose contract_end lies before the review date has renewed, so money
// follows the renewal rule, not the date written. check says so, naming the
// exit the rule gives, so the file can be brought up to date. It knows
// nothing of money or of output formats.
#pragma once

#include "base/diagnostic.h"
#include "inventory/inventory.h"
#include "model/time_money.h"

namespace appmix::analysis {

// contract-ended warnings, one per app, at its contract_end.
base::Diagnostics check_contract_dates(const inventory::Inventory& inventory,
                                       const model::ReviewDate& review);

}  // namespace appmix::analysis
