// Markdown form of the portfolio review: the sections of the HTML page as
// headings, paragraphs and tables (no SVG; the coverage heatmap becomes a
// table of counts), for a pull-request comment or a wiki page. Inventory
// text is escaped for Markdown (pipes, backticks, emphasis; cli.md).
#include <fmt/format.h>

#include <algorithm>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/escape.h"
#include "report/markdown_table.h"
#include "report/recommend_facts.h"
#include "report/review_facts.h"
#include "report/review_outline.h"
#include "report/review_tables.h"
#include "report/review_writers.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string md(std::string_view text) {
  return markdown_text(text);
}

std::string product_text(const model::PortfolioModel& model, int product) {
  const inventory::Product& p = *model.products[product];
  if (p.name.empty() || p.name == p.id)
    return md(p.id);
  return fmt::format("{} ({})", md(p.name), md(p.id));
}

std::string cell_text(const model::PortfolioModel& model, const ReviewCell& cell) {
  std::string out;
  if (cell.product_list) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < cell.products.size() && i < cell.limit; ++i)
      names.push_back(md(model.products[cell.products[i]]->name));
    out = fmt::format("{}", fmt::join(names, ", "));
    if (cell.products.size() > cell.limit)
      out += fmt::format(" and {} more", cell.products.size() - cell.limit);
  } else if (!cell.products.empty()) {
    out = product_text(model, cell.products.front());
  }
  if (!cell.text.empty()) {
    if (!out.empty())
      out += ' ';
    out += md(cell.text);
  }
  if (cell.tone == Tone::bad) {
    out.insert(0, "**");
    out += "**";
  }
  if (!cell.note.empty())
    out += " — " + md(cell.note);
  return out;
}

// A Markdown table: numeric columns right-aligned, the cut-off rest in
// italics under it.
std::string table_text(const model::PortfolioModel& model, const ReviewTable& table) {
  std::vector<MarkdownTable::Column> columns;
  for (const ReviewColumn& column : table.columns)
    columns.push_back({md(column.header), column.numeric});
  MarkdownTable out(std::move(columns));
  for (const std::vector<ReviewCell>& row : table.rows) {
    std::vector<std::string> cells;
    for (const ReviewCell& cell : row)
      cells.push_back(cell_text(model, cell));
    out.add_row(std::move(cells));
  }
  return out.render() + (table.more.empty() ? "" : "\n_" + md(table.more) + "_\n") + "\n";
}

class Document {
 public:
  explicit Document(const ReviewDocument& document)
      : document_(document),
        review_(*document.review),
        model_(*review_.model),
        r_(review_.recommendation),
        inventory_(*model_.inventory) {}

  std::string render() {
    out_ += fmt::format("# {}: portfolio review\n\n", md(inventory_.organisation));
    out_ += fmt::format(
        "Customer-facing application portfolio review, as of {} ({}), horizon {} years, money "
        "in {}.\n\n",
        base::iso_date(model_.review.date), md(review_date_source(review_)),
        inventory_.horizon_years.to_string(), md(inventory_.currency));
    summary();
    coverage();
    recommendation();
    frontier();
    plan();
    time_classes();
    feedback();
    journeys();
    findings();
    appendix();
    out_ += fmt::format("---\nMade by appmix {} from ", md(document_.provenance.version));
    std::vector<std::string> inputs;
    for (const InputDigest& input : document_.provenance.inputs)
      inputs.push_back(fmt::format("{} (sha256 {})", md(input.path), input.sha256.substr(0, 12)));
    out_ += inputs.empty() ? "standard input" : fmt::format("{}", fmt::join(inputs, ", "));
    out_ += ".\n";
    return std::move(out_);
  }

 private:
  std::string money(std::int64_t minor_units) const {
    return md(inventory_.currency) + " " + money_for_people(review_, minor_units);
  }

  void heading(std::string_view id) {
    for (const ReviewSection& section : review_sections()) {
      if (section.id == id)
        out_ += fmt::format("## {}\n\n", section.title);
    }
  }

  void summary() {
    heading("summary");
    const std::int64_t saving = r_.cost_before - r_.cost_after;
    out_ += fmt::format(
        "Keep **{}** of **{}** apps, retire **{}** and add **{}**: {} app{} in all. Over {} years "
        "the portfolio costs **{}** instead of {}, {} of **{}**{}.\n\n",
        kept_apps(review_).size(), base::with_thousands(r_.apps_before),
        retired_apps(review_).size(), added_candidates(review_).size(),
        base::with_thousands(r_.apps_after), r_.apps_after == 1 ? "" : "s",
        inventory_.horizon_years.to_string(), money(r_.cost_after), money(r_.cost_before),
        saving >= 0 ? "a saving" : "an increase", money(saving >= 0 ? saving : -saving),
        r_.cost_before > 0 ? fmt::format(" ({:.1f} %)", 100.0 * std::abs(savings_fraction(r_)))
                           : "");
    out_ += md(status_sentence(review_)) + "\n\n";
    MarkdownTable table({{""}, {"apps used today", true}, {"apps needed", true}});
    table.add_row({"**" + md(inventory_.organisation) + "**", base::with_thousands(r_.apps_before),
                   base::with_thousands(r_.apps_after)});
    for (const SurveyFigure& figure : survey_figures())
      table.add_row({md(figure.label), fmt::format("{:.1f}", figure.used),
                     fmt::format("{:.1f}", figure.needed)});
    out_ += table.render() + "\n";
    out_ += md(survey_sentence(review_)) + "\n\n";
    out_ += fmt::format("### Cash by year (nominal, {})\n\nMoney {}.\n\n", md(inventory_.currency),
                        md(money_assumption(review_)));
    out_ += table_text(model_, cash_table(review_));
    out_ += md(payback_sentence(review_)) + "\n\n";
  }

