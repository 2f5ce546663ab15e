// Text form of `recommend`: a review a Chief Customer Officer reads in two
// minutes (docs/recommend.md shows it). Decision and
// money first, then the plan, then the reasons; aligned tables, thousands
// separators, the currency; colour only when asked for (a terminal).
#include <fmt/format.h>

#include <map>
#include <set>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/escape.h"
#include "report/recommend_facts.h"
#include "report/recommend_writers.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kGreen = "\x1b[32m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kCyan = "\x1b[36m";
constexpr std::string_view kReset = "\x1b[0m";

// Lists longer than this show their first items and "and N more".
constexpr std::size_t kListedIds = 12;
// The frontier table shows at most this many of its points.
constexpr int kFrontierRows = 10;

class TextWriter {
 public:
  TextWriter(const plan::Review& review, bool color)
      : review_(review), model_(*review.model), r_(review.recommendation), color_(color) {}

  std::string write() {
    header();
    figures();
    cash();
    decisions();
    consolidation();
    integrate();
    frontier();
    closest_decisions();
    notices();
    reasons();
    return out_;
  }

 private:
  std::string paint(std::string_view style, std::string_view text) const {
    return color_ ? fmt::format("{}{}{}", style, text, kReset) : std::string(text);
  }
  std::string id(int product) const { return terminal_text(model_.id(product)); }
  std::string capability(int c) const { return terminal_text(model_.capabilities[c]->id); }
  std::string unit(int u) const { return terminal_text(model_.units[u]->id); }
  std::string channel(int c) const { return terminal_text(model_.channels[c]->id); }

  std::string id_list(const std::vector<int>& products, bool with_forced) const {
    std::string text;
    for (std::size_t k = 0; k < products.size() && k < kListedIds; ++k) {
      if (k > 0)
        text += ", ";
      text += id(products[k]);
      const std::string_view label = forced_label(review_, products[k]);
      if (with_forced && !label.empty())
        text += fmt::format(" ({})", label);
    }
    if (products.size() > kListedIds)
      text += fmt::format(", and {} more", base::with_thousands(products.size() - kListedIds));
    return text.empty() ? "none" : text;
  }

  // "Label (n)     text", the label column 15 wide as in a review.
  void labelled(std::string_view label, std::string_view text) {
    out_ += fmt::format("{}{}{}\n", paint(kBold, label),
                        std::string(label.size() < 15 ? 15 - label.size() : 1, ' '), text);
  }
  void continued(std::string_view text) { out_ += fmt::format("{:15}{}\n", "", text); }

  std::string years() const { return model_.inventory->horizon_years.to_string(); }

  void header() {
    const inventory::Inventory& inventory = *model_.inventory;
    out_ += paint(kBold, fmt::format("{} — right-sized customer-facing app mix",
                                     terminal_text(inventory.organisation)));
    out_ += "\n";
    std::string status;
    if (r_.optimal) {
      status = r_.objective == optimise::ObjectiveKind::cost
                   ? "optimal (lower bound = cost, proven)"
                   : "optimal (fewest apps, proven)";
    } else {
      status = fmt::format("feasible, not proven optimal: lower bound {} ({}; {:.2f}% from cost)",
                           money_for_people(review_, r_.lower_bound), ended_by_name(r_.ended_by),
                           r_.cost_after > 0 ? 100.0 * (r_.cost_after - r_.lower_bound) /
                                                   static_cast<double>(r_.cost_after)
                                             : 0.0);
    }
    out_ += fmt::format("horizon {} years · {} · objective: {} · {}\n", years(),
                        terminal_text(inventory.currency), optimise::name_of(r_.objective), status);
    if (r_.levels_proven > 0 && r_.levels_proven < static_cast<int>(r_.order.size())) {
      out_ += fmt::format(
          "tie-break among equal mixes proven for {}; later ({}) by the solver's "
          "fixed order\n",
          fmt::join(r_.order.begin(), r_.order.begin() + r_.levels_proven, ", "),
          fmt::join(r_.order.begin() + r_.levels_proven, r_.order.end(), ", "));
    }
    out_ += "\n";
  }

