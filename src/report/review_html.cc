// HTML form of the portfolio review: one self-contained page (inline CSS and
// SVG, no script, no external request). Every string from the inventory
// goes through html_text, in element content and in attributes alike; none
// reaches the stylesheet.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/escape.h"
#include "report/recommend_facts.h"
#include "report/review_facts.h"
#include "report/review_outline.h"
#include "report/review_style.h"
#include "report/review_writers.h"
#include "report/svg_charts.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

std::string h(std::string_view text) {
  return html_text(text);
}

// A product as people know it: its name, with its id beside it.
std::string product_cell(const model::PortfolioModel& model, int product) {
  const inventory::Product& p = *model.products[product];
  if (p.name.empty() || p.name == p.id)
    return fmt::format("<span class=\"id\">{}</span>", h(p.id));
  return fmt::format("{} <span class=\"id\">{}</span>", h(p.name), h(p.id));
}

// A list of products by name, the first `limit` of them and a count of the rest.
std::string product_names(const model::PortfolioModel& model, const std::vector<int>& products,
                          std::size_t limit = 8) {
  if (products.empty())
    return "<span class=\"muted\">none</span>";
  std::vector<std::string> names;
  for (std::size_t i = 0; i < products.size() && i < limit; ++i)
    names.push_back(h(model.products[products[i]]->name));
  std::string out = fmt::format("{}", fmt::join(names, ", "));
  if (products.size() > limit)
    out += fmt::format(" <span class=\"muted\">and {} more</span>", products.size() - limit);
  return out;
}

struct Column {
  std::string header;
  bool numeric = false;
  bool nowrap = false;  // short codes ("2027-Q1", "migrate") never split across lines
};

class HtmlTable {
 public:
  explicit HtmlTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  // Cells are HTML already (escaped by the caller).
  void add(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  // A closing row in italics: what the cut-off rest of a long list holds.
  void add_more(std::string text) { more_ = std::move(text); }
  bool empty() const { return rows_.empty(); }

  std::string render() const {
    std::string out = "<table><thead><tr>";
    for (const Column& column : columns_)
      out += fmt::format("<th{}>{}</th>", cell_class(column), column.header);
    out += "</tr></thead><tbody>\n";
    for (const std::vector<std::string>& row : rows_) {
      out += "<tr>";
      // data-label: on a phone each row becomes a card of labelled lines.
      for (std::size_t i = 0; i < columns_.size(); ++i)
        out += fmt::format("<td{} data-label=\"{}\">{}</td>", cell_class(columns_[i]),
                           h(columns_[i].header),
                           i < row.size() && !row[i].empty() ? "<div>" + row[i] + "</div>" : "");
      out += "</tr>\n";
    }
    if (!more_.empty())
      out += fmt::format("<tr class=\"more\"><td colspan=\"{}\">{}</td></tr>\n", columns_.size(),
                         more_);
    return out + "</tbody></table>\n";
  }

 private:
  static std::string_view cell_class(const Column& column) {
    return column.numeric ? " class=\"n\"" : column.nowrap ? " class=\"w\"" : "";
  }

  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
  std::string more_;
};

class Page {
 public:
  explicit Page(const ReviewDocument& document)
      : document_(document),
        review_(*document.review),
        model_(*review_.model),
        r_(review_.recommendation),
        inventory_(*model_.inventory) {}

  std::string render() {
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += fmt::format("<title>{}: portfolio review</title>\n", h(inventory_.organisation));
    out_ += fmt::format("<style>{}</style>\n</head>\n<body>\n<main>\n", review_stylesheet());
    cover();
    summary();
    coverage();
    recommendation();
    plan();
    time_quadrant();
    feedback();
    journeys();
    findings();
    appendix();
    footer();
    out_ += "</main>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string money(std::int64_t minor_units) const {
    return h(inventory_.currency) + " " + money_for_people(review_, minor_units);
  }

  // Large amounts rounded for the summary cards ("EUR 695.2 m"); the
  // headline sentence above them keeps every digit.
  std::string short_money(std::int64_t minor_units) const {
    return h(inventory_.currency) + " " + rounded_money(minor_units, inventory_.currency_exponent);
  }

