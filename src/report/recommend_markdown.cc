// Markdown form of `recommend`: the facts of the text form as headings and
// tables, for a wiki page or a pull request. Inventory text is escaped for
// Markdown (pipes, backticks, emphasis).
#include <fmt/format.h>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/escape.h"
#include "report/markdown_table.h"
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
  MarkdownTable figures({{""}, {"today", true}, {"recommended", true}, {"change", true}});
  figures.add_row({"apps", base::with_thousands(r.apps_before), base::with_thousands(r.apps_after),
                   base::with_thousands(r.apps_after - r.apps_before)});
  figures.add_row(
      {fmt::format("cost ({} years, {})", years, md(inventory.currency)),
       money_for_people(review, r.cost_before), money_for_people(review, r.cost_after),
       signed_money(review, r.cost_after - r.cost_before) +
           (r.cost_before > 0 ? fmt::format(" ({:+.1f}%)", -100.0 * savings_fraction(r)) : "")});
  figures.add_row({"lower bound", "", money_for_people(review, r.lower_bound), ""});
  out += figures.render() + "\n";
  out += fmt::format("One-off costs: retire {}, acquire {}. A greedy choice would cost {}.\n\n",
                     money_for_people(review, r.retire_costs),
                     money_for_people(review, r.acquire_costs),
                     money_for_people(review, r.greedy_cost));
  out += fmt::format("Money {}.\n\n", md(money_assumption(review)));

  out += fmt::format("## Cash by year (nominal, {})\n\n", md(inventory.currency));
  MarkdownTable cash({{"year", true},
                      {"from"},
                      {"to"},
                      {"before", true},
                      {"after", true},
                      {"savings", true},
                      {"cumulative", true}});
  for (const plan::CashYear& year : review.cash.years) {
    cash.add_row({std::to_string(year.year), base::iso_date(year.from), base::iso_date(year.to),
                  money_for_people(review, year.before), money_for_people(review, year.after),
                  signed_money(review, year.savings), signed_money(review, year.cumulative)});
  }
  out += cash.render();
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
    MarkdownTable takeovers({{"wave"}, {"retire"}, {"capability"}, {"business unit"}, {"to"}});
    for (const plan::Takeover& t : review.consolidation.takeovers) {
      const model::RequiredPair& pair = model.pairs[t.pair];
      takeovers.add_row({t.wave, md(model.id(t.retired)),
                         md(model.capabilities[pair.capability]->id),
                         md(model.units[pair.unit]->id),
                         t.successor ? md(model.id(*t.successor)) : "nothing (gap)"});
    }
    out += takeovers.render() + "\n";
  }
  if (!review.consolidation.repoints.empty()) {
    MarkdownTable repoints({{"re-point integration of"}, {"with"}, {"to"}});
    for (const plan::Repoint& repoint : review.consolidation.repoints) {
      repoints.add_row({md(model.id(repoint.retired)), md(model.id(repoint.partner)),
                        ids(model, repoint.successors)});
    }
    out += repoints.render() + "\n";
  }

  if (!review.notices.empty()) {
    out += "## Notices\n\nGive notice by the date, or the contract renews.\n\n";
    MarkdownTable notices(
        {{"notice by"}, {"app"}, {"exit"}, {"contract end"}, {"renewals", true}, {""}});
    for (const plan::Notice& notice : review.notices) {
      notices.add_row(
          {base::iso_date(notice.notice_by), md(model.id(notice.app)), base::iso_date(notice.exit),
           base::iso_date(notice.contract_end), std::to_string(notice.renewals),
           notice.days_left <= plan::kNoticeSoonDays
               ? fmt::format("**due in {}**", base::counted(notice.days_left, "day", "days"))
               : ""});
    }
    out += notices.render() + "\n";
  }

  out += fmt::format("## Gaps ({})\n\n", model.gaps.size());
  if (model.gaps.empty()) {
    out += "Every required capability is served.\n\n";
  } else {
    MarkdownTable gaps({{"capability"}, {"business unit"}, {"channel"}, {"missing", true}});
    for (const model::Gap& gap : model.gaps) {
      gaps.add_row({md(model.capabilities[gap.capability]->id), md(model.units[gap.unit]->id),
                    gap.channel ? md(model.channels[*gap.channel]->id) : "",
                    std::to_string(gap.missing)});
    }
    out += gaps.render() + "\n";
  }

  if (!review.policies.empty()) {
    out += "## Policies\n\n";
    MarkdownTable policies(
        {{"policy"}, {"subject"}, {"today", true}, {"after", true}, {"met after"}});
    for (const plan::PolicyOutcome& outcome : review.policies) {
      const std::string subject =
          outcome.capability
              ? fmt::format("{} = {}", md(model.capabilities[*outcome.capability]->id),
                            outcome.limit)
          : outcome.has_limit() ? fmt::format("limit {}", outcome.limit)
                                : "";
      policies.add_row({std::string(plan::name_of(outcome.kind)), subject,
                        std::to_string(outcome.today.size()), std::to_string(outcome.after.size()),
                        outcome.met_after() ? "yes" : "no"});
    }
    out += policies.render() + "\n";
  }

  if (!review.journeys.empty()) {
    out += "## Journeys\n\n";
    MarkdownTable journeys({{"journey"},
                            {"systems today", true},
                            {"systems after", true},
                            {"hand-offs today", true},
                            {"hand-offs after", true},
                            {"after integrating", true}});
    for (const plan::JourneyView& view : review.journeys) {
      journeys.add_row({md(view.journey->id), std::to_string(view.systems_today.size()),
                        std::to_string(view.systems_after.size()),
                        std::to_string(view.handoffs_today), std::to_string(view.handoffs_after),
                        std::to_string(view.handoffs_after_integration)});
    }
    out += journeys.render() + "\n";

    // Right-size, then integrate.
    const plan::IntegrationPlan& plan = review.integration;
    out +=
        "## Then integrate\n\nThe mix was chosen first; these integrations are planned for "
        "it.\n\n";
    if (plan.to_build.empty()) {
      out +=
          "No new integration needed: an existing or re-pointed integration joins every "
          "hand-off after the mix.\n\n";
    } else {
      out += fmt::format("Build {}, one-off {} {}{}, joining {}.\n\n",
                         base::counted(static_cast<long long>(plan.to_build.size()), "integration",
                                       "integrations"),
                         md(inventory.currency), money_for_people(review, plan.cost),
                         plan.proven ? " (proven least)" : " (not proven)",
                         base::counted(plan.handoffs, "hand-off", "hand-offs"));
      MarkdownTable to_build({{"between"}, {"and"}, {"journeys"}, {"hand-offs", true}});
      for (const plan::IntegrationToBuild& integration : plan.to_build) {
        std::vector<std::string> journey_ids;
        for (const int j : integration.journeys)
          journey_ids.push_back(md(review.journeys[j].journey->id));
        to_build.add_row({md(model.id(integration.between.first)),
                          md(model.id(integration.between.second)),
                          fmt::format("{}", fmt::join(journey_ids, ", ")),
                          fmt::format("{}", integration.handoffs)});
      }
      out += to_build.render() + "\n";
    }
    if (!review.agents.empty()) {
      MarkdownTable agents({{"business unit"}, {"agent systems today", true}, {"after", true}});
      for (const plan::AgentSystems& systems : review.agents) {
        agents.add_row({md(model.units[systems.unit]->id), std::to_string(systems.today.size()),
                        std::to_string(systems.after.size())});
      }
      out += agents.render() + "\n";
    }
  }

  const plan::FeedbackPlatforms& f = review.feedback;
  out += fmt::format(
      "## Feedback data\n\n{} platforms hold x-data today, {} after; unsanctioned "
      "{} today, {} after; holding personal data {} today, {} after.\n\n",
      f.today.size(), f.after.size(), f.unsanctioned_today, f.unsanctioned_after, f.personal_today,
      f.personal_after);

  if (review.frontier && !review.frontier->points.empty()) {
    out += fmt::format(
        "## Fewer apps\n\nThe least cost of a mix of at most N apps ({} today, {} "
        "recommended).\n\n",
        r.apps_before, r.apps_after);
    MarkdownTable frontier({{"apps", true},
                            {"least cost", true},
                            {"vs recommended", true},
                            {"lower bound", true},
                            {"proven"}});
    for (const optimise::FrontierPoint& point : review.frontier->points) {
      frontier.add_row({std::to_string(point.apps), money_for_people(review, point.cost),
                        signed_money(review, point.cost - r.cost_after),
                        money_for_people(review, point.lower_bound), point.proven ? "yes" : "no"});
    }
    out += frontier.render() + "\n";
  }
  if (review.margins) {
    out +=
        "## Decision margins\n\nThe price of the opposite decision, closest first: a quote "
        "that much better flips it. A price not proven is a lower bound.\n\n";
    MarkdownTable margins({{"id"}, {"decision"}, {"price", true}, {"proven"}});
    for (const optimise::Margin& margin : review.margins->items) {
      margins.add_row({md(model.id(margin.product)),
                       std::string(decision_name(review, margin.product)),
                       margin.required ? "required" : money_for_people(review, *margin.price),
                       margin.required ? ""
                       : margin.proven ? "yes"
                                       : "lower bound"});
    }
    out += margins.render() + "\n";
  }

  out += "## Apps and candidates\n\n";
  MarkdownTable products({{"id"}, {"kind"}, {"decision"}, {"forced"}, {"TIME"}, {"wave"}});
  for (int p = 0; p < model.num_products(); ++p) {
    const bool retired = !model.is_candidate(p) && !r.chosen[p];
    products.add_row({md(model.id(p)), model.is_candidate(p) ? "candidate" : "app",
                      std::string(decision_name(review, p)), md(forced_label(review, p)),
                      std::string(analysis::name_of(review.time_classes[p])),
                      retired ? plan::wave_of(model, p) : ""});
  }
  out += products.render() + "\n";

  if (!r.forced.empty()) {
    out += "## What-if\n\n";
    MarkdownTable what_if({{"forced"}, {"price", true}});
    for (const optimise::ForcedPrice& forced : r.forced) {
      what_if.add_row(
          {fmt::format("--{} {}",
                       forced.what_if.decision == model::Decision::keep ? "keep" : "retire",
                       md(model.id(forced.what_if.product))),
           signed_money(review, forced.price)});
    }
    out += what_if.render() + "\n";
  }
  return out;
}

}  // namespace appmix::report