  void coverage() {
    heading("coverage");
    const CoverageCounts counts = coverage_counts(review_.coverage);
    out_ += fmt::format(
        "Cells are capabilities in business units. Today **{}** cells have more providers than "
        "they need; after the recommendation **{}**. **{}** cells are gaps no mix can close.\n\n",
        base::with_thousands(counts.overlap_today), base::with_thousands(counts.overlap_after),
        base::with_thousands(counts.gaps));
    const HeatmapChoice choice = choose_heatmap(review_.coverage);
    if (!choice.capabilities.empty()) {
      out_ +=
          "Providers per capability and unit, today → after (`!` a gap no mix can close, `+` "
          "more providers than needed, `-` fewer than needed):\n\n";
      // The heatmap's table of counts, whose columns are the units drawn.
      std::vector<MarkdownTable::Column> columns = {{"capability"}};
      for (const int u : choice.units)
        columns.push_back({md(model_.units[u]->id), true});
      MarkdownTable table(std::move(columns));
      for (const int c : choice.capabilities) {
        std::vector<std::string> row = {md(model_.capabilities[c]->name)};
        for (const int u : choice.units) {
          const plan::CoverageCell& cell = review_.coverage.at(c, u);
          row.push_back(coverage_text(cell));
        }
        table.add_row(std::move(row));
      }
      out_ += table.render();
      if (choice.hidden_capabilities > 0 || choice.hidden_units > 0)
        out_ += "\n_" +
                fmt::format(
                    "Not shown: {} more capabilities and {} more units, with {} overlapping cells "
                    "and {} "
                    "gaps among them.",
                    base::with_thousands(choice.hidden_capabilities),
                    base::with_thousands(choice.hidden_units),
                    base::with_thousands(choice.hidden_overlap_cells),
                    base::with_thousands(choice.hidden_gap_cells)) +
                "_\n";
      out_ += "\n";
    }
    const analysis::Overlap& overlap = *document_.overlap;
    out_ += fmt::format(
        "### Most similar apps\n\n{} pairs of apps provide at least one capability "
        "in common.\n\n",
        base::with_thousands(static_cast<long long>(overlap.overlapping_pairs)));
    if (!overlap.pairs.empty())
      out_ += table_text(model_, similar_pairs_table(review_, overlap));
    if (!model_.gaps.empty())
      out_ += "### Gaps\n\n" + table_text(model_, gaps_table(review_));
  }

  static std::string coverage_text(const plan::CoverageCell& cell) {
    if (cell.missing > 0)
      return "!";
    if (cell.today == 0 && cell.after == 0 && cell.needed == 0)
      return "";
    const auto mark = [&](int count) {
      return std::to_string(count) + (count < cell.needed          ? "-"
                                      : count > cell.min_providers ? "+"
                                                                   : "");
    };
    return cell.today == cell.after ? mark(cell.today) : mark(cell.today) + "→" + mark(cell.after);
  }

  void recommendation() {
    heading("recommendation");
    const std::pair<const char*, std::size_t> counts[] = {{"Retire", retired_apps(review_).size()},
                                                          {"Add", added_candidates(review_).size()},
                                                          {"Keep", kept_apps(review_).size()}};
    const ReviewTable tables[] = {retire_table(review_), add_table(review_), keep_table(review_)};
    for (int i = 0; i < 3; ++i) {
      out_ += fmt::format("### {} ({})\n\n", counts[i].first,
                          base::with_thousands(static_cast<long long>(counts[i].second)));
      out_ += tables[i].rows.empty() ? "None.\n\n" : table_text(model_, tables[i]);
    }
    if (!r_.forced.empty())
      out_ +=
          "### Forced decisions and their price\n\n" + table_text(model_, forced_table(review_));
  }

