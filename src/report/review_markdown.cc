// Markdown form of the portfolio review: the sections of the HTML page as
// headings, paragraphs and tables (no SVG; the coverage heatmap becomes a
// table of counts), for a pull-request comment or a wiki page. Inventory
// text is escaped for Markdown (pipes, backticks, emphasis; cli.md).
#include <fmt/format.h>

#include <algorithm>

#include "report/escape.h"
#include "report/recommend_facts.h"
#include "report/review_facts.h"
#include "report/review_outline.h"
#include "report/review_writers.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string md(std::string_view text) {
  return markdown_text(text);
}

std::string product_cell(const model::PortfolioModel& model, int product) {
  const inventory::Product& p = *model.products[product];
  if (p.name.empty() || p.name == p.id)
    return md(p.id);
  return fmt::format("{} ({})", md(p.name), md(p.id));
}

std::string product_names(const model::PortfolioModel& model, const std::vector<int>& products,
                          std::size_t limit = 8) {
  if (products.empty())
    return "none";
  std::vector<std::string> names;
  for (std::size_t i = 0; i < products.size() && i < limit; ++i)
    names.push_back(md(model.products[products[i]]->name));
  std::string out = fmt::format("{}", fmt::join(names, ", "));
  if (products.size() > limit)
    out += fmt::format(" and {} more", products.size() - limit);
  return out;
}

