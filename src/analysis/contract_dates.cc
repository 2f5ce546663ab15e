#include "analysis/contract_dates.h"

#include <fmt/format.h>

namespace appmix::analysis {
base::Diagnostics check_contract_dates(const inventory::Inventory& inventory,
                                       const model::ReviewDate& review) {
  base::Diagnostics out;
  for (const inventory::App& app : inventory.apps) {
    if (!app.contract_end || model::civil(*app.contract_end) >= review.date)
      continue;
    const model::ContractExit exit = model::contract_exit(app, inventory, review.date);
    const int months = app.renewal_months.value_or(inventory.renewal_months);
    const int notice = app.notice_days.value_or(inventory.notice_days);
    auto diagnostic = base::make_diagnostic(
        "contract-ended", app.contract_end->location,
        fmt::format("contract_end {} of app '{}' is before the review date {} ({}): the contract "
                    "has renewed; by its terms (renewal every {} month{}, notice {} day{}) it can "
                    "leave on {} at the earliest, with notice by {}",
                    base::iso_date(model::civil(*app.contract_end)), app.id,
                    base::iso_date(review.date),
                    review.source == model::AsOfSource::today
                        ? std::string("today")
                        : fmt::format("from {}", model::words_for(review.source)),
                    months, months == 1 ? "" : "s", notice, notice == 1 ? "" : "s",
                    base::iso_date(exit.exit), base::iso_date(*exit.notice_by)));
    // The current term ends at the first renewal on or after the review date,
    // which is the exit without notice.
    inventory::App without_notice = app;
    without_notice.notice_days = 0;
    const model::ContractExit current =
        model::contract_exit(without_notice, inventory, review.date);
    diagnostic.help = fmt::format(
        "If the contract did renew, write the end of its current term: contract_end: {}. If the "
        "inventory describes an earlier date, set as_of (or --as-of) to that date.",
        base::iso_date(current.exit));
    out.push_back(std::move(diagnostic));
  }
  return out;
}

}  // namespace appmix::analysis