  void figures() {
    TextTable table({{"", Align::left},
                     {"today", Align::right},
                     {"recommended", Align::right},
                     {"change", Align::right},
                     {"", Align::left}});
    table.add_row({"apps", base::with_thousands(r_.apps_before),
                   base::with_thousands(r_.apps_after),
                   base::with_thousands(r_.apps_after - r_.apps_before)});
    const std::int64_t change = r_.cost_after - r_.cost_before;
    table.add_row(
        {fmt::format("cost ({} years)", years()), money_for_people(review_, r_.cost_before),
         money_for_people(review_, r_.cost_after), signed_money(review_, change),
         r_.cost_before > 0 ? fmt::format("({:+.1f}%)", -100.0 * savings_fraction(r_)) : ""});
    out_ += table.render(2, 2);
    out_ += fmt::format("    of which one-off: retire {} · acquire {}\n",
                        money_for_people(review_, r_.retire_costs),
                        money_for_people(review_, r_.acquire_costs));
    out_ += fmt::format("    {}\n\n", money_assumption(review_));
  }

  // The cash view: nominal money by horizon year, then the payback date.
  void cash() {
    const plan::CashView& cash = review_.cash;
    TextTable table({{"year", Align::left},
                     {"from", Align::left},
                     {"to", Align::left},
                     {"before", Align::right},
                     {"after", Align::right},
                     {"savings", Align::right},
                     {"cumulative", Align::right}});
    for (const plan::CashYear& year : cash.years) {
      table.add_row({std::to_string(year.year), base::iso_date(year.from), base::iso_date(year.to),
                     money_for_people(review_, year.before), money_for_people(review_, year.after),
                     signed_money(review_, year.savings), signed_money(review_, year.cumulative)});
    }
    out_ += paint(kBold, "Cash by year") + " (nominal, " +
            terminal_text(model_.inventory->currency) + ")\n";
    out_ += table.render(2, 2);
    if (cash.payback) {
      out_ += fmt::format("  payback {}: cumulative savings stay at or above zero from then\n\n",
                          base::iso_date(*cash.payback));
    } else {
      out_ += "  no payback within the horizon: cumulative savings end below zero\n\n";
    }
  }

  // The cost–apps frontier, shortened to at most kFrontierRows rows (both
  // ends kept): could the mix have fewer apps, and at what price?
  void frontier() {
    if (!review_.frontier || review_.frontier->points.empty())
      return;
    const std::vector<optimise::FrontierPoint>& points = review_.frontier->points;
    out_ += paint(kBold, "Fewer apps") +
            fmt::format(" (least cost of a mix of at most N apps; {} today)\n", r_.apps_before);
    TextTable table({{"apps", Align::right},
                     {"least cost", Align::right},
                     {"vs recommended", Align::right},
                     {"", Align::left}});
    for (const int k :
         optimise::spread_evenly(0, static_cast<int>(points.size()) - 1, kFrontierRows)) {
      const optimise::FrontierPoint& point = points[k];
      std::string note =
          point.proven ? "" : "bound " + money_for_people(review_, point.lower_bound);
      if (point.apps == r_.apps_after)
        note = note.empty() ? "recommended" : "recommended, " + note;
      table.add_row({std::to_string(point.apps), money_for_people(review_, point.cost),
                     signed_money(review_, point.cost - r_.cost_after), note});
    }
    out_ += table.render(2, 2);
    out_ += "\n";
  }

  // The five decisions a cheaper quote would change first.
  void closest_decisions() {
    if (!review_.margins)
      return;
    const std::vector<const optimise::Margin*> closest = closest_margins(review_, 5);
    out_ += paint(kBold, "Closest decisions") + " (the price of the opposite decision)\n";
    if (review_.margins->items.empty())
      out_ += "  none: every product is locked or forced, so the optimisation decided nothing\n";
    else if (closest.empty())
      out_ += "  none: every decision the optimisation took is required\n";
    for (const optimise::Margin* margin : closest)
      out_ += "  " + terminal_text(margin_sentence(review_, *margin)) + "\n";
    int required = 0;
    for (const optimise::Margin& margin : review_.margins->items)
      required += margin.required;
    if (required > 0)
      out_ += fmt::format("  {} required: retiring one would leave a requirement short\n",
                          base::counted(required, "app is", "apps are"));
    out_ += "\n";
  }

