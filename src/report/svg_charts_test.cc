// The SVG charts: labels escaped and shortened by code point, every chart a
// scalable <svg> with a viewBox and a title, marks aggregated when asked.
#include "report/svg_charts.h"

#include <doctest/doctest.h>

#include <string>

namespace appmix::report {
namespace {

int count(const std::string& text, const std::string& part) {
  int n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++n;
  return n;
}

TEST_CASE("shorten counts code points and never splits a character") {
  CHECK(shorten("short", 10) == "short");
  CHECK(shorten("exactly10!", 10) == "exactly10!");
  CHECK(shorten("eleven char", 10) == "eleven ch…");
  // Each "é" is two bytes; the cut falls between characters.
  CHECK(shorten("éééééééééééé", 5) == "éééé…");
  CHECK(shorten("日本語のテキストです", 4) == "日本語…");
}

TEST_CASE("chart labels are HTML-escaped, in text and in tooltips") {
  const std::string hostile = "<script>alert('x')</script> & \"q\"";
  Heatmap map;
  map.row_labels = {hostile};
  map.column_labels = {hostile};
  map.cells = {{{"c-ok", "1", hostile}}};
  for (const std::string& svg :
       {svg_heatmap(map, hostile),
        svg_bar_pairs({{hostile, 2, 1, "2", "1", true}}, hostile, hostile, hostile),
        svg_timeline({{hostile, 3, hostile, hostile}}, hostile),
        svg_time_quadrant({{4, 4, hostile, "keep", hostile}}, false, hostile),
        svg_journeys({{hostile, 3, 2}}, 2, hostile),
        svg_cumulative_savings(
            {{{0, 0}, {0, -5}, {100, 10}}, 100, {{0, hostile}}, 50, hostile, hostile, hostile},
            hostile),
        svg_notices({{hostile, 10, 20, true, hostile}}, 100, {{0, hostile}}, hostile),
        svg_journey_map(
            {{{hostile, {hostile}, true}, {hostile, {}, false}}, {LinkKind::unresolvable}},
            hostile),
        svg_frontier({{{3, 10, true, hostile}},
                      {5, 12, true, hostile},
                      {4, 9, true, hostile},
                      3.2,
                      hostile,
                      hostile,
                      hostile},
                     hostile)}) {
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    CHECK(svg.rfind("<svg class=\"chart\"", 0) == 0);
    CHECK(svg.find("viewBox=\"0 0 ") != std::string::npos);
    CHECK(count(svg, "<svg") == 1);
    CHECK(count(svg, "</svg>") == 1);
  }
}

TEST_CASE("cumulative savings: one path through the corners, the payback marked, zero drawn") {
  SavingsChart chart;
  // Starts at zero, steps down by a one-off on day 0, rises, steps down at
  // an exit on day 200, ends above zero.
  chart.points = {{0, 0}, {0, -400}, {200, 100}, {200, -50}, {1095, 900}};
  chart.last_day = 1095;
  chart.ticks = {{0, "2026-01-15"}, {365, "2027-01-15"}, {1095, "2029-01-14"}};
  chart.payback_day = 260;
  chart.payback_label = "payback 2026-10-02";
  const std::string svg = svg_cumulative_savings(chart, "savings");
  CHECK(count(svg, "<path ") == 1);
  CHECK(count(svg, " L") == 4);  // five corners
  CHECK(count(svg, "class=\"payback\"") == 1);
  CHECK(svg.find("payback 2026-10-02") != std::string::npos);
  CHECK(count(svg, "class=\"axis zero\"") == 1);
  // The last tick's date ends at its tick instead of running off the chart.
  CHECK(svg.find("text-anchor=\"end\" class=\"label small\">2029-01-14") != std::string::npos);
  chart.payback_day.reset();
  CHECK(svg_cumulative_savings(chart, "savings").find("payback") == std::string::npos);
}

TEST_CASE("the frontier: a staircase through its points, bounds hollow, today and the mix marked") {
  FrontierChart chart;
  chart.points = {{20, 370, true, "20 apps"}, {21, 358, false, "21 apps"}, {22, 350, true, "22"}};
  chart.today = {43, 366, true, "today"};
  chart.recommended = {22, 350, true, "recommended"};
  chart.guide_apps = 43 * 18.6 / 28.6;
  chart.guide_label = "surveys: 18.6 of 28.6 needed";
  chart.low_label = "350";
  chart.high_label = "370";
  const std::string svg = svg_frontier(chart, "frontier");
  CHECK(count(svg, "<path d=\"M") == 1);
  CHECK(count(svg, " L") == 4);  // three points: a step (two corners) between each pair
  CHECK(count(svg, "class=\"frontier-point\"") == 2);
  CHECK(count(svg, "class=\"frontier-point bound\"") == 1);
  CHECK(count(svg, "<g class=\"today-mark\">") == 1);
  CHECK(count(svg, "<g class=\"recommended-mark\">") == 1);
  CHECK(count(svg, "class=\"guide\"") == 1);
  CHECK(svg.find("surveys: 18.6 of 28.6 needed") != std::string::npos);
  // Ticks at round steps along the apps axis, up to today's count.
  CHECK(svg.find(">40</text>") != std::string::npos);
  chart.guide_apps.reset();
  CHECK(svg_frontier(chart, "frontier").find("class=\"guide\"") == std::string::npos);
}

TEST_CASE("notices: a bar per app from the review date to its exit, the notice marked") {
  const std::string svg = svg_notices({{"crm", 100, 190, false, "crm: notice by ..."},
                                       {"desk", 10, 40, true, "desk: notice by ..."}},
                                      1095, {{0, "2026-01-15"}}, "notices");
  CHECK(count(svg, "class=\"stay\"") == 2);
  CHECK(count(svg, "class=\"notice-mark\"") == 2);
  CHECK(count(svg, "<g class=\"notice soon\">") == 1);
  CHECK(count(svg, "class=\"limit\"") == 1);  // the end of the horizon
}

TEST_CASE("a journey map: a box per step, a link per pair of steps, in the link's kind") {
  JourneyMap map;
  map.steps = {{"Call", {"voxline"}, true},
               {"Log the case", {"crm", "desk", "kb", "wiki", "bot"}, true},
               {"Survey", {}, false},
               {"Rate", {"pulse"}, false}};
  map.links = {LinkKind::integrated, LinkKind::unresolvable, LinkKind::unresolvable};
  const std::string svg = svg_journey_map(map, "journey");
  CHECK(count(svg, "<rect ") == 4);
  CHECK(count(svg, "<g class=\"step agent\">") == 2);
  CHECK(count(svg, "<g class=\"step unserved\">") == 1);
  CHECK(count(svg, "class=\"link-integrated\"") == 1);
  CHECK(count(svg, "class=\"link-unresolvable\"") == 2);
  CHECK(svg.find("+2 more") != std::string::npos);  // five systems: three shown
  CHECK(svg.find("no system") != std::string::npos);
  map.links = {LinkKind::shared, LinkKind::to_build, LinkKind::unresolvable};
  const std::string built = svg_journey_map(map, "journey");
  CHECK(count(built, "class=\"link-build\"") == 1);
  CHECK(count(built, "class=\"link-shared\"") == 1);
}

TEST_CASE("the TIME quadrant labels up to eight marks a cell, else counts the rest") {
  std::vector<QuadrantMark> marks;
  for (int i = 0; i < 10; ++i)
    marks.push_back({3, 3, "app " + std::to_string(i), "keep", "tooltip"});
  const std::string labelled = svg_time_quadrant(marks, false, "t");
  CHECK(count(labelled, "class=\"mark keep\"") == 7);
  CHECK(labelled.find("+3 more") != std::string::npos);
  const std::string bubbles = svg_time_quadrant(marks, true, "t");
  CHECK(count(bubbles, "class=\"bubble\"") == 1);
  CHECK(bubbles.find("10 keep") != std::string::npos);
}

}  // namespace
}  // namespace appmix::report
