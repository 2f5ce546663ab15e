// HTML form of the portfolio review: one self-contained page (inline CSS and
// SVG, no script, no external request). Every string from the inventory
// goes through html_text, in element content and in attributes alike; none
// reaches the stylesheet.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/calendar.h"
#include "base/figures_text.h"
#include "report/escape.h"
#include "report/recommend_facts.h"
#include "report/review_facts.h"
#include "report/review_outline.h"
#include "report/review_style.h"
#include "report/review_tables.h"
#include "report/review_writers.h"
#include "report/svg_charts.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

// Notice bars drawn at most; the table below lists the rest.
constexpr std::size_t kNoticeBars = 25;

std::string h(std::string_view text) {
  return html_text(text);
}

// A product as people know it: its name, with its id beside it.
std::string product_html(const model::PortfolioModel& model, int product) {
  const inventory::Product& p = *model.products[product];
  if (p.name.empty() || p.name == p.id)
    return fmt::format("<span class=\"id\">{}</span>", h(p.id));
  return fmt::format("{} <span class=\"id\">{}</span>", h(p.name), h(p.id));
}

std::string cell_html(const model::PortfolioModel& model, const ReviewCell& cell) {
  std::string out;
  if (cell.product_list) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < cell.products.size() && i < cell.limit; ++i)
      names.push_back(h(model.products[cell.products[i]]->name));
    out = fmt::format("{}", fmt::join(names, ", "));
    if (cell.products.size() > cell.limit)
      out += fmt::format(" <span class=\"muted\">and {} more</span>",
                         cell.products.size() - cell.limit);
  } else if (!cell.products.empty()) {
    out = product_html(model, cell.products.front());
  }
  if (!cell.text.empty()) {
    if (!out.empty())
      out += ' ';
    if (cell.code || cell.product_list)
      out += cell.code ? "<span class=\"id\">" : "<span class=\"muted\">";
    out += h(cell.text);
    if (cell.code || cell.product_list)
      out += "</span>";
  }
  if (cell.tone == Tone::bad) {
    out.insert(0, "<b class=\"bad\">");
    out += "</b>";
  } else if (cell.tone == Tone::good) {
    out.insert(0, "<span class=\"good\">");
    out += "</span>";
  }
  if (!cell.note.empty())
    out += "<br><span class=\"id\">" + h(cell.note) + "</span>";
  return out;
}

std::string_view column_class(const ReviewColumn& column) {
  return column.numeric ? " class=\"n\"" : column.nowrap ? " class=\"w\"" : "";
}