  // Right-size, then integrate: what to build for the chosen mix, the
  // journeys' hand-offs before and after, and the agents' systems.
  void integrate() {
    if (review_.journeys.empty())
      return;
    const plan::IntegrationPlan& plan = review_.integration;
    out_ += paint(kBold, "Then integrate") +
            " (the mix was chosen first; these integrations are planned for it)\n";
    if (plan.to_build.empty()) {
      out_ +=
          "  no new integration needed: an existing or re-pointed integration joins every "
          "hand-off after the mix\n";
    } else {
      out_ += fmt::format("  build {}, one-off {}{}, joining {}\n",
                          base::counted(static_cast<long long>(plan.to_build.size()), "integration",
                                        "integrations"),
                          money_for_people(review_, plan.cost),
                          plan.proven ? " (proven least)" : " (not proven)",
                          base::counted(plan.handoffs, "hand-off", "hand-offs"));
      TextTable table({{}, {}});
      for (std::size_t k = 0; k < plan.to_build.size() && k < kListedIds; ++k) {
        const plan::IntegrationToBuild& integration = plan.to_build[k];
        std::vector<std::string> journeys;
        for (const int j : integration.journeys)
          journeys.push_back(terminal_text(review_.journeys[j].journey->id));
        table.add_row({fmt::format("{} ↔ {}", paint(kCyan, id(integration.between.first)),
                                   paint(kCyan, id(integration.between.second))),
                       fmt::format("{} ({})", fmt::join(journeys, ", "),
                                   base::counted(integration.handoffs, "hand-off", "hand-offs"))});
      }
      out_ += table.render(4, 4);
      if (plan.to_build.size() > kListedIds)
        out_ += fmt::format("    and {} more\n",
                            base::with_thousands(plan.to_build.size() - kListedIds));
    }
    TextTable journeys({{}, {"", Align::right}});
    for (std::size_t k = 0; k < review_.journeys.size() && k < kListedIds; ++k) {
      const plan::JourneyView& view = review_.journeys[k];
      journeys.add_row({terminal_text(view.journey->id),
                        fmt::format("{} → {} → {}", view.handoffs_today, view.handoffs_after,
                                    view.handoffs_after_integration)});
    }
    out_ += "  hand-offs no integration joins: today → after the mix → after integrating\n";
    out_ += journeys.render(4, 4);
    if (!review_.agents.empty()) {
      const auto& limit = model_.inventory->policies.max_agent_systems;
      out_ += fmt::format("  agent systems per unit: today → after{}\n",
                          limit ? fmt::format(" (policy: at most {})", limit->value) : "");
      TextTable agents({{}, {"", Align::right}});
      for (const plan::AgentSystems& systems : review_.agents) {
        agents.add_row({unit(systems.unit),
                        fmt::format("{} → {}", systems.today.size(), systems.after.size())});
      }
      out_ += agents.render(4, 4);
    }
    out_ += "\n";
  }

  // The notices calendar: the next deadlines first; one due within 30 days
  // of the review date stands out.
  void notices() {
    const std::vector<plan::Notice>& notices = review_.notices;
    if (notices.empty())
      return;
    out_ += paint(kBold, "Notices") + " (give notice by the date, or the contract renews)\n";
    TextTable table({{}, {}, {}, {}});
    for (std::size_t k = 0; k < notices.size() && k < kListedIds; ++k) {
      const plan::Notice& notice = notices[k];
      std::string when = fmt::format(
          "leaves {}{}", base::iso_date(notice.exit),
          notice.renewals == 0 ? std::string(" (contract end)")
                               : fmt::format(" ({} after contract end {})",
                                             base::counted(notice.renewals, "renewal", "renewals"),
                                             base::iso_date(notice.contract_end)));
      const bool soon = notice.days_left <= plan::kNoticeSoonDays;
      table.add_row({base::iso_date(notice.notice_by), id(notice.app), when,
                     soon ? paint(kRed, fmt::format("! due in {}",
                                                    base::counted(notice.days_left, "day", "days")))
                          : ""});
    }
    out_ += table.render(2, 2);
    if (notices.size() > kListedIds)
      out_ += fmt::format("  and {} more\n", base::with_thousands(notices.size() - kListedIds));
    out_ += "\n";
  }

