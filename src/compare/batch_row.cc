#include "compare/batch_row.h"

#include <chrono>

#include "analysis/checked_inventory.h"
#include "base/calendar.h"
#include "base/sha256.h"
#include "plan/review_pipeline.h"

namespace appmix::compare {

std::string_view name_of(RowStatus status) {
  switch (status) {
    case RowStatus::optimal:
      return "optimal";
    case RowStatus::feasible:
      return "feasible";
    case RowStatus::invalid:
      return "invalid";
    case RowStatus::unreadable:
      return "unreadable";
  }
  return "invalid";
}

namespace {

// The predicate of the personal_data_requires_sanctioned policy
// (analysis/policies.cc), counted whether or not the policy is set.
int unsanctioned_with_personal_data(const inventory::Inventory& inventory) {
  int count = 0;
  for (const inventory::App& app : inventory.apps) {
    count += !app.sanctioned && (app.holds(inventory::DataClass::personal) ||
                                 app.holds(inventory::DataClass::sensitive));
  }
  return count;
}

}  // namespace

BatchRow summarise_inventory(const std::string& path, const setcover::SolveOptions& solve,
                             const model::AsOfRequest& as_of, bool with_digests,
                             const ReviewSink& with_review) {
  const auto start = std::chrono::steady_clock::now();
  BatchRow row;
  row.path = path;
  analysis::CheckedInventory checked = analysis::check_inventory(path, as_of);
  if (with_digests) {
    for (const inventory::SourceFile& source : checked.sources)
      row.inputs.push_back({source.path, base::sha256_hex(source.bytes)});
  }
  // A batch over thousands of inventories holds rows, not their bytes,
  // unless the review document (which names and hashes its inputs) needs them.
  if (!with_review)
    checked.sources.clear();
  if (!checked.inventory) {
    row.status = checked.unreadable ? RowStatus::unreadable : RowStatus::invalid;
    for (base::Diagnostic& diagnostic : checked.diagnostics) {
      if (diagnostic.severity == base::Severity::error)
        row.errors.push_back(std::move(diagnostic));
    }
  } else {
    const inventory::Inventory& inventory = *checked.inventory;
    plan::ReviewSettings settings;
    settings.solve = solve;
    settings.as_of = as_of;
    // A review document (batch --report-dir) is the one `report` writes,
    // which always has the frontier and the closest decisions.
    settings.frontier = static_cast<bool>(with_review);
    settings.margins = static_cast<bool>(with_review);
    const plan::ReviewRun run = plan::review_inventory(inventory, settings);
    const plan::Review& review = *run.review;
    const optimise::Recommendation& recommendation = review.recommendation;
    row.status = recommendation.optimal ? RowStatus::optimal : RowStatus::feasible;
    row.organisation = inventory.organisation;
    row.currency = inventory.currency;
    row.currency_exponent = inventory.currency_exponent;
    row.apps_today = recommendation.apps_before;
    row.apps_after = recommendation.apps_after;
    row.cost_today = recommendation.cost_before;
    row.cost_after = recommendation.cost_after;
    row.savings = row.cost_today == 0 ? 0.0
                                      : static_cast<double>(row.cost_today - row.cost_after) /
                                            static_cast<double>(row.cost_today);
    row.feedback_today = static_cast<int>(review.feedback.today.size());
    row.feedback_after = static_cast<int>(review.feedback.after.size());
    row.unsanctioned_personal = unsanctioned_with_personal_data(inventory);
    row.gaps = static_cast<int>(run.model->gaps.size());
    if (with_review)
      with_review(checked, review);
    row.as_of = base::iso_date(run.model->review.date);
    row.integrations = static_cast<int>(review.integration.to_build.size());
    if (review.cash.payback)
      row.payback = base::iso_date(*review.cash.payback);
  }
  row.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return row;
}

}  // namespace appmix::compare
