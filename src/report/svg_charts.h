// Inline SVG charts for the HTML report, drawn by our own code so the page
// needs no script and makes no request. Each chart takes plain figures and
// labels (already chosen and aggregated by the caller) and returns one <svg>
// element with a viewBox, so it scales to the width of a phone, a laptop or
// an A4 page; every label is HTML-escaped here. Labels longer than a chart
// has room for are shortened with an ellipsis, the full text kept in the
// mark's <title> tooltip. It knows nothing of inventories or reviews.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace appmix::report {

// Pairs of horizontal bars: a "before" and an "after" value per row (apps
// today against recommended, used against needed).
struct BarPair {
  std::string label;
  double before = 0;
  double after = 0;
  std::string before_text;  // printed at the end of the bar
  std::string after_text;
  bool highlight = false;  // the organisation's own row among reference rows
};
std::string svg_bar_pairs(const std::vector<BarPair>& rows, const std::string& before_legend,
                          const std::string& after_legend, const std::string& title);

// A heatmap of cells in rows and columns; each cell has a class name (its
// colour comes from the page's CSS), the number printed in it (empty: none)
// and a tooltip.
struct HeatCell {
  std::string css_class;
  std::string text;
  std::string tooltip;
};
struct Heatmap {
  std::vector<std::string> row_labels;
  std::vector<std::string> column_labels;
  std::vector<std::vector<HeatCell>> cells;  // [row][column]
};
std::string svg_heatmap(const Heatmap& heatmap, const std::string& title);

// Columns along a time axis: one per wave, its height the count, with a
// caption under the count (e.g. the yearly cost it frees).
struct TimelineColumn {
  std::string label;    // "2027-Q1"
  int count = 0;        // apps retired in the wave
  std::string caption;  // "EUR 412,000 / year"
  std::string tooltip;
};
std::string svg_timeline(const std::vector<TimelineColumn>& columns, const std::string& title);

// The TIME quadrant: functional fit (up) against technical fit (right), each
// 1..5. Marks sharing a score pair are stacked as a labelled list in their
// cell; beyond `labels_per_cell` the rest is counted ("+12 more"). With
// `aggregate` set, each cell shows one bubble sized by its count instead.
struct QuadrantMark {
  int functional = 1;
  int technical = 1;
  std::string label;
  std::string css_class;  // "keep", "retire", "add"
  std::string tooltip;
};
std::string svg_time_quadrant(const std::vector<QuadrantMark>& marks, bool aggregate,
                              const std::string& title);

// Grouped bars for systems per journey, today and after, with an optional
// limit drawn as a dashed line.
struct JourneyBars {
  std::string label;
  int today = 0;
  int after = 0;
};
std::string svg_journeys(const std::vector<JourneyBars>& journeys, std::optional<int> limit,
                         const std::string& title);

// Cumulative savings over the horizon: a line through the corners (two on
// one day draw a one-off cost as a step), the zero line, ticks along the
// days, and the payback day marked.
struct CurvePoint {
  long long day = 0;
  double value = 0;
};
struct DayTick {
  long long day = 0;
  std::string label;  // "2027-01-15"
};
struct SavingsChart {
  std::vector<CurvePoint> points;  // by day
  long long last_day = 0;
  std::vector<DayTick> ticks;
  std::optional<long long> payback_day;
  std::string payback_label;          // "payback 2027-07-21"
  std::string low_label, high_label;  // the values at the bottom and top of the scale
};
std::string svg_cumulative_savings(const SavingsChart& chart, const std::string& title);

// One bar per app from the review date (day 0) to the day it can leave,
// with the day notice is due marked on it; the horizon's end is a dashed
// line.
struct NoticeBar {
  std::string label;  // the app
  long long notice_day = 0;
  long long exit_day = 0;
  bool soon = false;    // notice due within 30 days: drawn to stand out
  std::string tooltip;  // dates in words
};
std::string svg_notices(const std::vector<NoticeBar>& bars, long long horizon_day,
                        const std::vector<DayTick>& ticks, const std::string& title);

// One journey after the recommendation: its steps left to right, each with
// the systems it runs on (none: the step cannot be served), and between two
// steps how they are linked: a shared system, an existing integration, one
// to build, or unresolvable (a step without a system).
enum class LinkKind { shared, integrated, to_build, unresolvable };
struct JourneyStepBox {
  std::string name;
  std::vector<std::string> systems;
  bool agent = false;  // performed by an employee on the customer's behalf
};
struct JourneyMap {
  std::vector<JourneyStepBox> steps;
  std::vector<LinkKind> links;  // steps.size() - 1
};
std::string svg_journey_map(const JourneyMap& map, const std::string& title);

// The cost–apps frontier: the least cost (up) against the number of apps
// (right), a line through the points (hollow where only a bound is proven),
// today's portfolio and the recommended mix marked, and a dashed guide at
// the number of apps the surveys find needed for today's count.
struct FrontierDot {
  int apps = 0;
  double cost = 0;
  bool proven = true;
  std::string tooltip;
};
struct FrontierChart {
  std::vector<FrontierDot> points;  // by apps
  FrontierDot today;                // today's apps and cost
  FrontierDot recommended;
  std::optional<double> guide_apps;  // e.g. 18.6 / 28.6 of today's count
  std::string guide_label;
  std::string low_label, high_label;  // the costs at the bottom and top of the scale
};
std::string svg_frontier(const FrontierChart& chart, const std::string& title);

// At most `max_code_points` code points of UTF-8 text, ending in "…" when
// shortened (never inside a multibyte character).
std::string shorten(const std::string& text, std::size_t max_code_points);

}  // namespace appmix::report
