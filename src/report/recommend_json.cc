// JSON form of `recommend` (docs/recommend.md; stable within a major
// version: fields are added, never renamed). Money is in major units as
// exact decimals; id lists are sorted; everything but `statistics.seconds`
// is the same for the same input, whatever the threads.
#include <cmath>

#include "base/calendar.h"
#include "base/json_out.h"
#include "report/recommend_facts.h"
#include "report/recommend_writers.h"

namespace appmix::report {
namespace {

using base::JsonWriter;

struct Writer {
  const plan::Review& review;
  const model::PortfolioModel& model;
  JsonWriter json;

  void money(std::string_view key, std::int64_t minor) {
    json.key(key).raw(major_units(review, minor));
  }
  void ids(std::string_view key, const std::vector<int>& products) {
    json.key(key).begin_array();
    for (const int p : products)
      json.value(model.id(p));
    json.end_array();
  }
  void unit_or_null(std::string_view key, std::optional<int> unit) {
    if (unit)
      json.key(key).value(model.units[*unit]->id);
    else
      json.key(key).null();
  }
  void channel_or_null(std::string_view key, std::optional<int> channel) {
    if (channel)
      json.key(key).value(model.channels[*channel]->id);
    else
      json.key(key).null();
  }

  // Notices, the cash view by year and the payback date (docs/recommend.md).
  void time() {
    json.key("notices").begin_array();
    for (const plan::Notice& notice : review.notices) {
      json.begin_object();
      json.key("id").value(model.id(notice.app));
      json.key("contract_end").value(base::iso_date(notice.contract_end));
      json.key("exit").value(base::iso_date(notice.exit));
      json.key("notice_by").value(base::iso_date(notice.notice_by));
      json.key("renewals").value(notice.renewals);
      json.end_object();
    }
    json.end_array();
    json.key("cashflow").begin_array();
    for (const plan::CashYear& year : review.cash.years) {
      json.begin_object();
      json.key("year").value(year.year);
      json.key("from").value(base::iso_date(year.from));
      json.key("to").value(base::iso_date(year.to));
      money("before", year.before);
      money("after", year.after);
      money("savings", year.savings);
      money("cumulative", year.cumulative);
      json.end_object();
    }
    json.end_array();
    if (review.cash.payback)
      json.key("payback").value(base::iso_date(*review.cash.payback));
    else
      json.key("payback").null();
  }

  void summary() {
    const optimise::Recommendation& r = review.recommendation;
    const inventory::Inventory& inventory = *model.inventory;
    json.key("organisation").value(inventory.organisation);
    json.key("currency").value(inventory.currency);
    json.key("horizon_years").raw(inventory.horizon_years.to_string());
    json.key("as_of").value(base::iso_date(model.review.date));
    json.key("as_of_source").value(model::name_of(model.review.source));
    json.key("discount_rate").raw(inventory.discount_rate.to_string());
    json.key("objective").value(optimise::name_of(r.objective));
    json.key("status").value(r.optimal ? "optimal" : "feasible");
    json.key("ended_by").value(ended_by_name(r.ended_by));
    json.key("tie_break").begin_object();
    json.key("order").begin_array();
    for (const std::string_view level : r.order)
      json.value(level);
    json.end_array();
    json.key("levels_proven").value(r.levels_proven);
    json.end_object();
    json.key("cost").begin_object();
    money("before", r.cost_before);
    money("after", r.cost_after);
    money("lower_bound", r.lower_bound);
    money("savings", r.cost_before - r.cost_after);
    json.key("savings_fraction").value(std::round(savings_fraction(r) * 1e4) / 1e4);
    money("retire", r.retire_costs);
    money("acquire", r.acquire_costs);
    json.end_object();
    json.key("apps").begin_object();
    json.key("before").value(r.apps_before);
    json.key("after").value(r.apps_after);
    json.key("lower_bound").value(r.apps_lower_bound);
    json.end_object();
    ids("keep", kept_apps(review));
    ids("retire", retired_apps(review));
    ids("add", added_candidates(review));
  }

  void consolidation() {
    const plan::ConsolidationPlan& plan = review.consolidation;
    json.key("consolidation").begin_array();
    for (const plan::Takeover& takeover : plan.takeovers) {
      const model::RequiredPair& pair = model.pairs[takeover.pair];
      json.begin_object();
      json.key("retire").value(model.id(takeover.retired));
      json.key("capability").value(model.capabilities[pair.capability]->id);
      json.key("business_unit").value(model.units[pair.unit]->id);
      if (takeover.successor)
        json.key("to").value(model.id(*takeover.successor));
      else
        json.key("to").null();
      json.key("wave").value(takeover.wave);
      json.end_object();
    }
    json.end_array();
    json.key("waves").begin_array();
    for (const std::string& wave : plan.waves) {
      json.begin_object();
      json.key("wave").value(wave);
      json.key("retire").begin_array();
      for (const int a : retired_apps(review)) {
        if (plan::wave_of(model, a) == wave)
          json.value(model.id(a));
      }
      json.end_array();
      json.end_object();
    }
    json.end_array();
    json.key("repoint").begin_array();
    for (const plan::Repoint& repoint : plan.repoints) {
      json.begin_object();
      json.key("retire").value(model.id(repoint.retired));
      json.key("integration").value(model.id(repoint.partner));
      ids("to", repoint.successors);
      json.end_object();
    }
    json.end_array();
  }