  void open_section(std::string_view id) {
    for (const ReviewSection& section : review_sections()) {
      if (section.id == id)
        out_ += fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n", id, section.title);
    }
  }
  void close_section() { out_ += "</section>\n"; }

  void cover() {
    out_ += "<header class=\"cover\">\n";
    out_ += fmt::format("<h1>{}</h1>\n", h(inventory_.organisation));
    out_ += fmt::format(
        "<p class=\"muted\">Customer-facing application portfolio review · horizon {} years · "
        "money in {}</p>\n</header>\n",
        inventory_.horizon_years.to_string(), h(inventory_.currency));
    out_ += "<nav class=\"toc\" aria-label=\"Contents\"><ol>";
    for (const ReviewSection& section : review_sections())
      out_ += fmt::format("<li><a href=\"#{}\">{}</a></li>", section.id, section.title);
    out_ += "</ol></nav>\n";
  }

  void summary() {
    open_section("summary");
    const int kept = static_cast<int>(kept_apps(review_).size());
    const int retired = static_cast<int>(retired_apps(review_).size());
    const int added = static_cast<int>(added_candidates(review_).size());
    const std::int64_t saving = r_.cost_before - r_.cost_after;
    out_ += fmt::format(
        "<p class=\"headline\">Keep <b>{}</b> of <b>{}</b> apps, retire <b>{}</b> and add "
        "<b>{}</b>: {} apps in all. Over {} years the portfolio costs <b>{}</b> instead of {}, "
        "{} of <b>{}</b>{}.</p>\n",
        with_thousands(kept), with_thousands(r_.apps_before), with_thousands(retired),
        with_thousands(added), with_thousands(r_.apps_after), inventory_.horizon_years.to_string(),
        money(r_.cost_after), money(r_.cost_before), saving >= 0 ? "a saving" : "an increase",
        money(saving >= 0 ? saving : -saving),
        r_.cost_before > 0 ? fmt::format(" ({:.1f} %)", 100.0 * std::abs(savings_fraction(r_)))
                           : "");
    out_ += "<p>" + h(status_sentence(review_)) + "</p>\n";
    out_ += "<div class=\"cards\">\n";
    card(fmt::format("{} → {}", with_thousands(r_.apps_before), with_thousands(r_.apps_after)),
         "apps today → recommended");
    card(short_money(r_.cost_after),
         fmt::format("cost over {} years (today {})", inventory_.horizon_years.to_string(),
                     short_money(r_.cost_before)));
    card(fmt::format("<span class=\"{}\">{}</span>", saving >= 0 ? "good" : "bad",
                     short_money(saving)),
         fmt::format("savings over the horizon ({:.1f} %)", 100.0 * savings_fraction(r_)));
    card(r_.optimal ? "proven optimal" : "not proven",
         fmt::format("lower bound {}", short_money(r_.lower_bound)));
    out_ += "</div>\n";

    std::vector<BarPair> rows;
    rows.push_back({inventory_.organisation, static_cast<double>(r_.apps_before),
                    static_cast<double>(r_.apps_after), with_thousands(r_.apps_before),
                    with_thousands(r_.apps_after), true});
    for (const SurveyFigure& figure : survey_figures()) {
      rows.push_back({std::string(figure.label), figure.used, figure.needed,
                      fmt::format("{:.1f}", figure.used), fmt::format("{:.1f}", figure.needed),
                      false});
    }
    out_ += "<figure>\n" +
            svg_bar_pairs(rows, "apps used today", "apps needed (recommended)",
                          "Apps used against apps needed, beside the published survey figures") +
            "<figcaption>" + h(survey_sentence(review_)) + "</figcaption>\n</figure>\n";
    if (!model_.gaps.empty()) {
      out_ += fmt::format(
          "<p class=\"bad\">{} required capabilities cannot be fully served by any mix: see "
          "<a href=\"#coverage\">Coverage</a>.</p>\n",
          with_thousands(static_cast<long long>(model_.gaps.size())));
    }
    close_section();
  }

  void card(const std::string& figure, const std::string& what) {
    out_ += fmt::format(
        "<div class=\"card\"><div class=\"figure\">{}</div><div class=\"what\">{}</div></div>\n",
        figure, what);
  }