// A Markdown table; cells are escaped by the caller. Numeric columns are
// right-aligned.
class MarkdownTable {
 public:
  MarkdownTable(std::vector<std::string> headers, std::vector<bool> numeric)
      : headers_(std::move(headers)), numeric_(std::move(numeric)) {}
  void add(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  void add_more(std::string text) { more_ = std::move(text); }

  std::string render() const {
    std::string out = "| " + fmt::format("{}", fmt::join(headers_, " | ")) + " |\n|";
    for (std::size_t i = 0; i < headers_.size(); ++i)
      out += i < numeric_.size() && numeric_[i] ? "---:|" : "---|";
    out += "\n";
    for (const std::vector<std::string>& row : rows_) {
      out += "|";
      for (std::size_t i = 0; i < headers_.size(); ++i)
        out += " " + (i < row.size() ? row[i] : std::string()) + " |";
      out += "\n";
    }
    if (!more_.empty())
      out += "\n_" + more_ + "_\n";
    return out + "\n";
  }

 private:
  std::vector<std::string> headers_;
  std::vector<bool> numeric_;
  std::vector<std::vector<std::string>> rows_;
  std::string more_;
};

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
        "Customer-facing application portfolio review, horizon {} years, money in {}.\n\n",
        inventory_.horizon_years.to_string(), md(inventory_.currency));
    summary();
    coverage();
    recommendation();
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
        "Keep **{}** of **{}** apps, retire **{}** and add **{}**: {} apps in all. Over {} years "
        "the portfolio costs **{}** instead of {}, {} of **{}**{}.\n\n",
        kept_apps(review_).size(), with_thousands(r_.apps_before), retired_apps(review_).size(),
        added_candidates(review_).size(), with_thousands(r_.apps_after),
        inventory_.horizon_years.to_string(), money(r_.cost_after), money(r_.cost_before),
        saving >= 0 ? "a saving" : "an increase", money(saving >= 0 ? saving : -saving),
        r_.cost_before > 0 ? fmt::format(" ({:.1f} %)", 100.0 * std::abs(savings_fraction(r_)))
                           : "");
    out_ += md(status_sentence(review_)) + "\n\n";
    MarkdownTable table({"", "apps used today", "apps needed"}, {false, true, true});
    table.add({"**" + md(inventory_.organisation) + "**", with_thousands(r_.apps_before),
               with_thousands(r_.apps_after)});
    for (const SurveyFigure& figure : survey_figures())
      table.add({md(figure.label), fmt::format("{:.1f}", figure.used),
                 fmt::format("{:.1f}", figure.needed)});
    out_ += table.render();
    out_ += md(survey_sentence(review_)) + "\n\n";
  }

  void coverage() {
    heading("coverage");
    const CoverageCounts counts = coverage_counts(review_.coverage);
    out_ += fmt::format(
        "Cells are capabilities in business units. Today **{}** cells have more providers than "
        "they need; after the recommendation **{}**. **{}** cells are gaps no mix can close.\n\n",
        with_thousands(counts.overlap_today), with_thousands(counts.overlap_after),
        with_thousands(counts.gaps));
    const HeatmapChoice choice = choose_heatmap(review_.coverage);
    if (!choice.capabilities.empty()) {
      out_ +=
          "Providers per capability and unit, today → after (`!` a gap no mix can close, `+` "
          "more providers than needed, `-` fewer than needed):\n\n";
      std::vector<std::string> headers = {"capability"};
      std::vector<bool> numeric = {false};
      for (const int u : choice.units) {
        headers.push_back(md(model_.units[u]->id));
        numeric.push_back(true);
      }
      MarkdownTable table(headers, numeric);
      for (const int c : choice.capabilities) {
        std::vector<std::string> row = {md(model_.capabilities[c]->name)};
        for (const int u : choice.units) {
          const plan::CoverageCell& cell = review_.coverage.at(c, u);
          row.push_back(cell_text(cell));
        }
        table.add(std::move(row));
      }
      if (choice.hidden_capabilities > 0 || choice.hidden_units > 0)
        table.add_more(fmt::format(
            "Not shown: {} more capabilities and {} more units, with {} overlapping cells and {} "
            "gaps among them.",
            with_thousands(choice.hidden_capabilities), with_thousands(choice.hidden_units),
            with_thousands(choice.hidden_overlap_cells), with_thousands(choice.hidden_gap_cells)));
      out_ += table.render();
    }
    const analysis::Overlap& overlap = *document_.overlap;
    out_ += fmt::format(
        "### Most similar apps\n\n{} pairs of apps provide at least one capability "
        "in common.\n\n",
        with_thousands(static_cast<long long>(overlap.overlapping_pairs)));
    if (!overlap.pairs.empty()) {
      MarkdownTable table({"app", "overlaps with", "shared capabilities", "similarity"},
                          {false, false, true, true});
      const std::size_t shown = std::min(overlap.pairs.size(), std::size_t{10});
      for (std::size_t i = 0; i < shown; ++i) {
        const analysis::AppPair& pair = overlap.pairs[i];
        const auto product = [&](analysis::AppIndex app) {
          const std::optional<int> p = model_.find_product(overlap.portfolio.app_ids[app]);
          return p ? product_cell(model_, *p) : md(overlap.portfolio.app_ids[app]);
        };
        table.add({product(pair.first), product(pair.second),
                   fmt::format("{} of {}", pair.shared, pair.combined),
                   fmt::format("{:.0f} %", pair.jaccard_4dp / 100.0)});
      }
      if (overlap.matching_pairs > shown)
        table.add_more(fmt::format("and {} more pairs", with_thousands(static_cast<long long>(
                                                            overlap.matching_pairs - shown))));
      out_ += table.render();
    }
    if (!model_.gaps.empty()) {
      out_ += "### Gaps\n\n";
      MarkdownTable table({"capability", "business unit", "channel", "providers missing"},
                          {false, false, false, true});
      for (std::size_t i = 0; i < model_.gaps.size() && i < kTopRows; ++i) {
        const model::Gap& gap = model_.gaps[i];
        table.add({md(model_.capabilities[gap.capability]->name), md(model_.units[gap.unit]->name),
                   gap.channel ? md(model_.channels[*gap.channel]->name) : "",
                   std::to_string(gap.missing)});
      }
      if (model_.gaps.size() > kTopRows)
        table.add_more(fmt::format("and {} more gaps", model_.gaps.size() - kTopRows));
      out_ += table.render();
    }
  }

  static std::string cell_text(const plan::CoverageCell& cell) {
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
    product_table("Retire", by_annual_cost(model_, retired_apps(review_)), true, false);
    product_table("Add", by_annual_cost(model_, added_candidates(review_)), false, true);
    product_table("Keep", by_annual_cost(model_, kept_apps(review_)), false, false);
    if (!r_.forced.empty()) {
      out_ += "### Forced decisions and their price\n\n";
      MarkdownTable table({"decision", "product", "price"}, {false, false, true});
      for (const optimise::ForcedPrice& forced : r_.forced) {
        table.add({forced.what_if.decision == model::Decision::keep ? "keep (--keep)"
                                                                    : "retire (--retire)",
                   product_cell(model_, forced.what_if.product),
                   md(inventory_.currency) + " " + signed_money(review_, forced.price) +
                       (forced.proven ? "" : " (not proven)")});
      }
      out_ += table.render();
    }
  }

  void product_table(std::string_view title, const std::vector<int>& products, bool retiring,
                     bool adding) {
    out_ += fmt::format("### {} ({})\n\n", title,
                        with_thousands(static_cast<long long>(products.size())));
    if (products.empty()) {
      out_ += "None.\n\n";
      return;
    }
    std::vector<std::string> headers = {"app", "annual cost"};
    std::vector<bool> numeric = {false, true};
    if (retiring) {
      headers.insert(headers.end(), {"retire cost", "wave"});
      numeric.insert(numeric.end(), {true, false});
    }
    if (adding) {
      headers.insert(headers.end(), {"acquire cost", "takes over from"});
      numeric.insert(numeric.end(), {true, false});
    }
    headers.push_back("TIME");
    const bool any_forced = std::any_of(products.begin(), products.end(),
                                        [&](int p) { return !forced_label(review_, p).empty(); });
    if (any_forced)
      headers.push_back("forced");
    MarkdownTable table(headers, numeric);
    std::int64_t rest_cost = 0;
    for (std::size_t i = 0; i < products.size(); ++i) {
      const int p = products[i];
      if (i >= kTopRows) {
        rest_cost += model_.products[p]->annual_cost;
        continue;
      }
      std::vector<std::string> row = {product_cell(model_, p),
                                      money(model_.products[p]->annual_cost)};
      if (retiring) {
        row.push_back(money(model_.app(p).retire_cost));
        row.push_back(md(plan::wave_of(*model_.products[p])));
      }
      if (adding) {
        row.push_back(money(model_.candidate(p).acquire_cost));
        row.push_back(product_names(model_, predecessors(review_, p), 5));
      }
      row.push_back(std::string(analysis::name_of(review_.time_classes[p])));
      if (any_forced)
        row.push_back(md(forced_label(review_, p)));
      table.add(std::move(row));
    }
    if (products.size() > kTopRows)
      table.add_more(fmt::format("and {} more, {} a year together",
                                 with_thousands(static_cast<long long>(products.size() - kTopRows)),
                                 money(rest_cost)));
    out_ += table.render();
  }

  void plan() {
    heading("plan");
    const std::vector<WaveSummary> waves = wave_summaries(review_);
    if (waves.empty()) {
      out_ += "Nothing is retired: there is no consolidation to plan.\n\n";
      return;
    }
    out_ += "Apps are retired in waves by the calendar quarter their contract ends.\n\n";
    MarkdownTable table(
        {"wave", "apps retired", "running cost ended", "one-off retire cost", "capabilities moved"},
        {false, false, true, true, true});
    for (const WaveSummary& wave : waves) {
      table.add({md(wave.wave), product_names(model_, by_annual_cost(model_, wave.retired)),
                 money(wave.annual_cost) + " / yr", money(wave.retire_cost),
                 with_thousands(wave.takeovers)});
    }
    out_ += table.render();
    const auto& repoints = review_.consolidation.repoints;
    if (!repoints.empty()) {
      out_ += fmt::format("### Integrations to re-point ({})\n\n", repoints.size());
      MarkdownTable table({"retired app", "integrated with", "connect instead to"},
                          {false, false, false});
      for (std::size_t i = 0; i < repoints.size() && i < kTopRows; ++i)
        table.add({product_cell(model_, repoints[i].retired),
                   product_cell(model_, repoints[i].partner),
                   product_names(model_, repoints[i].successors)});
      if (repoints.size() > kTopRows)
        table.add_more(fmt::format("and {} more", repoints.size() - kTopRows));
      out_ += table.render();
    }
  }

  void time_classes() {
    heading("time");
    out_ +=
        "Gartner's TIME classes from the fit scores (1 to 5): Invest, Migrate, Tolerate, "
        "Eliminate.\n\n";
    MarkdownTable table({"TIME class", "apps today", "kept", "retired", "added"},
                        {false, true, true, true, true});
    for (const TimeCounts::Row& row : time_counts(review_).rows)
      table.add({std::string(analysis::name_of(row.time_class)), with_thousands(row.today),
                 with_thousands(row.kept), with_thousands(row.retired), with_thousands(row.added)});
    out_ += table.render();
  }

  std::vector<std::string> privacy_row(int p) const {
    const inventory::Product& product = *model_.products[p];
    std::vector<std::string> data;
    for (const inventory::DataClass d : product.data)
      data.push_back(std::string(inventory::name_of(d)));
    return {product_cell(model_, p), product.sanctioned ? "yes" : "**no**",
            fmt::format("{}", fmt::join(data, ", ")), std::string(decision_name(review_, p))};
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
    const std::vector<std::string> headers = {"app", "sanctioned", "data held", "decision"};
    if (!f.today.empty()) {
      MarkdownTable table({"feedback platform", "sanctioned", "data held", "decision"},
                          {false, false, false, false});
      // Today's platforms, then the candidates added as one.
      std::vector<int> platforms = f.today;
      for (const int p : f.after) {
        if (model_.is_candidate(p))
          platforms.push_back(p);
      }
      for (std::size_t i = 0; i < platforms.size() && i < kTopRows; ++i)
        table.add(privacy_row(platforms[i]));
      if (platforms.size() > kTopRows)
        table.add_more(fmt::format("and {} more platforms", with_thousands(static_cast<long long>(
                                                                platforms.size() - kTopRows))));
      out_ += table.render();
    }
    const std::vector<int> exposed = unsanctioned_personal(review_);
    out_ += fmt::format("### Unsanctioned apps holding personal data ({})\n\n", exposed.size());
    if (exposed.empty()) {
      out_ += "None: every app holding personal data is sanctioned.\n\n";
      return;
    }
    MarkdownTable table(headers, {false, false, false, false});
    for (std::size_t i = 0; i < exposed.size() && i < kTopRows; ++i)
      table.add(privacy_row(exposed[i]));
    if (exposed.size() > kTopRows)
      table.add_more(fmt::format("and {} more", exposed.size() - kTopRows));
    out_ += table.render();
  }

  void journeys() {
    heading("journeys");
    if (review_.journeys.empty()) {
      out_ += "The inventory describes no customer journey.\n\n";
      return;
    }
    MarkdownTable table(
        {"journey", "systems today", "after", "hand-offs today", "after", "systems after"},
        {false, true, true, true, true, false});
    for (const std::size_t i : journeys_to_show(review_)) {
      const plan::JourneyView& view = review_.journeys[i];
      table.add({md(view.journey->name.empty() ? view.journey->id : view.journey->name),
                 std::to_string(view.systems_today.size()),
                 std::to_string(view.systems_after.size()), std::to_string(view.handoffs_today),
                 std::to_string(view.handoffs_after),
                 product_names(model_, view.systems_after, 6)});
    }
    if (review_.journeys.size() > kTopRows)
      table.add_more(fmt::format("and {} more journeys, touching fewer systems today",
                                 review_.journeys.size() - kTopRows));
    out_ += table.render();
  }

  void findings() {
    heading("findings");
    if (!review_.policies.empty()) {
      out_ += "### Policies\n\n";
      MarkdownTable table({"policy", "today", "after", "met after"}, {false, false, false, false});
      for (const plan::PolicyOutcome& outcome : review_.policies) {
        const PolicyFigures figures = policy_figures(review_, outcome);
        table.add({md(figures.subject), md(figures.today), md(figures.after),
                   figures.met_after ? "yes" : "**no**"});
      }
      out_ += table.render();
    }
    const base::Diagnostics& all = document_.findings;
    out_ += fmt::format("### Findings of `appmix check` ({})\n\n", all.size());
    if (all.empty()) {
      out_ += "No finding: the inventory is clean.\n\n";
      return;
    }
    MarkdownTable table({"severity", "rule", "where", "finding"}, {false, false, false, false});
    for (std::size_t i = 0; i < all.size() && i < kTopRows; ++i) {
      const base::Diagnostic& d = all[i];
      table.add({std::string(base::severity_name(d.severity)), md(d.rule),
                 md(d.location.line > 0 ? fmt::format("{}:{}", d.location.file, d.location.line)
                                        : d.location.file),
                 md(d.message)});
    }
    if (all.size() > kTopRows)
      table.add_more(
          fmt::format("and {} more: run appmix check for all of them", all.size() - kTopRows));
    out_ += table.render();
  }

  void appendix() {
    heading("appendix");
    MarkdownTable model_table({"the model", ""}, {false, true});
    for (const auto& [what, value] : model_figures(review_))
      model_table.add({md(what), md(value)});
    out_ += model_table.render();
    MarkdownTable search({"the search", ""}, {false, false});
    for (const auto& [what, value] : search_figures(review_))
      search.add({md(what), md(value)});
    out_ += search.render();
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