  void gaps() {
    json.key("gaps").begin_array();
    for (const model::Gap& gap : model.gaps) {
      json.begin_object();
      json.key("capability").value(model.capabilities[gap.capability]->id);
      json.key("business_unit").value(model.units[gap.unit]->id);
      channel_or_null("channel", gap.channel);
      json.key("missing").value(gap.missing);
      json.end_object();
    }
    json.end_array();
  }

  void policies() {
    json.key("policies").begin_array();
    for (const plan::PolicyOutcome& outcome : review.policies) {
      json.begin_object();
      json.key("policy").value(plan::name_of(outcome.kind));
      if (outcome.capability)
        json.key("capability").value(model.capabilities[*outcome.capability]->id);
      if (outcome.has_limit())
        json.key("limit").value(outcome.limit);
      const plan::Listed listed = outcome.listed();
      const auto list = [&](std::string_view key, const std::vector<int>& items) {
        json.key(key).begin_array();
        for (const int item : items)
          json.value(listed == plan::Listed::journeys ? review.journeys[item].journey->id
                     : listed == plan::Listed::units  ? model.units[item]->id
                                                      : model.id(item));
        json.end_array();
      };
      const bool counted = outcome.kind == plan::PolicyKind::max_providers;
      list(counted ? "providers_today" : "breaches_today", outcome.today);
      list(counted ? "providers_after" : "breaches_after", outcome.after);
      json.key("met_today").value(outcome.met_today());
      json.key("met_after").value(outcome.met_after());
      if (outcome.listed() == plan::Listed::products) {
        json.key("candidates_after").begin_array();
        for (const int p : outcome.candidates_after)
          json.value(model.id(p));
        json.end_array();
      }
      if (counted) {
        json.key("needed_by").begin_array();
        for (const plan::ProviderNeed& need : outcome.needs) {
          json.begin_object();
          json.key("provider").value(model.id(need.product));
          json.key("business_unit").value(model.units[need.unit]->id);
          channel_or_null("channel", need.channel);
          json.key("min_providers").value(need.min_providers);
          json.end_object();
        }
        json.end_array();
      }
      json.end_object();
    }
    json.end_array();
  }

  void journeys() {
    json.key("journeys").begin_array();
    for (const plan::JourneyView& view : review.journeys) {
      const inventory::Journey& journey = *view.journey;
      json.begin_object();
      json.key("journey").value(journey.id);
      if (journey.business_unit)
        json.key("business_unit").value(journey.business_unit->id);
      else
        json.key("business_unit").null();
      ids("systems_today", view.systems_today);
      ids("systems_after", view.systems_after);
      json.key("handoffs_today").value(view.handoffs_today);
      json.key("handoffs_after").value(view.handoffs_after);
      json.key("handoffs_after_integration").value(view.handoffs_after_integration);
      json.key("steps").begin_array();
      for (std::size_t s = 0; s < journey.steps.size(); ++s) {
        json.begin_object();
        json.key("name").value(journey.steps[s].name);
        json.key("apps_today").begin_array();
        for (const inventory::Reference& app : journey.steps[s].apps)
          json.value(app.id);
        json.end_array();
        ids("apps_after", view.steps_after[s]);
        json.key("unserved").begin_array();
        for (const int c : view.unserved_after[s])
          json.value(model.capabilities[c]->id);
        json.end_array();
        json.key("actor").value(inventory::name_of(journey.steps[s].actor));
        json.end_object();
      }
      json.end_array();
      json.end_object();
    }
    json.end_array();
  }

