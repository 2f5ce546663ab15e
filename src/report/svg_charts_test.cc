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
        svg_journeys({{hostile, 3, 2}}, 2, hostile)}) {
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;") != std::string::npos);
    CHECK(svg.rfind("<svg class=\"chart\"", 0) == 0);
    CHECK(svg.find("viewBox=\"0 0 ") != std::string::npos);
    CHECK(count(svg, "<svg") == 1);
    CHECK(count(svg, "</svg>") == 1);
  }
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