  void decisions() {
    const std::vector<int> keep = kept_apps(review_), retire = retired_apps(review_),
                           add = added_candidates(review_);
    labelled(fmt::format("Keep ({})", keep.size()), id_list(keep, true));
    labelled(fmt::format("Retire ({})", retire.size()), id_list(retire, true));
    if (add.empty()) {
      labelled("Add (0)", "none");
    } else {
      // What each added candidate takes over: from how many retired apps.
      std::map<int, std::pair<std::set<int>, int>> taken;  // candidate -> (apps, pairs)
      for (const plan::Takeover& takeover : review_.consolidation.takeovers) {
        if (takeover.successor && model_.is_candidate(*takeover.successor)) {
          auto& entry = taken[*takeover.successor];
          entry.first.insert(takeover.retired);
          ++entry.second;
        }
      }
      for (std::size_t k = 0; k < add.size(); ++k) {
        std::string text = id(add[k]);
        const std::string_view label = forced_label(review_, add[k]);
        if (!label.empty())
          text += fmt::format(" ({})", label);
        if (const auto found = taken.find(add[k]); found != taken.end()) {
          text +=
              fmt::format(" — takes over {} requirement{} from {} retired app{}",
                          found->second.second, found->second.second == 1 ? "" : "s",
                          found->second.first.size(), found->second.first.size() == 1 ? "" : "s");
        }
        if (k == 0)
          labelled(fmt::format("Add ({})", add.size()), text);
        else
          continued(text);
      }
    }
    out_ += "\n";
  }

  // "help.tickets @ online, stores; help.chat @ online": a retired app's
  // pairs for one successor, grouped by capability.
  std::string pairs_text(const std::vector<int>& pairs) const {
    std::vector<std::string> groups;
    int capability_shown = -1;
    for (const int k : pairs) {
      const model::RequiredPair& pair = model_.pairs[k];
      if (pair.capability != capability_shown) {
        groups.push_back(fmt::format("{} @ {}", capability(pair.capability), unit(pair.unit)));
        capability_shown = pair.capability;
      } else {
        groups.back() += ", " + unit(pair.unit);
      }
    }
    return fmt::format("{}", fmt::join(groups, "; "));
  }

  void consolidation() {
    const plan::ConsolidationPlan& plan = review_.consolidation;
    if (plan.takeovers.empty() && plan.repoints.empty())
      return;
    out_ += paint(kBold, "Consolidation plan") + "\n";
    // One table for every wave, so the columns line up down the plan.
    TextTable table({{}, {}});
    std::set<int> listed;
    for (const std::string& wave : plan.waves) {
      table.add_row({wave == "none" ? "none (no contract end)" : wave, ""});
      for (const int a : retired_apps(review_)) {
        if (plan::wave_of(model_, a) != wave)
          continue;
        // Successor -> the pairs it takes from `a`, in plan order.
        std::map<std::optional<int>, std::vector<int>> by_successor;
        for (const plan::Takeover& takeover : plan.takeovers) {
          if (takeover.retired == a)
            by_successor[takeover.successor].push_back(takeover.pair);
        }
        if (by_successor.empty())
          table.add_row({fmt::format("  {} → nothing to take over", id(a)), ""});
        for (const auto& [successor, pairs] : by_successor) {
          const std::string to =
              successor ? paint(kCyan, id(*successor)) : paint(kRed, "nothing (gap)");
          table.add_row({fmt::format("  {} → {}", id(a), to), pairs_text(pairs)});
        }
        for (const plan::Repoint& repoint : plan.repoints) {
          if (repoint.retired != a)
            continue;
          std::vector<std::string> to;
          for (const int s : repoint.successors)
            to.push_back(id(s));
          table.add_row(
              {"", fmt::format("re-point integration: {} ↔ {}{}", id(a), id(repoint.partner),
                               to.empty() ? "" : fmt::format(" → {}", fmt::join(to, ", ")))});
        }
      }
    }
    out_ += table.render(2, 4);
    out_ += "\n";
  }

