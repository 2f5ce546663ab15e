#include "report/review_tables.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/recommend_facts.h"
#include "report/review_facts.h"
#include "report/review_outline.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string money(const plan::Review& review, std::int64_t minor_units) {
  return review.model->inventory->currency + " " + money_for_people(review, minor_units);
}

ReviewCell text(std::string value) {
  ReviewCell cell;
  cell.text = std::move(value);
  return cell;
}

ReviewCell number(long long value) {
  return text(base::with_thousands(value));
}

ReviewCell product(int p) {
  ReviewCell cell;
  cell.products = {p};
  return cell;
}

ReviewCell names(std::vector<int> products, std::size_t limit = 8) {
  ReviewCell cell;
  cell.products = std::move(products);
  cell.product_list = true;
  cell.limit = limit;
  if (cell.products.empty())
    cell.text = "none";
  return cell;
}

std::string count_more(std::size_t shown, std::size_t all, std::string_view what) {
  return all > shown ? fmt::format("and {} more{}",
                                   base::with_thousands(static_cast<long long>(all - shown)), what)
                     : std::string();
}

// One of the product tables of the recommendation.
enum class Decision { retire, add, keep };

ReviewTable products_table(const plan::Review& review, Decision decision) {
  const model::PortfolioModel& model = *review.model;
  const std::vector<int> products =
      by_annual_cost(model, decision == Decision::retire ? retired_apps(review)
                            : decision == Decision::add  ? added_candidates(review)
                                                         : kept_apps(review));
  ReviewTable table;
  table.columns = {{"app"}, {"annual cost", true}};
  if (decision == Decision::retire)
    table.columns.insert(table.columns.end(),
                         {{"retire cost", true}, {"wave", false, true}, {"used by"}});
  if (decision == Decision::add)
    table.columns.insert(table.columns.end(), {{"acquire cost", true}, {"takes over from"}});
  table.columns.push_back({"TIME", false, true});
  const bool any_forced = std::any_of(products.begin(), products.end(),
                                      [&](int p) { return !forced_label(review, p).empty(); });
  if (any_forced)
    table.columns.push_back({"forced"});
  std::int64_t rest_cost = 0;
  for (std::size_t i = 0; i < products.size(); ++i) {
    const int p = products[i];
    if (i >= kTopRows) {
      rest_cost += model.products[p]->annual_cost;
      continue;
    }
    std::vector<ReviewCell> row = {product(p), text(money(review, model.products[p]->annual_cost))};
    if (decision == Decision::retire) {
      std::vector<std::string> units;
      for (const int u : model.product_units[p])
        units.push_back(model.units[u]->name);
      row.push_back(text(money(review, model.app(p).retire_cost)));
      row.push_back(text(plan::wave_of(model, p)));
      row.push_back(text(units.size() > 6 ? fmt::format("{} units", units.size())
                                          : fmt::format("{}", fmt::join(units, ", "))));
    }
    if (decision == Decision::add) {
      row.push_back(text(money(review, model.candidate(p).acquire_cost)));
      row.push_back(names(predecessors(review, p), 5));
    }
    row.push_back(text(std::string(analysis::name_of(review.time_classes[p]))));
    if (any_forced)
      row.push_back(text(std::string(forced_label(review, p))));
    table.rows.push_back(std::move(row));
  }
  if (products.size() > kTopRows)
    table.more = count_more(kTopRows, products.size(),
                            fmt::format(", {} a year together", money(review, rest_cost)));
  return table;
}

std::vector<ReviewCell> privacy_row(const plan::Review& review, int p) {
  const inventory::Product& product_ = *review.model->products[p];
  std::vector<std::string> data;
  for (const inventory::DataClass d : product_.data)
    data.push_back(std::string(inventory::name_of(d)));
  ReviewCell sanctioned = text(product_.sanctioned ? "yes" : "no");
  sanctioned.tone = product_.sanctioned ? Tone::plain : Tone::bad;
  return {product(p), sanctioned, text(fmt::format("{}", fmt::join(data, ", "))),
          text(std::string(decision_name(review, p)))};
}