// data-label: on a phone each row becomes a card of labelled lines (CSS).
std::string table_html(const model::PortfolioModel& model, const ReviewTable& table) {
  std::string out = "<table><thead><tr>";
  for (const ReviewColumn& column : table.columns)
    out += fmt::format("<th{}>{}</th>", column_class(column), h(column.header));
  out += "</tr></thead><tbody>\n";
  for (const std::vector<ReviewCell>& row : table.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const std::string cell = i < row.size() ? cell_html(model, row[i]) : std::string();
      out += fmt::format("<td{} data-label=\"{}\">{}</td>", column_class(table.columns[i]),
                         h(table.columns[i].header), cell.empty() ? "" : "<div>" + cell + "</div>");
    }
    out += "</tr>\n";
  }
  if (!table.more.empty())
    out += fmt::format("<tr class=\"more\"><td colspan=\"{}\">{}</td></tr>\n", table.columns.size(),
                       h(table.more));
  return out + "</tbody></table>\n";
}

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
    frontier();
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
    return h(inventory_.currency) + " " +
           base::rounded_money(minor_units, inventory_.currency_exponent);
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
        "<p class=\"muted\">Customer-facing application portfolio review · as of {} ({}) · "
        "horizon {} years · money in {}</p>\n</header>\n",
        base::iso_date(model_.review.date), h(std::string(review_date_source(review_))),
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
        "<b>{}</b>: {} app{} in all. Over {} years the portfolio costs <b>{}</b> instead of {}, "
        "{} of <b>{}</b>{}.</p>\n",
        base::with_thousands(kept), base::with_thousands(r_.apps_before),
        base::with_thousands(retired), base::with_thousands(added),
        base::with_thousands(r_.apps_after), r_.apps_after == 1 ? "" : "s",
        inventory_.horizon_years.to_string(), money(r_.cost_after), money(r_.cost_before),
        saving >= 0 ? "a saving" : "an increase", money(saving >= 0 ? saving : -saving),
        r_.cost_before > 0 ? fmt::format(" ({:.1f} %)", 100.0 * std::abs(savings_fraction(r_)))
                           : "");
    out_ += "<p>" + h(status_sentence(review_)) + "</p>\n";
    out_ += "<div class=\"cards\">\n";
    card(fmt::format("{} → {}", base::with_thousands(r_.apps_before),
                     base::with_thousands(r_.apps_after)),
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
                    static_cast<double>(r_.apps_after), base::with_thousands(r_.apps_before),
                    base::with_thousands(r_.apps_after), true});
    for (const SurveyFigure& figure : survey_figures()) {
      rows.push_back({std::string(figure.label), figure.used, figure.needed,
                      fmt::format("{:.1f}", figure.used), fmt::format("{:.1f}", figure.needed),
                      false});
    }
    out_ += "<figure>\n" +
            svg_bar_pairs(rows, "apps used today", "apps needed (recommended)",
                          "Apps used against apps needed, beside the published survey figures") +
            "<figcaption>" + h(survey_sentence(review_)) + "</figcaption>\n</figure>\n";
    cash();
    if (!model_.gaps.empty()) {
      out_ += fmt::format(
          "<p class=\"bad\">{} required capabilities cannot be fully served by any mix: see "
          "<a href=\"#coverage\">Coverage</a>.</p>\n",
          base::with_thousands(static_cast<long long>(model_.gaps.size())));
    }
    close_section();
  }

  // Year boundaries of the horizon, as days after the review date.
  std::vector<DayTick> year_ticks() const {
    std::vector<DayTick> ticks;
    const long long start = base::day_number(model_.review.date);
    for (const plan::CashYear& year : review_.cash.years)
      ticks.push_back({base::day_number(year.from) - start, base::iso_date(year.from)});
    if (!review_.cash.years.empty()) {
      const base::CivilDate& end = review_.cash.years.back().to;
      ticks.push_back({base::day_number(end) - start, base::iso_date(end)});
    }
    return ticks;
  }

  // Cumulative savings over the horizon, then the cash view by year.
  void cash() {
    const plan::CashView& cash = review_.cash;
    SavingsChart chart;
    double low = 0, high = 0;
    for (const plan::SavingsPoint& point : cash.curve) {
      chart.points.push_back({point.day, point.value});
      low = std::min(low, point.value);
      high = std::max(high, point.value);
    }
    chart.last_day = model_.time.horizon_days();
    chart.ticks = year_ticks();
    if (cash.payback) {
      chart.payback_day = base::day_number(*cash.payback) - base::day_number(model_.review.date);
      chart.payback_label = "payback " + base::iso_date(*cash.payback);
    }
    chart.low_label =
        base::rounded_money(static_cast<long long>(low), inventory_.currency_exponent);
    chart.high_label =
        base::rounded_money(static_cast<long long>(high), inventory_.currency_exponent);
    out_ += "<h3>Money over time</h3>\n";
    out_ += "<p>" + h("Money " + money_assumption(review_) + ".") + "</p>\n";
    out_ += "<figure>" +
            svg_cumulative_savings(chart,
                                   "Cumulative savings from the review date, one-off costs "
                                   "as steps, payback marked") +
            fmt::format(
                "<figcaption>Cumulative savings ({}), nominal: each retired app stops "
                "costing when it leaves; retire and acquire costs are the steps down. "
                "{}</figcaption></figure>\n",
                h(inventory_.currency), h(payback_sentence(review_)));
    out_ += table_html(model_, cash_table(review_));
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
        base::with_thousands(counts.overlap_today), base::with_thousands(counts.overlap_after),
        base::with_thousands(counts.gaps));
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
          base::with_thousands(choice.hidden_capabilities),
          base::with_thousands(choice.hidden_units),
          base::with_thousands(choice.hidden_overlap_cells),
          base::with_thousands(choice.hidden_gap_cells));
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
        base::with_thousands(static_cast<long long>(overlap.overlapping_pairs)));
    if (!overlap.pairs.empty())
      out_ += table_html(model_, similar_pairs_table(review_, overlap));
  }

  void gaps() {
    if (model_.gaps.empty())
      return;
    out_ += "<h3>Gaps</h3>\n" + table_html(model_, gaps_table(review_));
  }

  void recommendation() {
    open_section("recommendation");
    for (const auto& [title, table] :
         {std::pair{"Retire", retire_table(review_)}, std::pair{"Add", add_table(review_)},
          std::pair{"Keep", keep_table(review_)}}) {
      const std::size_t count = title == std::string_view("Retire") ? retired_apps(review_).size()
                                : title == std::string_view("Add")
                                    ? added_candidates(review_).size()
                                    : kept_apps(review_).size();
      out_ += fmt::format("<h3>{} ({})</h3>\n", title,
                          base::with_thousands(static_cast<long long>(count)));
      out_ += table.rows.empty() ? "<p class=\"muted\">None.</p>\n" : table_html(model_, table);
    }
    if (!r_.forced.empty()) {
      out_ += "<h3>Forced decisions and their price</h3>\n" +
              table_html(model_, forced_table(review_)) +
              "<p class=\"muted\">The price of a forced decision is the optimum with every "
              "forced decision minus the optimum without this one.</p>\n";
    }
    close_section();
  }

  // Fewer apps at what price, and how close each decision is.
  void frontier() {
    open_section("frontier");
    if (review_.frontier && !review_.frontier->points.empty()) {
      const SurveyFigure& survey = survey_figures().front();
      const auto dot = [&](int apps, std::int64_t cost, bool proven, const std::string& what) {
        return FrontierDot{apps, static_cast<double>(cost), proven,
                           fmt::format("{}: {}, {} {}", what, base::counted(apps, "app", "apps"),
                                       inventory_.currency, money_for_people(review_, cost))};
      };
      FrontierChart chart;
      double low = static_cast<double>(r_.cost_before), high = low;
      for (const optimise::FrontierPoint& point : review_.frontier->points) {
        chart.points.push_back(
            dot(point.apps, point.cost, point.proven, point.proven ? "least cost" : "best found"));
        low = std::min(low, static_cast<double>(point.cost));
        high = std::max(high, static_cast<double>(point.cost));
      }
      chart.today = dot(r_.apps_before, r_.cost_before, true, "today");
      chart.recommended = dot(r_.apps_after, r_.cost_after, r_.optimal, "recommended");
      if (r_.apps_before > 0) {
        chart.guide_apps = r_.apps_before * survey.needed / survey.used;
        chart.guide_label = fmt::format("surveys: {} of {} needed", survey.needed, survey.used);
      }
      chart.low_label =
          base::rounded_money(static_cast<long long>(low), inventory_.currency_exponent);
      chart.high_label =
          base::rounded_money(static_cast<long long>(high), inventory_.currency_exponent);
      out_ +=
          "<p>Could the mix have fewer apps, and at what price? Each point is the least cost "
          "of a mix of at most that many apps, from the fewest that serve every requirement to "
          "the recommended mix; a hollow point is the best found, with its proven bound in the "
          "table.</p>\n";
      out_ += "<figure>" +
              svg_frontier(chart,
                           "Least cost against the number of apps, today and the "
                           "recommended mix marked") +
              fmt::format(
                  "<figcaption>Least cost over the horizon ({}) of a mix of at most N apps; the "
                  "dashed line is where the surveys put the apps needed for today's count "
                  "({} of {}).</figcaption></figure>\n",
                  h(inventory_.currency), survey.needed, survey.used);
      out_ += table_html(model_, frontier_table(review_));
    }
    out_ += "<h3>Closest decisions</h3>\n";
    if (!review_.margins) {
      out_ +=
          "<p class=\"muted\">Decision margins price decisions in money; this review minimises "
          "the number of apps (--objective apps).</p>\n";
    } else {
      out_ +=
          "<p>The price of the opposite decision: how much more the best mix costs if this "
          "one decision is reversed. A quote better by that much changes the decision.</p>\n";
      const ReviewTable table = closest_decisions_table(review_);
      if (review_.margins->items.empty())
        out_ +=
            "<p class=\"muted\">Every product is locked or forced: the optimisation decided "
            "nothing.</p>\n";
      else if (table.rows.empty())
        out_ += "<p class=\"muted\">Every decision taken is required.</p>\n";
      else
        out_ += table_html(model_, table);
    }
    close_section();
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
           base::rounded_money(wave.annual_cost, inventory_.currency_exponent) + " / yr",
           fmt::format("{}: {} retired, {} {} a year", wave.wave,
                       base::counted(static_cast<long long>(wave.retired.size()), "app", "apps"),
                       inventory_.currency, money_for_people(review_, wave.annual_cost))});
    }
    out_ += "<figure>" + svg_timeline(columns, "Apps retired per wave, by contract end") +
            fmt::format(
                "<figcaption>Apps retired per wave; under each, the running cost it "
                "ends ({} a year).</figcaption></figure>\n",
                h(inventory_.currency));
    out_ += table_html(model_, waves_table(review_));
    notices();
    if (!review_.consolidation.repoints.empty()) {
      out_ += fmt::format(
          "<h3>Integrations to re-point ({})</h3>\n",
          base::with_thousands(static_cast<long long>(review_.consolidation.repoints.size())));
      out_ += table_html(model_, repoints_table(review_));
    }
    close_section();
  }

  // One bar per retired app with a contract, from the review date to its
  // exit, the notice date marked; then the calendar as a table.
  void notices() {
    if (review_.notices.empty())
      return;
    const long long start = base::day_number(model_.review.date);
    std::vector<NoticeBar> bars;
    for (std::size_t i = 0; i < review_.notices.size() && i < kNoticeBars; ++i) {
      const plan::Notice& notice = review_.notices[i];
      bars.push_back({model_.id(notice.app), base::day_number(notice.notice_by) - start,
                      base::day_number(notice.exit) - start,
                      notice.days_left <= plan::kNoticeSoonDays,
                      fmt::format("{}: notice by {}, leaves {}", model_.id(notice.app),
                                  base::iso_date(notice.notice_by), base::iso_date(notice.exit))});
    }
    out_ += fmt::format("<h3>Notices ({})</h3>\n",
                        base::with_thousands(static_cast<long long>(review_.notices.size())));
    out_ += "<p>Give notice by the date, or the contract renews for another term.</p>\n";
    out_ += "<figure>" +
            svg_notices(bars, model_.time.horizon_days(), year_ticks(),
                        "Notices: each retired app from the review date to its exit, the notice "
                        "date marked") +
            fmt::format(
                "<figcaption>Each bar runs from the review date to the day the app can "
                "leave; the mark is the last day to give notice{}.{}</figcaption></figure>\n",
                " (red: due within 30 days)",
                review_.notices.size() > kNoticeBars
                    ? fmt::format(" The first {} of {} by notice date.", kNoticeBars,
                                  review_.notices.size())
                    : "");
    out_ += table_html(model_, notices_table(review_));
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
                                       base::with_thousands(static_cast<long long>(marks.size())))
                         : std::string()) +
              "</figure>\n";
    out_ += table_html(model_, time_table(review_));
    if (unclassified > 0)
      out_ += fmt::format(
          "<p class=\"muted\">{} no fit scores and {} not drawn.</p>\n",
          unclassified == 1 ? "1 app has" : base::with_thousands(unclassified) + " apps have",
          unclassified == 1 ? "is" : "are");
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
    if (!f.today.empty())
      out_ += table_html(model_, feedback_table(review_));
    const std::vector<int> exposed = unsanctioned_personal(review_);
    out_ += fmt::format("<h3>Unsanctioned apps holding personal data ({})</h3>\n", exposed.size());
    if (exposed.empty()) {
      out_ += "<p>None: every app holding personal data is sanctioned.</p>\n";
    } else {
      out_ +=
          "<p>Bought without IT oversight yet holding personal data: a privacy risk until "
          "retired or brought under governance.</p>\n";
      out_ += table_html(model_, exposed_table(review_));
    }
    close_section();
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
    out_ += table_html(model_, journeys_table(review_));
    integrate();
    close_section();
  }

  // Right-size, then integrate: the plan, a picture per journey, and the
  // agents' systems per unit beside the policy limit.
  void integrate() {
    const plan::IntegrationPlan& plan = review_.integration;
    out_ += "<h3>Then integrate</h3>\n";
    out_ += "<p>" +
            h(plan.to_build.empty()
                  ? std::string("No new integration is needed: an existing or re-pointed "
                                "integration joins every hand-off after the recommendation.")
                  : fmt::format("The mix was chosen first; for it, build {} ({} {} one-off, {}), "
                                "joining {} that no existing or re-pointed integration joins.",
                                base::counted(static_cast<long long>(plan.to_build.size()),
                                              "integration", "integrations"),
                                inventory_.currency, money_for_people(review_, plan.cost),
                                plan.proven ? "proven the fewest" : "not proven the fewest",
                                base::counted(plan.handoffs, "hand-off", "hand-offs"))) +
            "</p>\n";
    if (!plan.to_build.empty())
      out_ += table_html(model_, integrations_table(review_));
    for (const std::size_t i : journeys_to_show(review_)) {
      const plan::JourneyView& view = review_.journeys[i];
      JourneyMap map;
      for (std::size_t s = 0; s < view.journey->steps.size(); ++s) {
        const inventory::JourneyStep& step = view.journey->steps[s];
        JourneyStepBox box{step.name, {}, step.actor == inventory::Actor::agent};
        for (const int p : view.steps_after[s])
          box.systems.push_back(model_.id(p));
        map.steps.push_back(std::move(box));
      }
      for (const plan::StepLink link : view.links)
        map.links.push_back(static_cast<LinkKind>(link));
      const std::string name = view.journey->name.empty() ? view.journey->id : view.journey->name;
      out_ +=
          "<figure>" + svg_journey_map(map, name + " after the recommendation") +
          fmt::format(
              "<figcaption>{}: hand-offs not integrated {} today, {} after the mix, "
              "{} after integrating.</figcaption></figure>\n",
              h(name), view.handoffs_today, view.handoffs_after, view.handoffs_after_integration);
    }
    out_ +=
        "<p class=\"muted\">Links: grey \"shared\", a shared system (no hand-off); green "
        "\"linked\", an existing or "
        "re-pointed integration; blue dashed \"build\", an integration to build; red dotted "
        "\"none\", a step with no "
        "system. Agent steps are blue.</p>\n";
    if (!review_.agents.empty()) {
      std::optional<int> limit;
      if (inventory_.policies.max_agent_systems)
        limit = inventory_.policies.max_agent_systems->value;
      std::vector<JourneyBars> bars;
      for (const plan::AgentSystems& systems : review_.agents) {
        const inventory::BusinessUnit& unit = *model_.units[systems.unit];
        bars.push_back({unit.name.empty() ? unit.id : unit.name,
                        static_cast<int>(systems.today.size()),
                        static_cast<int>(systems.after.size())});
      }
      out_ += "<h4>Agent systems per business unit</h4>\n";
      out_ += "<figure>" +
              svg_journeys(bars, limit, "Agent systems per business unit, today and after") +
              "</figure>\n";
      out_ += table_html(model_, agents_table(review_));
    }
  }

  void findings() {
    open_section("findings");
    if (review_.policies.empty()) {
      out_ += "<p class=\"muted\">The inventory sets no governance policy.</p>\n";
    } else {
      out_ += "<h3>Policies</h3>\n" + table_html(model_, policies_table(review_));
    }
    const base::Diagnostics& all = document_.findings;
    out_ += fmt::format("<h3>Findings of <code>appmix check</code> ({})</h3>\n", all.size());
    out_ += all.empty() ? "<p>No finding: the inventory is clean.</p>\n"
                        : table_html(model_, findings_table(all));
    close_section();
  }

  void appendix() {
    open_section("appendix");
    out_ += table_html(model_, model_table(review_)) + table_html(model_, search_table(review_));
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