  void reasons() {
    gaps();
    policies();
    journeys();
    feedback();
    time_classes();
    what_if();
  }

  void gaps() {
    const auto& gaps = model_.gaps;
    if (gaps.empty()) {
      labelled("Gaps (0)", "none: every required capability is served");
      return;
    }
    for (std::size_t k = 0; k < gaps.size(); ++k) {
      const model::Gap& gap = gaps[k];
      std::string text = fmt::format("{} @ {}", capability(gap.capability), unit(gap.unit));
      if (gap.channel) {
        text += fmt::format(" on {}: no app or candidate serving it reaches the channel",
                            channel(*gap.channel));
      } else {
        const int min = model_.capabilities[gap.capability]->min_providers;
        text += gap.missing == min ? std::string(": no app or candidate provides it")
                                   : fmt::format(": {} provider{} short of min_providers {}",
                                                 gap.missing, gap.missing == 1 ? "" : "s", min);
      }
      if (k == 0)
        labelled(fmt::format("Gaps ({})", gaps.size()), text);
      else
        continued(text);
      if (k + 1 == kListedIds && gaps.size() > kListedIds) {
        continued(fmt::format("and {} more", base::with_thousands(gaps.size() - kListedIds)));
        break;
      }
    }
  }

  void policies() {
    std::vector<std::string> lines;
    for (const plan::PolicyOutcome& outcome : review_.policies) {
      if (outcome.kind == plan::PolicyKind::max_providers) {
        const int today = static_cast<int>(outcome.today.size());
        const int after = static_cast<int>(outcome.after.size());
        std::string line =
            fmt::format("max_providers {} = {}: ", capability(*outcome.capability), outcome.limit);
        if (outcome.met_after()) {
          line += fmt::format("met after ({} today)", today);
        } else {
          std::vector<std::string> needs;
          for (const plan::ProviderNeed& need : outcome.needs) {
            needs.push_back(
                need.channel
                    ? fmt::format("{} is the only one on {} for {}", id(need.product),
                                  channel(*need.channel), unit(need.unit))
                    : fmt::format("{} needs {} providers", unit(need.unit), need.min_providers));
          }
          std::sort(needs.begin(), needs.end());
          needs.erase(std::unique(needs.begin(), needs.end()), needs.end());
          line += fmt::format("{} after ({} today)", after, today);
          if (!needs.empty())
            line += fmt::format("; {}", fmt::join(needs, "; "));
        }
        lines.push_back(line);
      } else {
        const plan::Listed listed = outcome.listed();
        const auto count = [&](std::size_t n) {
          const auto many = static_cast<long long>(n);
          return listed == plan::Listed::journeys ? base::counted(many, "journey", "journeys")
                 : listed == plan::Listed::units  ? base::counted(many, "unit", "units")
                                                  : base::counted(many, "breach", "breaches");
        };
        std::string name(plan::name_of(outcome.kind));
        if (outcome.has_limit())
          name += fmt::format(" = {}", outcome.limit);
        const std::string breaches = listed != plan::Listed::products ? " over the limit" : "";
        std::string line = fmt::format("{}: {}{} today, {} after", name,
                                       count(outcome.today.size()), breaches, outcome.after.size());
        // An added candidate breaches only because a decision is still open
        // (whose it is, whether IT oversees it): say so, naming them.
        if (!outcome.candidates_after.empty()) {
          std::vector<std::string> ids;
          for (const int p : outcome.candidates_after)
            ids.push_back(id(p));
          line += fmt::format(
              " ({} of them added: {}; {})", outcome.candidates_after.size(), fmt::join(ids, ", "),
              outcome.kind == plan::PolicyKind::require_owner ? "name an owner for each"
                                                              : "sanction each before adding it");
        }
        lines.push_back(line);
      }
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (k == 0)
        labelled("Policies", lines[k]);
      else
        continued(lines[k]);
    }
  }