ReviewTable privacy_table(const plan::Review& review, const std::vector<int>& products,
                          std::string first_header, std::string_view what_more) {
  ReviewTable table;
  table.columns = {{std::move(first_header)}, {"sanctioned"}, {"data held"}, {"decision"}};
  for (std::size_t i = 0; i < products.size() && i < kTopRows; ++i)
    table.rows.push_back(privacy_row(review, products[i]));
  table.more = count_more(kTopRows, products.size(), what_more);
  return table;
}

}  // namespace

ReviewTable retire_table(const plan::Review& review) {
  return products_table(review, Decision::retire);
}
ReviewTable add_table(const plan::Review& review) {
  return products_table(review, Decision::add);
}
ReviewTable keep_table(const plan::Review& review) {
  return products_table(review, Decision::keep);
}

ReviewTable forced_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"decision"}, {"product"}, {"price", true}};
  for (const optimise::ForcedPrice& forced : review.recommendation.forced) {
    table.rows.push_back(
        {text(forced.what_if.decision == model::Decision::keep ? "keep (--keep)"
                                                               : "retire (--retire)"),
         product(forced.what_if.product),
         text(review.model->inventory->currency + " " + signed_money(review, forced.price) +
              (forced.proven ? "" : " (not proven)"))});
  }
  return table;
}

ReviewTable frontier_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"at most", true}, {"least cost", true}, {"vs recommended", true}, {"proven"}};
  if (!review.frontier)
    return table;
  for (const optimise::FrontierPoint& point : review.frontier->points) {
    std::string apps = base::counted(point.apps, "app", "apps");
    if (point.apps == review.recommendation.apps_after)
      apps += " (recommended)";
    table.rows.push_back(
        {text(apps), text(money(review, point.cost)),
         text(signed_money(review, point.cost - review.recommendation.cost_after)),
         text(point.proven ? "yes" : "bound " + money(review, point.lower_bound))});
  }
  return table;
}

ReviewTable closest_decisions_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {
      {"decision", false, true}, {"product"}, {"price of the opposite", true}, {"in words"}};
  const std::vector<const optimise::Margin*> closest = closest_margins(review, kTopRows);
  for (const optimise::Margin* margin : closest) {
    table.rows.push_back(
        {text(std::string(decision_name(review, margin->product))), product(margin->product),
         text(money(review, *margin->price) + (margin->proven ? "" : " (at least)")),
         text(margin_sentence(review, *margin))});
  }
  if (review.margins) {
    std::size_t required = 0;
    for (const optimise::Margin& margin : review.margins->items)
      required += margin.required;
    const std::size_t rest = review.margins->items.size() - required - closest.size();
    if (rest > 0 || required > 0)
      table.more = fmt::format(
          "and {} more with larger margins; {} (retiring one would leave a requirement short)",
          base::with_thousands(static_cast<long long>(rest)),
          base::counted(static_cast<long long>(required), "app required", "apps required"));
  }
  return table;
}

ReviewTable waves_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"wave", false, true},
                   {"apps retired"},
                   {"running cost ended", true},
                   {"one-off retire cost", true},
                   {"capabilities moved", true}};
  for (const WaveSummary& wave : wave_summaries(review)) {
    table.rows.push_back({text(wave.wave), names(by_annual_cost(*review.model, wave.retired)),
                          text(money(review, wave.annual_cost) + " / yr"),
                          text(money(review, wave.retire_cost)), number(wave.takeovers)});
  }
  return table;
}

ReviewTable cash_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"year", true},  {"from", false, true}, {"to", false, true}, {"before", true},
                   {"after", true}, {"savings", true},     {"cumulative", true}};
  for (const plan::CashYear& year : review.cash.years) {
    ReviewCell cumulative = text(signed_money(review, year.cumulative));
    cumulative.tone = year.cumulative < 0 ? Tone::bad : Tone::good;
    table.rows.push_back(
        {number(year.year), text(base::iso_date(year.from)), text(base::iso_date(year.to)),
         text(money_for_people(review, year.before)), text(money_for_people(review, year.after)),
         text(signed_money(review, year.savings)), cumulative});
  }
  return table;
}

