// Markdown form of `recommend`: the facts of the text form as headings and
// tables, for a wiki page or a pull request. Inventory text is escaped for
// Markdown (pipes, backticks, emphasis).
#include <fmt/format.h>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/escape.h"
#include "report/recommend_facts.h"
#include "report/recommend_writers.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string md(std::string_view text) {
  return markdown_text(text);
}

std::string ids(const model::PortfolioModel& model, const std::vector<int>& products) {
  std::vector<std::string> names;
  for (const int p : products)
    names.push_back(md(model.id(p)));
  return names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

std::string write_recommend_markdown(const plan::Review& review) {
  const model::PortfolioModel& model = *review.model;
  const optimise::Recommendation& r = review.recommendation;
  const inventory::Inventory& inventory = *model.inventory;
  const std::string years = inventory.horizon_years.to_string();
  std::string out;
  out += fmt::format("# {}: right-sized customer-facing app mix\n\n", md(inventory.organisation));
  out += fmt::format("Horizon {} years, {}, objective: {}, status: {} (ended by {}).\n\n", years,
                     md(inventory.currency), optimise::name_of(r.objective),
                     r.optimal ? "optimal, proven" : "feasible, not proven optimal",
                     ended_by_name(r.ended_by));
  out += "| | today | recommended | change |\n|---|---:|---:|---:|\n";
  out += fmt::format("| apps | {} | {} | {} |\n", base::with_thousands(r.apps_before),
                     base::with_thousands(r.apps_after),
                     base::with_thousands(r.apps_after - r.apps_before));
  out += fmt::format(
      "| cost ({} years, {}) | {} | {} | {}{} |\n", years, md(inventory.currency),
      money_for_people(review, r.cost_before), money_for_people(review, r.cost_after),
      signed_money(review, r.cost_after - r.cost_before),
      r.cost_before > 0 ? fmt::format(" ({:+.1f}%)", -100.0 * savings_fraction(r)) : "");
  out += fmt::format("| lower bound | | {} | |\n\n", money_for_people(review, r.lower_bound));
  out += fmt::format("One-off costs: retire {}, acquire {}. A greedy choice would cost {}.\n\n",
                     money_for_people(review, r.retire_costs),
                     money_for_people(review, r.acquire_costs),
                     money_for_people(review, r.greedy_cost));
  out += fmt::format("Money {}.\n\n", md(money_assumption(review)));

  out += fmt::format("## Cash by year (nominal, {})\n\n", md(inventory.currency));
  out +=
      "| year | from | to | before | after | savings | cumulative |\n"
      "|---:|---|---|---:|---:|---:|---:|\n";
  for (const plan::CashYear& year : review.cash.years) {
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", year.year,
                       base::iso_date(year.from), base::iso_date(year.to),
                       money_for_people(review, year.before), money_for_people(review, year.after),
                       signed_money(review, year.savings), signed_money(review, year.cumulative));
  }
  out +=
      review.cash.payback
          ? fmt::format("\nPayback: {} (cumulative savings stay at or above zero from then).\n\n",
                        base::iso_date(*review.cash.payback))
          : std::string("\nNo payback within the horizon: cumulative savings end below zero.\n\n");

  out += "## Decisions\n\n";
  out +=
      fmt::format("- **Keep ({})**: {}\n", kept_apps(review).size(), ids(model, kept_apps(review)));
  out += fmt::format("- **Retire ({})**: {}\n", retired_apps(review).size(),
                     ids(model, retired_apps(review)));
  out += fmt::format("- **Add ({})**: {}\n\n", added_candidates(review).size(),
                     ids(model, added_candidates(review)));

  out += "## Consolidation plan\n\n";
  if (review.consolidation.takeovers.empty()) {
    out += "Nothing to take over.\n\n";
  } else {
    out += "| wave | retire | capability | business unit | to |\n|---|---|---|---|---|\n";
    for (const plan::Takeover& t : review.consolidation.takeovers) {
      const model::RequiredPair& pair = model.pairs[t.pair];
      out +=
          fmt::format("| {} | {} | {} | {} | {} |\n", t.wave, md(model.id(t.retired)),
                      md(model.capabilities[pair.capability]->id), md(model.units[pair.unit]->id),
                      t.successor ? md(model.id(*t.successor)) : "nothing (gap)");
    }
    out += "\n";
  }
  if (!review.consolidation.repoints.empty()) {
    out += "| re-point integration of | with | to |\n|---|---|---|\n";
    for (const plan::Repoint& repoint : review.consolidation.repoints) {
      out += fmt::format("| {} | {} | {} |\n", md(model.id(repoint.retired)),
                         md(model.id(repoint.partner)), ids(model, repoint.successors));
    }
    out += "\n";
  }

  if (!review.notices.empty()) {
    out +=
        "## Notices\n\nGive notice by the date, or the contract renews.\n\n"
        "| notice by | app | exit | contract end | renewals | |\n"
        "|---|---|---|---|---:|---|\n";
    for (const plan::Notice& notice : review.notices) {
      out += fmt::format(
          "| {} | {} | {} | {} | {} | {} |\n", base::iso_date(notice.notice_by),
          md(model.id(notice.app)), base::iso_date(notice.exit),
          base::iso_date(notice.contract_end), notice.renewals,
          notice.days_left <= plan::kNoticeSoonDays
              ? fmt::format("**due in {}**", base::counted(notice.days_left, "day", "days"))
              : "");
    }
    out += "\n";
  }

  out += fmt::format("## Gaps ({})\n\n", model.gaps.size());
  if (model.gaps.empty()) {
    out += "Every required capability is served.\n\n";
  } else {
    out += "| capability | business unit | channel | missing |\n|---|---|---|---:|\n";
    for (const model::Gap& gap : model.gaps) {
      out += fmt::format("| {} | {} | {} | {} |\n", md(model.capabilities[gap.capability]->id),
                         md(model.units[gap.unit]->id),
                         gap.channel ? md(model.channels[*gap.channel]->id) : "", gap.missing);
    }
    out += "\n";
  }

  if (!review.policies.empty()) {
    out +=
        "## Policies\n\n| policy | subject | today | after | met after "
        "|\n|---|---|---:|---:|---|\n";
    for (const plan::PolicyOutcome& outcome : review.policies) {
      const std::string subject =
          outcome.capability
              ? fmt::format("{} = {}", md(model.capabilities[*outcome.capability]->id),
                            outcome.limit)
          : outcome.lists_journeys() ? fmt::format("limit {}", outcome.limit)
                                     : "";
      out += fmt::format("| {} | {} | {} | {} | {} |\n", plan::name_of(outcome.kind), subject,
                         outcome.today.size(), outcome.after.size(),
                         outcome.met_after() ? "yes" : "no");
    }
    out += "\n";
  }

  if (!review.journeys.empty()) {
    out +=
        "## Journeys\n\n| journey | systems today | systems after | hand-offs today | "
        "hand-offs after |\n|---|---:|---:|---:|---:|\n";
    for (const plan::JourneyView& view : review.journeys) {
      out += fmt::format("| {} | {} | {} | {} | {} |\n", md(view.journey->id),
                         view.systems_today.size(), view.systems_after.size(), view.handoffs_today,
                         view.handoffs_after);
    }
    out += "\n";
  }

  const plan::FeedbackPlatforms& f = review.feedback;
  out += fmt::format(
      "## Feedback data\n\n{} platforms hold x-data today, {} after; unsanctioned "
      "{} today, {} after; holding personal data {} today, {} after.\n\n",
      f.today.size(), f.after.size(), f.unsanctioned_today, f.unsanctioned_after, f.personal_today,
      f.personal_after);

  out +=
      "## Apps and candidates\n\n| id | kind | decision | forced | TIME | wave |\n"
      "|---|---|---|---|---|---|\n";
  for (int p = 0; p < model.num_products(); ++p) {
    const bool retired = !model.is_candidate(p) && !r.chosen[p];
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", md(model.id(p)),
                       model.is_candidate(p) ? "candidate" : "app", decision_name(review, p),
                       md(forced_label(review, p)), analysis::name_of(review.time_classes[p]),
                       retired ? plan::wave_of(model, p) : "");
  }
  out += "\n";

  if (!r.forced.empty()) {
    out += "## What-if\n\n| forced | price |\n|---|---:|\n";
    for (const optimise::ForcedPrice& forced : r.forced) {
      out += fmt::format("| --{} {} | {} |\n",
                         forced.what_if.decision == model::Decision::keep ? "keep" : "retire",
                         md(model.id(forced.what_if.product)), signed_money(review, forced.price));
    }
    out += "\n";
  }
  return out;
}

}  // namespace appmix::report