  Heatmap heatmap(const HeatmapChoice& choice, bool after) const {
    Heatmap map;
    for (const int u : choice.units)
      map.column_labels.push_back(model_.units[u]->name.empty() ? model_.units[u]->id
                                                                : model_.units[u]->name);
    for (const int c : choice.capabilities) {
      const inventory::Capability& capability = *model_.capabilities[c];
      map.row_labels.push_back(capability.name.empty() ? capability.id : capability.name);
      std::vector<HeatCell> row;
      for (const int u : choice.units) {
        const plan::CoverageCell& cell = review_.coverage.at(c, u);
        const int count = after ? cell.after : cell.today;
        std::string tooltip = fmt::format(
            "{} × {}: {} provider{} {}{}", capability.id, model_.units[u]->id, count,
            count == 1 ? "" : "s", after ? "after" : "today",
            cell.needed > 0 ? fmt::format(", needs {}", cell.needed) : ", not required");
        if (cell.missing > 0)
          tooltip += fmt::format(", gap: {} short whatever the mix", cell.missing);
        row.push_back({std::string(coverage_class(cell, after)),
                       cell.missing > 0 ? "!"
                       : count > 0      ? std::to_string(count)
                                        : "",
                       std::move(tooltip)});
      }
      map.cells.push_back(std::move(row));
    }
    return map;
  }

  void coverage() {
    open_section("coverage");
    const HeatmapChoice choice = choose_heatmap(review_.coverage);
    const CoverageCounts counts = coverage_counts(review_.coverage);
    out_ += fmt::format(
        "<p>Each cell is a capability (row) in a business unit (column): the number of apps the "
        "unit uses for it. Today <b>{}</b> cells have more providers than they need; after the "
        "recommendation <b>{}</b>. <b>{}</b> cells are gaps no mix can close.</p>\n",
        with_thousands(counts.overlap_today), with_thousands(counts.overlap_after),
        with_thousands(counts.gaps));
    out_ +=
        "<ul class=\"legend\"><li><span class=\"swatch c-ok\" "
        "aria-hidden=\"true\">&nbsp;</span>served as needed</li>"
        "<li><span class=\"swatch c-over1\" aria-hidden=\"true\">&nbsp;</span>1 provider too "
        "many</li>"
        "<li><span class=\"swatch c-over2\" aria-hidden=\"true\">&nbsp;</span>2 too many</li>"
        "<li><span class=\"swatch c-over3\" aria-hidden=\"true\">&nbsp;</span>3 or more too "
        "many</li>"
        "<li><span class=\"swatch c-short\" aria-hidden=\"true\">&nbsp;</span>fewer than "
        "needed</li>"
        "<li><span class=\"swatch c-gap\" aria-hidden=\"true\">&nbsp;</span>gap: no mix can serve "
        "it</li>"
        "<li><span class=\"swatch c-none\" aria-hidden=\"true\">&nbsp;</span>not used, not "
        "required</li></ul>\n";
    if (choice.capabilities.empty()) {
      out_ += "<p class=\"muted\">No capability is used or required.</p>\n";
    } else {
      out_ += "<div class=\"charts\">\n<figure>" +
              svg_heatmap(heatmap(choice, false), "Providers per capability and unit today") +
              "<figcaption>Today</figcaption></figure>\n<figure>" +
              svg_heatmap(heatmap(choice, true),
                          "Providers per capability and unit after the recommendation") +
              "<figcaption>After the recommendation</figcaption></figure>\n</div>\n";
    }
    if (choice.hidden_capabilities > 0 || choice.hidden_units > 0) {
      out_ += fmt::format(
          "<p class=\"muted\">Shown: the {} capabilities and {} units with the most overlaps and "
          "gaps. Not shown: {} more capabilities and {} more units, with {} overlapping cells and "
          "{} gaps among them.</p>\n",
          choice.capabilities.size(), choice.units.size(),
          with_thousands(choice.hidden_capabilities), with_thousands(choice.hidden_units),
          with_thousands(choice.hidden_overlap_cells), with_thousands(choice.hidden_gap_cells));
    }
    overlapping_pairs();
    gaps();
    close_section();
  }