ReviewTable notices_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"notice by", false, true},
                   {"app"},
                   {"leaves", false, true},
                   {"contract end", false, true},
                   {"renewals", true}};
  const std::vector<plan::Notice>& all = review.notices;
  for (std::size_t i = 0; i < all.size() && i < kTopRows; ++i) {
    const plan::Notice& notice = all[i];
    ReviewCell due = text(base::iso_date(notice.notice_by));
    if (notice.days_left <= plan::kNoticeSoonDays) {
      due.tone = Tone::bad;
      due.note = fmt::format("due in {}", base::counted(notice.days_left, "day", "days"));
    }
    table.rows.push_back({due, product(notice.app), text(base::iso_date(notice.exit)),
                          text(base::iso_date(notice.contract_end)), number(notice.renewals)});
  }
  table.more = count_more(kTopRows, all.size(), " notices");
  return table;
}

ReviewTable repoints_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"retired app"}, {"integrated with"}, {"connect instead to"}};
  const std::vector<plan::Repoint>& all = review.consolidation.repoints;
  for (std::size_t i = 0; i < all.size() && i < kTopRows; ++i)
    table.rows.push_back(
        {product(all[i].retired), product(all[i].partner), names(all[i].successors)});
  table.more = count_more(kTopRows, all.size(), "");
  return table;
}

ReviewTable time_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {
      {"TIME class"}, {"apps today", true}, {"kept", true}, {"retired", true}, {"added", true}};
  for (const TimeCounts::Row& row : time_counts(review).rows) {
    table.rows.push_back({text(std::string(analysis::name_of(row.time_class))), number(row.today),
                          number(row.kept), number(row.retired), number(row.added)});
  }
  return table;
}

ReviewTable feedback_table(const plan::Review& review) {
  std::vector<int> platforms = review.feedback.today;
  for (const int p : review.feedback.after) {
    if (review.model->is_candidate(p))
      platforms.push_back(p);
  }
  return privacy_table(review, platforms, "feedback platform", " platforms");
}

ReviewTable exposed_table(const plan::Review& review) {
  return privacy_table(review, unsanctioned_personal(review), "app", "");
}

ReviewTable journeys_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"journey"},     {"systems today", true},
                   {"after", true}, {"hand-offs today", true},
                   {"after", true}, {"systems after"}};
  for (const std::size_t i : journeys_to_show(review)) {
    const plan::JourneyView& view = review.journeys[i];
    table.rows.push_back({text(view.journey->name.empty() ? view.journey->id : view.journey->name),
                          number(static_cast<long long>(view.systems_today.size())),
                          number(static_cast<long long>(view.systems_after.size())),
                          number(view.handoffs_today), number(view.handoffs_after),
                          names(view.systems_after, 6)});
  }
  table.more =
      count_more(kTopRows, review.journeys.size(), " journeys, touching fewer systems today");
  return table;
}

ReviewTable integrations_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"integrate"}, {"with"}, {"journeys"}, {"hand-offs joined", true}};
  const std::vector<plan::IntegrationToBuild>& all = review.integration.to_build;
  for (std::size_t i = 0; i < all.size() && i < kTopRows; ++i) {
    std::vector<std::string> journeys;
    for (const int j : all[i].journeys) {
      const inventory::Journey& journey = *review.journeys[j].journey;
      journeys.push_back(journey.name.empty() ? journey.id : journey.name);
    }
    table.rows.push_back({product(all[i].between.first), product(all[i].between.second),
                          text(fmt::format("{}", fmt::join(journeys, ", "))),
                          number(all[i].handoffs)});
  }
  table.more = count_more(kTopRows, all.size(), " integrations");
  return table;
}