  void frontier() {
    heading("frontier");
    if (review_.frontier && !review_.frontier->points.empty()) {
      out_ += fmt::format(
          "The least cost of a mix of at most N apps, from the fewest that serve every "
          "requirement to the recommended mix ({} apps today).\n\n",
          r_.apps_before);
      out_ += table_text(model_, frontier_table(review_));
    }
    out_ += "### Closest decisions\n\n";
    if (!review_.margins) {
      out_ +=
          "Decision margins price decisions in money; this review minimises the number of apps "
          "(--objective apps).\n\n";
      return;
    }
    out_ +=
        "The price of the opposite decision: how much more the best mix costs if this one "
        "decision is reversed.\n\n";
    const ReviewTable table = closest_decisions_table(review_);
    if (review_.margins->items.empty())
      out_ += "Every product is locked or forced: the optimisation decided nothing.\n\n";
    else if (table.rows.empty())
      out_ += "Every decision taken is required.\n\n";
    else
      out_ += table_text(model_, table);
  }

  void plan() {
    heading("plan");
    const std::vector<WaveSummary> waves = wave_summaries(review_);
    if (waves.empty()) {
      out_ += "Nothing is retired: there is no consolidation to plan.\n\n";
      return;
    }
    out_ +=
        "Apps are retired in waves by the calendar quarter they can leave: the contract's end, "
        "or the renewal after it when notice can no longer be given in time.\n\n";
    out_ += table_text(model_, waves_table(review_));
    if (!review_.notices.empty()) {
      out_ +=
          fmt::format("### Notices ({})\n\nGive notice by the date, or the contract renews.\n\n",
                      review_.notices.size());
      out_ += table_text(model_, notices_table(review_));
    }
    const auto& repoints = review_.consolidation.repoints;
    if (!repoints.empty())
      out_ += fmt::format("### Integrations to re-point ({})\n\n", repoints.size()) +
              table_text(model_, repoints_table(review_));
  }

  void time_classes() {
    heading("time");
    out_ +=
        "Gartner's TIME classes from the fit scores (1 to 5): Invest, Migrate, Tolerate, "
        "Eliminate.\n\n";
    out_ += table_text(model_, time_table(review_));
  }

  void feedback() {
    heading("feedback");
    const plan::FeedbackPlatforms& f = review_.feedback;
    out_ += fmt::format(
        "Feedback data (surveys, reviews: X-data) sits on **{}** platforms today and **{}** "
        "after the recommendation. Unsanctioned platforms: {} today, {} after; platforms holding "
        "personal data: {} today, {} after.\n\n",
        f.today.size(), f.after.size(), f.unsanctioned_today, f.unsanctioned_after,
        f.personal_today, f.personal_after);
    if (!f.today.empty())
      out_ += table_text(model_, feedback_table(review_));
    const std::vector<int> exposed = unsanctioned_personal(review_);
    out_ += fmt::format("### Unsanctioned apps holding personal data ({})\n\n", exposed.size());
    out_ += exposed.empty() ? "None: every app holding personal data is sanctioned.\n\n"
                            : table_text(model_, exposed_table(review_));
  }

  void journeys() {
    heading("journeys");
    if (review_.journeys.empty()) {
      out_ += "The inventory describes no customer journey.\n\n";
      return;
    }
    out_ += table_text(model_, journeys_table(review_));
    const plan::IntegrationPlan& plan = review_.integration;
    out_ += "### Then integrate\n\n";
    if (plan.to_build.empty()) {
      out_ +=
          "No new integration is needed: an existing or re-pointed integration joins every "
          "hand-off after the recommendation.\n\n";
    } else {
      out_ += fmt::format(
          "The mix was chosen first; for it, build {} ({} {} one-off, {}), joining {}.\n\n",
          base::counted(static_cast<long long>(plan.to_build.size()), "integration",
                        "integrations"),
          md(inventory_.currency), money_for_people(review_, plan.cost),
          plan.proven ? "proven the fewest" : "not proven the fewest",
          base::counted(plan.handoffs, "hand-off", "hand-offs"));
      out_ += table_text(model_, integrations_table(review_));
    }
    if (!review_.agents.empty())
      out_ += "### Agent systems per business unit\n\n" + table_text(model_, agents_table(review_));
  }

  void findings() {
    heading("findings");
    if (!review_.policies.empty())
      out_ += "### Policies\n\n" + table_text(model_, policies_table(review_));
    const base::Diagnostics& all = document_.findings;
    out_ += fmt::format("### Findings of `appmix check` ({})\n\n", all.size());
    out_ += all.empty() ? "No finding: the inventory is clean.\n\n"
                        : table_text(model_, findings_table(all));
  }

  void appendix() {
    heading("appendix");
    out_ += table_text(model_, model_table(review_)) + table_text(model_, search_table(review_));
    out_ += "### Against a greedy choice\n\n" + md(greedy_sentence(review_)) + "\n\n";
  }

  const ReviewDocument& document_;
  const plan::Review& review_;
  const model::PortfolioModel& model_;
  const optimise::Recommendation& r_;
  const inventory::Inventory& inventory_;
  std::string out_;
};

}  // namespace

std::string write_review_markdown(const ReviewDocument& document) {
  return Document(document).render();
}

}  // namespace appmix::report