  // Right-size, then integrate: the plan for the chosen mix, and the
  // agents' systems per unit.
  void integration() {
    const plan::IntegrationPlan& plan = review.integration;
    json.key("integration").begin_object();
    json.key("count").value(static_cast<std::int64_t>(plan.to_build.size()));
    money("cost", plan.cost);
    json.key("proven").value(plan.proven);
    json.key("handoffs").value(plan.handoffs);
    json.end_object();
    json.key("integrations_to_build").begin_array();
    for (const plan::IntegrationToBuild& integration : plan.to_build) {
      json.begin_object();
      json.key("between").begin_array();
      json.value(model.id(integration.between.first));
      json.value(model.id(integration.between.second));
      json.end_array();
      json.key("journeys").begin_array();
      for (const int j : integration.journeys)
        json.value(review.journeys[j].journey->id);
      json.end_array();
      json.key("handoffs").value(integration.handoffs);
      json.end_object();
    }
    json.end_array();
    json.key("agent_systems").begin_array();
    for (const plan::AgentSystems& systems : review.agents) {
      json.begin_object();
      json.key("business_unit").value(model.units[systems.unit]->id);
      json.key("today").value(static_cast<std::int64_t>(systems.today.size()));
      json.key("after").value(static_cast<std::int64_t>(systems.after.size()));
      ids("apps_today", systems.today);
      ids("apps_after", systems.after);
      json.end_object();
    }
    json.end_array();
  }

  void products() {
    json.key("time").begin_array();
    for (int p = 0; p < model.num_products(); ++p) {
      json.begin_object();
      json.key("id").value(model.id(p));
      json.key("kind").value(model.is_candidate(p) ? "candidate" : "app");
      json.key("decision").value(decision_name(review, p));
      json.key("class").value(analysis::name_of(review.time_classes[p]));
      json.end_object();
    }
    json.end_array();
    const plan::FeedbackPlatforms& feedback = review.feedback;
    json.key("feedback_platforms").begin_object();
    ids("today", feedback.today);
    ids("after", feedback.after);
    json.key("unsanctioned").begin_object();
    json.key("today").value(feedback.unsanctioned_today);
    json.key("after").value(feedback.unsanctioned_after);
    json.end_object();
    json.key("personal_data").begin_object();
    json.key("today").value(feedback.personal_today);
    json.key("after").value(feedback.personal_after);
    json.end_object();
    json.end_object();
  }

  // The cost–apps frontier and the decision margins, when asked for.
  void frontier_and_margins() {
    if (review.frontier) {
      json.key("frontier").begin_array();
      for (const optimise::FrontierPoint& point : review.frontier->points) {
        json.begin_object();
        json.key("apps").value(point.apps);
        money("cost", point.cost);
        money("lower_bound", point.lower_bound);
        json.key("proven").value(point.proven);
        json.end_object();
      }
      json.end_array();
    }
    if (review.margins) {
      json.key("margins").begin_array();
      for (const optimise::Margin& margin : review.margins->items) {
        json.begin_object();
        json.key("id").value(model.id(margin.product));
        json.key("decision").value(decision_name(review, margin.product));
        if (margin.price)
          money("price", *margin.price);
        else
          json.key("price").null();
        json.key("proven").value(margin.proven);
        json.key("required").value(margin.required);
        json.end_object();
      }
      json.end_array();
    }
  }

  void what_if() {
    const optimise::Recommendation& r = review.recommendation;
    json.key("forced").begin_array();
    for (const optimise::ForcedPrice& forced : r.forced) {
      json.begin_object();
      json.key("id").value(model.id(forced.what_if.product));
      const bool keep = forced.what_if.decision == model::Decision::keep;
      json.key("decision").value(keep ? "keep" : "retire");
      money("price", forced.price);
      json.key("proven").value(forced.proven);
      json.end_object();
    }
    json.end_array();
    json.key("greedy").begin_object();
    money("cost", r.greedy_cost);
    json.end_object();
    json.key("statistics").begin_object();
    json.key("solves").value(r.solves);
    json.key("face_columns").value(r.face_columns);
    json.key("nodes").value(static_cast<std::int64_t>(r.nodes));
    json.key("subgradient_iterations").value(static_cast<std::int64_t>(r.iterations));
    json.key("seconds").value(std::round(r.seconds * 1e3) / 1e3);
    if (review.frontier) {
      json.key("frontier_nodes").value(static_cast<std::int64_t>(review.frontier->nodes));
      json.key("frontier_ended_by").value(ended_by_name(review.frontier->ended_by));
    }
    if (review.margins) {
      json.key("margins_without_search").value(review.margins->proven_by_bounds);
      json.key("margins_searched").value(review.margins->searched);
    }
    json.end_object();
  }
};

}  // namespace

std::string write_recommend_json(const plan::Review& review, const Provenance& provenance) {
  Writer writer{review, *review.model, JsonWriter{}};
  JsonWriter& json = writer.json;
  json.begin_object();
  write_provenance(json, provenance);
  writer.summary();
  writer.consolidation();
  writer.gaps();
  writer.policies();
  writer.journeys();
  writer.products();
  writer.what_if();
  writer.time();
  writer.integration();
  writer.frontier_and_margins();
  json.end_object();
  return json.str();
}

}  // namespace appmix::report