ReviewTable agents_table(const plan::Review& review) {
  const model::PortfolioModel& model = *review.model;
  const auto& policy = model.inventory->policies.max_agent_systems;
  ReviewTable table;
  table.columns = {{"business unit"}, {"today", true}, {"after", true}, {"systems after"}};
  for (const plan::AgentSystems& systems : review.agents) {
    ReviewCell after = number(static_cast<long long>(systems.after.size()));
    if (policy)
      after.tone = static_cast<int>(systems.after.size()) > policy->value ? Tone::bad : Tone::good;
    table.rows.push_back(
        {text(model.units[systems.unit]->name.empty() ? model.units[systems.unit]->id
                                                      : model.units[systems.unit]->name),
         number(static_cast<long long>(systems.today.size())), after, names(systems.after, 6)});
  }
  return table;
}

ReviewTable gaps_table(const plan::Review& review) {
  const model::PortfolioModel& model = *review.model;
  ReviewTable table;
  table.columns = {{"capability"}, {"business unit"}, {"channel"}, {"providers missing", true}};
  for (std::size_t i = 0; i < model.gaps.size() && i < kTopRows; ++i) {
    const model::Gap& gap = model.gaps[i];
    table.rows.push_back(
        {text(model.capabilities[gap.capability]->name), text(model.units[gap.unit]->name),
         text(gap.channel ? model.channels[*gap.channel]->name : ""), number(gap.missing)});
  }
  table.more = count_more(kTopRows, model.gaps.size(), " gaps");
  return table;
}

ReviewTable policies_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"policy"}, {"today"}, {"after"}, {"met after"}};
  for (const plan::PolicyOutcome& outcome : review.policies) {
    const PolicyFigures figures = policy_figures(review, outcome);
    ReviewCell met = text(outcome.met_after() ? "yes" : "no");
    met.tone = outcome.met_after() ? Tone::good : Tone::bad;
    table.rows.push_back({text(figures.subject), text(figures.today), text(figures.after), met});
  }
  return table;
}

ReviewTable findings_table(const base::Diagnostics& findings) {
  ReviewTable table;
  table.columns = {{"severity"}, {"rule"}, {"finding"}};
  for (std::size_t i = 0; i < findings.size() && i < kTopRows; ++i) {
    const base::Diagnostic& d = findings[i];
    ReviewCell rule = text(d.rule);
    rule.code = true;
    ReviewCell message = text(d.message);
    message.note = d.location.line > 0 ? fmt::format("{}:{}", d.location.file, d.location.line)
                                       : d.location.file;
    table.rows.push_back({text(std::string(base::severity_name(d.severity))), rule, message});
  }
  table.more = count_more(kTopRows, findings.size(), ": run appmix check for all of them");
  return table;
}

ReviewTable similar_pairs_table(const plan::Review& review, const analysis::Overlap& overlap) {
  ReviewTable table;
  table.columns = {{"app"}, {"overlaps with"}, {"shared capabilities", true}, {"similarity", true}};
  const auto app = [&](analysis::AppIndex index) {
    const std::optional<int> p = review.model->find_product(overlap.portfolio.app_ids[index]);
    return p ? product(*p) : text(overlap.portfolio.app_ids[index]);
  };
  const std::size_t shown = std::min(overlap.pairs.size(), std::size_t{10});
  for (std::size_t i = 0; i < shown; ++i) {
    const analysis::AppPair& pair = overlap.pairs[i];
    table.rows.push_back({app(pair.first), app(pair.second),
                          text(fmt::format("{} of {}", pair.shared, pair.combined)),
                          text(fmt::format("{:.0f} %", pair.jaccard_4dp / 100.0))});
  }
  table.more = count_more(shown, overlap.matching_pairs, " pairs");
  return table;
}

ReviewTable model_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"the model"}, {"", true}};
  for (auto& [what, value] : model_figures(review))
    table.rows.push_back({text(what), text(value)});
  return table;
}

ReviewTable search_table(const plan::Review& review) {
  ReviewTable table;
  table.columns = {{"the search"}, {""}};
  for (auto& [what, value] : search_figures(review))
    table.rows.push_back({text(what), text(value)});
  return table;
}

}  // namespace appmix::report