  void overlapping_pairs() {
    const analysis::Overlap& overlap = *document_.overlap;
    out_ += fmt::format(
        "<h3>Most similar apps</h3>\n<p>{} pairs of apps provide at least one capability in "
        "common.</p>\n",
        with_thousands(static_cast<long long>(overlap.overlapping_pairs)));
    if (overlap.pairs.empty())
      return;
    HtmlTable table(
        {{"app"}, {"overlaps with"}, {"shared capabilities", true}, {"similarity", true}});
    const std::size_t shown = std::min(overlap.pairs.size(), std::size_t{10});
    for (std::size_t i = 0; i < shown; ++i) {
      const analysis::AppPair& pair = overlap.pairs[i];
      const auto product = [&](analysis::AppIndex app) {
        const std::optional<int> p = model_.find_product(overlap.portfolio.app_ids[app]);
        return p ? product_cell(model_, *p) : h(overlap.portfolio.app_ids[app]);
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

  void gaps() {
    if (model_.gaps.empty())
      return;
    out_ += "<h3>Gaps</h3>\n";
    HtmlTable table({{"capability"}, {"business unit"}, {"channel"}, {"providers missing", true}});
    for (std::size_t i = 0; i < model_.gaps.size() && i < kTopRows; ++i) {
      const model::Gap& gap = model_.gaps[i];
      table.add({h(model_.capabilities[gap.capability]->name), h(model_.units[gap.unit]->name),
                 gap.channel ? h(model_.channels[*gap.channel]->name) : "",
                 std::to_string(gap.missing)});
    }
    if (model_.gaps.size() > kTopRows)
      table.add_more(fmt::format("and {} more gaps", model_.gaps.size() - kTopRows));
    out_ += table.render();
  }

  void recommendation() {
    open_section("recommendation");
    const std::vector<int> retire = by_annual_cost(model_, retired_apps(review_));
    const std::vector<int> add = by_annual_cost(model_, added_candidates(review_));
    const std::vector<int> keep = by_annual_cost(model_, kept_apps(review_));
    out_ += fmt::format("<h3>Retire ({})</h3>\n",
                        with_thousands(static_cast<long long>(retire.size())));
    product_table(retire, "retire");
    out_ += fmt::format("<h3>Add ({})</h3>\n", with_thousands(static_cast<long long>(add.size())));
    product_table(add, "add");
    out_ +=
        fmt::format("<h3>Keep ({})</h3>\n", with_thousands(static_cast<long long>(keep.size())));
    product_table(keep, "keep");
    if (!r_.forced.empty()) {
      out_ += "<h3>Forced decisions and their price</h3>\n";
      HtmlTable table({{"decision"}, {"product"}, {"price", true}});
      for (const optimise::ForcedPrice& forced : r_.forced) {
        table.add({forced.what_if.decision == model::Decision::keep ? "keep (--keep)"
                                                                    : "retire (--retire)",
                   product_cell(model_, forced.what_if.product),
                   h(inventory_.currency) + " " + signed_money(review_, forced.price) +
                       (forced.proven ? "" : " (not proven)")});
      }
      out_ += table.render();
      out_ +=
          "<p class=\"muted\">The price of a forced decision is the optimum with every forced "
          "decision minus the optimum without this one.</p>\n";
    }
    close_section();
  }

  void product_table(const std::vector<int>& products, std::string_view decision) {
    if (products.empty()) {
      out_ += "<p class=\"muted\">None.</p>\n";
      return;
    }
    const bool retiring = decision == "retire";
    const bool adding = decision == "add";
    std::vector<Column> columns = {{"app"}, {"annual cost", true}};
    if (retiring)
      columns.insert(columns.end(), {{"retire cost", true}, {"wave", false, true}, {"used by"}});
    if (adding)
      columns.insert(columns.end(), {{"acquire cost", true}, {"takes over from"}});
    columns.push_back({"TIME", false, true});
    const bool any_forced = std::any_of(products.begin(), products.end(),
                                        [&](int p) { return !forced_label(review_, p).empty(); });
    if (any_forced)
      columns.push_back({"forced"});
    HtmlTable table(columns);
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
        std::vector<std::string> units;
        for (const int u : model_.product_units[p])
          units.push_back(h(model_.units[u]->name));
        row.push_back(money(model_.app(p).retire_cost));
        row.push_back(h(plan::wave_of(*model_.products[p])));
        row.push_back(units.size() > 6 ? fmt::format("{} units", units.size())
                                       : fmt::format("{}", fmt::join(units, ", ")));
      }
      if (adding) {
        row.push_back(money(model_.candidate(p).acquire_cost));
        row.push_back(product_names(model_, predecessors(review_, p), 5));
      }
      row.push_back(std::string(analysis::name_of(review_.time_classes[p])));
      if (any_forced)
        row.push_back(h(forced_label(review_, p)));
      table.add(std::move(row));
    }
    if (products.size() > kTopRows)
      table.add_more(fmt::format("and {} more, {} a year together",
                                 with_thousands(static_cast<long long>(products.size() - kTopRows)),
                                 money(rest_cost)));
    out_ += table.render();
  }

  void plan() {
    open_section("plan");
    const std::vector<WaveSummary> waves = wave_summaries(review_);
    if (waves.empty()) {
      out_ += "<p>Nothing is retired: there is no consolidation to plan.</p>\n";
      close_section();
      return;
    }
    out_ +=
        "<p>Apps are retired in waves by the calendar quarter their contract ends, so no "
        "contract is paid twice; each retired app's capabilities move to the kept or added "
        "product named below.</p>\n";
    std::vector<TimelineColumn> columns;
    for (const WaveSummary& wave : waves) {
      columns.push_back(
          {wave.wave, static_cast<int>(wave.retired.size()),
           rounded_money(wave.annual_cost, inventory_.currency_exponent) + " / yr",
           fmt::format("{}: {} apps retired, {} {} a year", wave.wave, wave.retired.size(),
                       inventory_.currency, money_for_people(review_, wave.annual_cost))});
    }
    out_ += "<figure>" + svg_timeline(columns, "Apps retired per wave, by contract end") +
            fmt::format(
                "<figcaption>Apps retired per wave; under each, the running cost it "
                "ends ({} a year).</figcaption></figure>\n",
                h(inventory_.currency));
    HtmlTable table({{"wave", false, true},
                     {"apps retired"},
                     {"running cost ended", true},
                     {"one-off retire cost", true},
                     {"capabilities moved", true}});
    for (const WaveSummary& wave : waves) {
      table.add({h(wave.wave), product_names(model_, by_annual_cost(model_, wave.retired)),
                 money(wave.annual_cost) + " / yr", money(wave.retire_cost),
                 with_thousands(wave.takeovers)});
    }
    out_ += table.render();
    if (!review_.consolidation.repoints.empty()) {
      out_ += fmt::format(
          "<h3>Integrations to re-point ({})</h3>\n",
          with_thousands(static_cast<long long>(review_.consolidation.repoints.size())));
      HtmlTable repoints({{"retired app"}, {"integrated with"}, {"connect instead to"}});
      const auto& all = review_.consolidation.repoints;
      for (std::size_t i = 0; i < all.size() && i < kTopRows; ++i) {
        repoints.add({product_cell(model_, all[i].retired), product_cell(model_, all[i].partner),
                      product_names(model_, all[i].successors)});
      }
      if (all.size() > kTopRows)
        repoints.add_more(fmt::format("and {} more", all.size() - kTopRows));
      out_ += repoints.render();
    }
    close_section();
  }

  void time_quadrant() {
    open_section("time");
    std::vector<QuadrantMark> marks;
    int unclassified = 0;
    for (int p = 0; p < model_.num_products(); ++p) {
      const inventory::Product& product = *model_.products[p];
      const bool candidate = model_.is_candidate(p);
      if (candidate && !r_.chosen[p])
        continue;  // a candidate not added is not part of either portfolio
      if (!product.fit_functional || !product.fit_technical) {
        unclassified += !candidate;
        continue;
      }
      const std::string decision(decision_name(review_, p));
      marks.push_back({*product.fit_functional, *product.fit_technical, product.name, decision,
                       fmt::format("{} ({}): functional {}, technical {}, {}, {}", product.name,
                                   product.id, *product.fit_functional, *product.fit_technical,
                                   analysis::name_of(review_.time_classes[p]), decision)});
    }
    out_ +=
        "<p>Gartner's TIME classes from the fit scores (1 to 5): <b>Invest</b> in apps that fit "
        "well both ways, <b>Migrate</b> the functionally good ones off weak technology, "
        "<b>Tolerate</b> sound technology of little use, <b>Eliminate</b> the rest. Blue: kept; "
        "green: added; grey, struck through: retired.</p>\n";
    const bool aggregate = marks.size() > kQuadrantLabels;
    if (marks.empty())
      out_ +=
          "<p class=\"muted\">No app has both fit scores, so none can be placed: add "
          "<code>fit: {functional: 1..5, technical: 1..5}</code> to the apps.</p>\n";
    else
      out_ += "<figure>" +
              svg_time_quadrant(marks, aggregate,
                                "Apps by functional and technical fit, with the recommendation") +
              (aggregate ? fmt::format("<figcaption>{} apps: each bubble counts the apps with "
                                       "that pair of scores.</figcaption>",
                                       with_thousands(static_cast<long long>(marks.size())))
                         : std::string()) +
              "</figure>\n";
    const TimeCounts counts = time_counts(review_);
    HtmlTable table(
        {{"TIME class"}, {"apps today", true}, {"kept", true}, {"retired", true}, {"added", true}});
    for (const TimeCounts::Row& row : counts.rows) {
      table.add({std::string(analysis::name_of(row.time_class)), with_thousands(row.today),
                 with_thousands(row.kept), with_thousands(row.retired), with_thousands(row.added)});
    }
    out_ += table.render();
    if (unclassified > 0)
      out_ += fmt::format("<p class=\"muted\">{} apps have no fit scores and are not drawn.</p>\n",
                          with_thousands(unclassified));
    close_section();
  }

  void feedback() {
    open_section("feedback");
    const plan::FeedbackPlatforms& f = review_.feedback;
    out_ += fmt::format(
        "<p>Feedback data (surveys, reviews: X-data) sits on <b>{}</b> platforms today and "
        "<b>{}</b> after the recommendation. Unsanctioned platforms: {} today, {} after; "
        "platforms holding personal data: {} today, {} after.</p>\n",
        f.today.size(), f.after.size(), f.unsanctioned_today, f.unsanctioned_after,
        f.personal_today, f.personal_after);
    if (!f.today.empty()) {
      HtmlTable table({{"feedback platform"}, {"sanctioned"}, {"data held"}, {"decision"}});
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
    out_ += fmt::format("<h3>Unsanctioned apps holding personal data ({})</h3>\n", exposed.size());
    if (exposed.empty()) {
      out_ += "<p>None: every app holding personal data is sanctioned.</p>\n";
    } else {
      out_ +=
          "<p>Bought without IT oversight yet holding personal data: a privacy risk until "
          "retired or brought under governance.</p>\n";
      HtmlTable table({{"app"}, {"sanctioned"}, {"data held"}, {"decision"}});
      for (std::size_t i = 0; i < exposed.size() && i < kTopRows; ++i)
        table.add(privacy_row(exposed[i]));
      if (exposed.size() > kTopRows)
        table.add_more(fmt::format("and {} more", exposed.size() - kTopRows));
      out_ += table.render();
    }
    close_section();
  }

  std::vector<std::string> privacy_row(int p) const {
    const inventory::Product& product = *model_.products[p];
    std::vector<std::string> data;
    for (const inventory::DataClass d : product.data)
      data.push_back(std::string(inventory::name_of(d)));
    return {product_cell(model_, p), product.sanctioned ? "yes" : "<b class=\"bad\">no</b>",
            data.empty() ? "" : fmt::format("{}", fmt::join(data, ", ")),
            std::string(decision_name(review_, p))};
  }

  void journeys() {
    open_section("journeys");
    if (review_.journeys.empty()) {
      out_ += "<p class=\"muted\">The inventory describes no customer journey.</p>\n";
      close_section();
      return;
    }
    std::optional<int> limit;
    if (inventory_.policies.max_systems_per_journey)
      limit = inventory_.policies.max_systems_per_journey->value;
    std::vector<JourneyBars> bars;
    for (const std::size_t i : journeys_to_show(review_)) {
      const plan::JourneyView& view = review_.journeys[i];
      bars.push_back({view.journey->name.empty() ? view.journey->id : view.journey->name,
                      static_cast<int>(view.systems_today.size()),
                      static_cast<int>(view.systems_after.size())});
    }
    out_ +=
        "<p>How many distinct systems a customer or an agent touches in each journey, and the "
        "hand-offs between consecutive steps on systems that are not integrated.</p>\n";
    out_ += "<figure>" + svg_journeys(bars, limit, "Systems per journey, today and after") +
            "</figure>\n";
    HtmlTable table({{"journey"},
                     {"systems today", true},
                     {"after", true},
                     {"hand-offs today", true},
                     {"after", true},
                     {"systems after"}});
    for (const std::size_t i : journeys_to_show(review_)) {
      const plan::JourneyView& view = review_.journeys[i];
      table.add({h(view.journey->name.empty() ? view.journey->id : view.journey->name),
                 std::to_string(view.systems_today.size()),
                 std::to_string(view.systems_after.size()), std::to_string(view.handoffs_today),
                 std::to_string(view.handoffs_after),
                 product_names(model_, view.systems_after, 6)});
    }
    if (review_.journeys.size() > kTopRows)
      table.add_more(fmt::format("and {} more journeys, touching fewer systems today",
                                 review_.journeys.size() - kTopRows));
    out_ += table.render();
    close_section();
  }

  void findings() {
    open_section("findings");
    if (review_.policies.empty()) {
      out_ += "<p class=\"muted\">The inventory sets no governance policy.</p>\n";
    } else {
      out_ += "<h3>Policies</h3>\n";
      HtmlTable table({{"policy"}, {"today"}, {"after"}, {"met after"}});
      for (const plan::PolicyOutcome& outcome : review_.policies) {
        const PolicyFigures figures = policy_figures(review_, outcome);
        table.add(
            {h(figures.subject), h(figures.today), h(figures.after),
             figures.met_after ? "<span class=\"good\">yes</span>" : "<b class=\"bad\">no</b>"});
      }
      out_ += table.render();
    }
    const base::Diagnostics& all = document_.findings;
    out_ += fmt::format("<h3>Findings of <code>appmix check</code> ({})</h3>\n", all.size());
    if (all.empty()) {
      out_ += "<p>No finding: the inventory is clean.</p>\n";
    } else {
      HtmlTable table({{"severity"}, {"rule"}, {"finding"}});
      for (std::size_t i = 0; i < all.size() && i < kTopRows; ++i) {
        const base::Diagnostic& d = all[i];
        const std::string where = d.location.line > 0
                                      ? fmt::format("{}:{}", d.location.file, d.location.line)
                                      : d.location.file;
        table.add({std::string(base::severity_name(d.severity)),
                   "<span class=\"id\">" + h(d.rule) + "</span>",
                   h(d.message) + "<br><span class=\"id\">" + h(where) + "</span>"});
      }
      if (all.size() > kTopRows)
        table.add_more(
            fmt::format("and {} more: run appmix check for all of them", all.size() - kTopRows));
      out_ += table.render();
    }
    close_section();
  }

  void appendix() {
    open_section("appendix");
    HtmlTable model_table({{"the model"}, {"", true}});
    for (const auto& [what, value] : model_figures(review_))
      model_table.add({h(what), value});
    out_ += model_table.render();
    HtmlTable search({{"the search"}, {""}});
    for (const auto& [what, value] : search_figures(review_))
      search.add({h(what), h(value)});
    out_ += search.render();
    out_ += "<h3>Against a greedy choice</h3>\n";
    out_ += "<p>" + h(greedy_sentence(review_)) + "</p>\n";
    close_section();
  }

  void footer() {
    out_ += fmt::format("<footer>Made by appmix {} from ", h(document_.provenance.version));
    std::vector<std::string> inputs;
    for (const InputDigest& input : document_.provenance.inputs)
      inputs.push_back(fmt::format("{} <span class=\"id\">sha256 {}</span>", h(input.path),
                                   h(input.sha256.substr(0, 12))));
    out_ += inputs.empty() ? "standard input" : fmt::format("{}", fmt::join(inputs, ", "));
    out_ += ".</footer>\n";
  }

  const ReviewDocument& document_;
  const plan::Review& review_;
  const model::PortfolioModel& model_;
  const optimise::Recommendation& r_;
  const inventory::Inventory& inventory_;
  std::string out_;
};

}  // namespace

std::string write_review_html(const ReviewDocument& document) {
  return Page(document).render();
}

}  // namespace appmix::report