  void journeys() {
    std::size_t shown = 0;
    for (const plan::JourneyView& view : review_.journeys) {
      std::string text = fmt::format(
          "{}: {} system{} today → {}", terminal_text(view.journey->id), view.systems_today.size(),
          view.systems_today.size() == 1 ? "" : "s", view.systems_after.size());
      text += fmt::format("; hand-offs not integrated {} → {}", view.handoffs_today,
                          view.handoffs_after);
      int unserved = 0;
      for (const auto& step : view.unserved_after)
        unserved += static_cast<int>(step.size());
      if (unserved > 0)
        text +=
            fmt::format("; {} step capabilit{} unserved", unserved, unserved == 1 ? "y" : "ies");
      if (shown == 0)
        labelled("Journeys", text);
      else
        continued(text);
      if (++shown == kListedIds && review_.journeys.size() > kListedIds) {
        continued(
            fmt::format("and {} more", base::with_thousands(review_.journeys.size() - kListedIds)));
        break;
      }
    }
  }

  void feedback() {
    const plan::FeedbackPlatforms& f = review_.feedback;
    if (f.today.empty() && f.after.empty())
      return;
    labelled("Feedback data",
             fmt::format("{} platform{} hold x-data today → {}; unsanctioned {} → {}; "
                         "holding personal data {} → {}",
                         f.today.size(), f.today.size() == 1 ? "" : "s", f.after.size(),
                         f.unsanctioned_today, f.unsanctioned_after, f.personal_today,
                         f.personal_after));
  }

  void time_classes() {
    std::map<std::string_view, std::pair<int, int>> counts;  // class -> (kept, retired)
    for (int a = 0; a < model_.num_apps; ++a) {
      auto& entry = counts[analysis::name_of(review_.time_classes[a])];
      (r_.chosen[a] ? entry.first : entry.second) += 1;
    }
    std::vector<std::string> parts;
    for (const analysis::TimeClass c :
         {analysis::TimeClass::invest, analysis::TimeClass::migrate, analysis::TimeClass::tolerate,
          analysis::TimeClass::eliminate, analysis::TimeClass::unclassified}) {
      const auto found = counts.find(analysis::name_of(c));
      if (found == counts.end())
        continue;
      parts.push_back(fmt::format("{} {} (kept {}, retired {})", analysis::name_of(c),
                                  found->second.first + found->second.second, found->second.first,
                                  found->second.second));
    }
    labelled("TIME", parts.empty() ? "no apps" : fmt::format("{}", fmt::join(parts, " · ")));
  }

  void what_if() {
    for (std::size_t k = 0; k < r_.forced.size(); ++k) {
      const optimise::ForcedPrice& forced = r_.forced[k];
      const bool keep = forced.what_if.decision == model::Decision::keep;
      const std::string text = fmt::format(
          "--{} {}: {} over {} years{}", keep ? "keep" : "retire", id(forced.what_if.product),
          signed_money(review_, forced.price), years(), forced.proven ? "" : " (not proven)");
      if (k == 0)
        labelled("What-if", text);
      else
        continued(text);
    }
    const std::int64_t extra = r_.greedy_cost - r_.cost_after;
    labelled("Greedy",
             fmt::format("a greedy choice would cost {} ({} over the optimum)",
                         money_for_people(review_, r_.greedy_cost), signed_money(review_, extra)));
  }

  const plan::Review& review_;
  const model::PortfolioModel& model_;
  const optimise::Recommendation& r_;
  bool color_;
  std::string out_;
};

}  // namespace

std::string write_recommend_text(const plan::Review& review, bool color) {
  return TextWriter(review, color).write();
}

}  // namespace appmix::report
