#include "report/svg_charts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "report/escape.h"

namespace appmix::report {
namespace {

std::string h(const std::string& text) {
  return html_text(text);
}

// The opening tag of every chart: scales with its container, and is
// announced to screen readers by its title.
std::string open_svg(int width, int height, const std::string& title) {
  return fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\"><title>{}</title>\n",
      width, height, width, height, h(title), h(title));
}

std::string text_at(double x, double y, const std::string& text, const std::string& attributes) {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" {}>{}</text>", x, y, attributes, h(text));
}

// A date under a tick, centred; near the right edge it ends at the tick so
// it is not clipped.
std::string tick_label(double x, double y, const std::string& label, double right_edge) {
  const bool at_edge = x > right_edge - 36;
  return text_at(x, y, label,
                 at_edge ? "text-anchor=\"end\" class=\"label small\""
                         : "text-anchor=\"middle\" class=\"label small\"");
}

}  // namespace

std::string shorten(const std::string& text, std::size_t max_code_points) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
      continue;
    if (points == max_code_points - 1) {
      // Is there more than one code point left from here?
      std::size_t rest = 0;
      for (std::size_t j = i; j < text.size(); ++j)
        rest += (static_cast<unsigned char>(text[j]) & 0xC0) != 0x80;
      if (rest > 1)
        return text.substr(0, i) + "…";
      return text;
    }
    ++points;
  }
  return text;
}

std::string svg_bar_pairs(const std::vector<BarPair>& rows, const std::string& before_legend,
                          const std::string& after_legend, const std::string& title) {
  constexpr int kLabel = 240, kBars = 400, kRow = 46, kTop = 30;
  const int width = kLabel + kBars + 110;
  const int height = kTop + kRow * static_cast<int>(rows.size()) + 8;
  double top = 0;
  for (const BarPair& row : rows)
    top = std::max({top, row.before, row.after});
  const double scale = top > 0 ? kBars / top : 0;
  std::string out = open_svg(width, height, title);
  out += fmt::format(
      "<rect x=\"{}\" y=\"8\" width=\"12\" height=\"12\" class=\"bar-before\"/>{}"
      "<rect x=\"{}\" y=\"8\" width=\"12\" height=\"12\" class=\"bar-after\"/>{}\n",
      kLabel, text_at(kLabel + 16, 18, before_legend, "class=\"legend\""), kLabel + 180,
      text_at(kLabel + 196, 18, after_legend, "class=\"legend\""));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const BarPair& row = rows[i];
    const int y = kTop + kRow * static_cast<int>(i);
    out += text_at(kLabel - 8, y + 24, shorten(row.label, 30),
                   row.highlight ? "text-anchor=\"end\" class=\"label strong\""
                                 : "text-anchor=\"end\" class=\"label\"");
    const double before = row.before * scale, after = row.after * scale;
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"15\" class=\"bar-before\"><title>{}: "
        "{}</title></rect>",
        kLabel, y + 4, before, h(row.label), h(row.before_text));
    out += text_at(kLabel + before + 5, y + 16, row.before_text, "class=\"value\"");
    out += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"15\" class=\"bar-after\"><title>{}: "
        "{}</title></rect>",
        kLabel, y + 22, after, h(row.label), h(row.after_text));
    out += text_at(kLabel + after + 5, y + 34, row.after_text, "class=\"value\"") + "\n";
  }
  return out + "</svg>\n";
}

std::string svg_heatmap(const Heatmap& heatmap, const std::string& title) {
  constexpr int kCell = 22, kLabelChars = 30, kColumnChars = 22;
  std::size_t longest = 0;
  for (const std::string& label : heatmap.row_labels)
    longest = std::max(longest, shorten(label, kLabelChars).size());
  const int label_width = 16 + static_cast<int>(std::min<std::size_t>(longest, kLabelChars)) * 7;
  const int top = 130;
  const int columns = static_cast<int>(heatmap.column_labels.size());
  const int rows = static_cast<int>(heatmap.row_labels.size());
  const int width = label_width + columns * kCell + 90;
  const int height = top + rows * kCell + 10;
  std::string out = open_svg(width, height, title);
  for (int c = 0; c < columns; ++c) {
    const double x = label_width + c * kCell + kCell / 2.0 + 4;
    out += fmt::format(
        "<text transform=\"translate({:.1f},{}) rotate(-50)\" class=\"label small\">{}<title>{}"
        "</title></text>",
        x, top - 6, h(shorten(heatmap.column_labels[c], kColumnChars)),
        h(heatmap.column_labels[c]));
  }
  out += "\n";
  for (int r = 0; r < rows; ++r) {
    const int y = top + r * kCell;
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label small\">{}"
        "<title>{}</title></text>",
        label_width - 6, y + 15, h(shorten(heatmap.row_labels[r], kLabelChars)),
        h(heatmap.row_labels[r]));
    for (int c = 0; c < columns; ++c) {
      const HeatCell& cell = heatmap.cells[r][c];
      const int x = label_width + c * kCell;
      out += fmt::format(
          "<g class=\"{}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/><title>{}</title>",
          h(cell.css_class), x + 1, y + 1, kCell - 2, kCell - 2, h(cell.tooltip));
      if (!cell.text.empty())
        out += text_at(x + kCell / 2.0, y + 15, cell.text, "text-anchor=\"middle\"");
      out += "</g>";
    }
    out += "\n";
  }
  return out + "</svg>\n";
}

std::string svg_timeline(const std::vector<TimelineColumn>& columns, const std::string& title) {
  constexpr int kColumn = 76, kLeft = 20, kBars = 130, kTop = 28;
  const int width = std::max(360, kLeft * 2 + kColumn * static_cast<int>(columns.size()));
  const int axis = kTop + kBars;
  const int height = axis + 52;
  int top = 1;
  for (const TimelineColumn& column : columns)
    top = std::max(top, column.count);
  std::string out = open_svg(width, height, title);
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"axis\"/>\n", kLeft,
                     axis, width - kLeft, axis);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const TimelineColumn& column = columns[i];
    const double x = kLeft + kColumn * static_cast<double>(i);
    const double bar = std::max(2.0, kBars * static_cast<double>(column.count) / top);
    out += fmt::format(
        "<g><rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" class=\"wave\"/>"
        "<title>{}</title></g>",
        x + 14, axis - bar, kColumn - 28, bar, h(column.tooltip));
    out += text_at(x + kColumn / 2.0, axis - bar - 6, std::to_string(column.count),
                   "text-anchor=\"middle\" class=\"value\"");
    out += text_at(x + kColumn / 2.0, axis + 18, column.label,
                   "text-anchor=\"middle\" class=\"label\"");
    out += text_at(x + kColumn / 2.0, axis + 36, column.caption,
                   "text-anchor=\"middle\" class=\"label small\"") +
           "\n";
  }
  return out + "</svg>\n";
}

std::string svg_cumulative_savings(const SavingsChart& chart, const std::string& title) {
  constexpr int kLeft = 96, kRight = 24, kTop = 24, kPlot = 220, kWidth = 760;
  const int height = kTop + kPlot + 44;
  const double span = static_cast<double>(std::max(1LL, chart.last_day));
  double low = 0, high = 0;
  for (const CurvePoint& point : chart.points) {
    low = std::min(low, point.value);
    high = std::max(high, point.value);
  }
  if (high - low < 1)
    high = low + 1;
  const auto x = [&](long long day) { return kLeft + (kWidth - kLeft - kRight) * day / span; };
  const auto y = [&](double value) { return kTop + kPlot * (high - value) / (high - low); };
  std::string out = open_svg(kWidth, height, title);
  for (const DayTick& tick : chart.ticks) {
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"grid\"/>",
                       x(tick.day), kTop, kTop + kPlot);
    out += tick_label(x(tick.day), kTop + kPlot + 16, tick.label, kWidth - kRight);
  }
  out += fmt::format("<line x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\" class=\"axis zero\"/>",
                     kLeft, y(0), kWidth - kRight, y(0));
  out += text_at(kLeft - 6, y(0) + 4, "0", "text-anchor=\"end\" class=\"label\"");
  if (y(high) < y(0) - 14)
    out += text_at(kLeft - 6, y(high) + 4, chart.high_label, "text-anchor=\"end\" class=\"label\"");
  if (y(low) > y(0) + 14)
    out += text_at(kLeft - 6, y(low) + 4, chart.low_label, "text-anchor=\"end\" class=\"label\"");
  std::string path;
  for (const CurvePoint& point : chart.points)
    path += fmt::format("{}{:.1f},{:.1f}", path.empty() ? "M" : " L", x(point.day), y(point.value));
  out += fmt::format("<path d=\"{}\" class=\"savings\"/>\n", path);
  if (chart.payback_day) {
    const double px = x(*chart.payback_day);
    out +=
        fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"payback\"/>",
                    px, kTop, kTop + kPlot);
    const bool right_half = px > kLeft + (kWidth - kLeft - kRight) / 2.0;
    out += text_at(
        px + (right_half ? -6 : 6), kTop + 12, chart.payback_label,
        right_half ? "text-anchor=\"end\" class=\"label strong\"" : "class=\"label strong\"");
  }
  return out + "</svg>\n";
}

std::string svg_frontier(const FrontierChart& chart, const std::string& title) {
  constexpr int kLeft = 110, kRight = 24, kTop = 24, kPlot = 240, kWidth = 760;
  const int height = kTop + kPlot + 48;
  double first = chart.today.apps, last = chart.today.apps;
  double low = chart.today.cost, high = chart.today.cost;
  for (const FrontierDot& point : chart.points) {
    first = std::min<double>(first, point.apps);
    last = std::max<double>(last, point.apps);
    low = std::min(low, point.cost);
    high = std::max(high, point.cost);
  }
  if (chart.guide_apps) {
    first = std::min(first, *chart.guide_apps);
    last = std::max(last, *chart.guide_apps);
  }
  first = std::max(0.0, first - 1);
  last += 1;
  if (high - low < 1)
    high = low + 1;
  const double margin = (high - low) * 0.08;
  low -= margin;
  high += margin;
  const auto x = [&](double apps) {
    return kLeft + (kWidth - kLeft - kRight) * (apps - first) / (last - first);
  };
  const auto y = [&](double cost) { return kTop + kPlot * (high - cost) / (high - low); };
  std::string out = open_svg(kWidth, height, title);
  // About eight ticks along the app axis, at round steps.
  const double range = last - first;
  int step = 1;
  for (const int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
    step = candidate;
    if (range / candidate <= 8)
      break;
  }
  for (int apps = static_cast<int>(std::ceil(first / step)) * step; apps <= last; apps += step) {
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"grid\"/>",
                       x(apps), kTop, kTop + kPlot);
    out += tick_label(x(apps), kTop + kPlot + 16, std::to_string(apps), kWidth - kRight);
  }
  out += text_at((kLeft + kWidth - kRight) / 2.0, kTop + kPlot + 36, "apps",
                 "text-anchor=\"middle\" class=\"label small\"");
  out += text_at(kLeft - 6, y(high - margin) + 4, chart.high_label,
                 "text-anchor=\"end\" class=\"label\"");
  out += text_at(kLeft - 6, y(low + margin) + 4, chart.low_label,
                 "text-anchor=\"end\" class=\"label\"");
  if (chart.guide_apps) {
    out +=
        fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"guide\"/>",
                    x(*chart.guide_apps), kTop, kTop + kPlot);
    out += text_at(x(*chart.guide_apps) + 6, kTop + 12, chart.guide_label, "class=\"label small\"");
  }
  // The frontier is a staircase: at most k apps costs what the best point
  // at or below k costs, so the line steps down at each point.
  std::string path;
  for (std::size_t k = 0; k < chart.points.size(); ++k) {
    const FrontierDot& point = chart.points[k];
    if (k > 0)
      path += fmt::format(" L{:.1f},{:.1f}", x(point.apps), y(chart.points[k - 1].cost));
    path += fmt::format("{}{:.1f},{:.1f}", path.empty() ? "M" : " L", x(point.apps), y(point.cost));
  }
  if (!path.empty())
    out += fmt::format("<path d=\"{}\" class=\"frontier\"/>\n", path);
  for (const FrontierDot& point : chart.points) {
    out += fmt::format(
        "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" class=\"frontier-point{}\"><title>{}</title>"
        "</circle>",
        x(point.apps), y(point.cost), point.proven ? "" : " bound", h(point.tooltip));
  }
  const auto mark = [&](const FrontierDot& dot, std::string_view css, const std::string& label) {
    const double mx = x(dot.apps), my = y(dot.cost);
    const bool right_half = mx > kLeft + (kWidth - kLeft - kRight) / 2.0;
    out += fmt::format(
        "<g class=\"{}\"><title>{}</title><circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"6\"/>", css,
        h(dot.tooltip), mx, my);
    out += text_at(
        mx + (right_half ? -10 : 10), my - 8, label,
        right_half ? "text-anchor=\"end\" class=\"label strong\"" : "class=\"label strong\"");
    out += "</g>\n";
  };
  mark(chart.today, "today-mark", "today");
  mark(chart.recommended, "recommended-mark", "recommended");
  return out + "</svg>\n";
}

std::string svg_notices(const std::vector<NoticeBar>& bars, long long horizon_day,
                        const std::vector<DayTick>& ticks, const std::string& title) {
  constexpr int kLabel = 190, kRight = 24, kTop = 12, kRow = 22, kWidth = 760;
  long long last = std::max(1LL, horizon_day);
  for (const NoticeBar& bar : bars)
    last = std::max(last, bar.exit_day);
  const int plot_bottom = kTop + kRow * static_cast<int>(bars.size());
  const int height = plot_bottom + 40;
  const auto x = [&](long long day) {
    return kLabel +
           (kWidth - kLabel - kRight) * static_cast<double>(day) / static_cast<double>(last);
  };
  std::string out = open_svg(kWidth, height, title);
  for (const DayTick& tick : ticks) {
    if (tick.day > last)
      continue;
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"grid\"/>",
                       x(tick.day), kTop, plot_bottom);
    out += tick_label(x(tick.day), plot_bottom + 16, tick.label, kWidth - kRight);
  }
  out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" class=\"limit\"/>",
                     x(horizon_day), kTop - 4, plot_bottom);
  out += text_at(x(horizon_day) - 4, plot_bottom + 32, "end of horizon",
                 "text-anchor=\"end\" class=\"label small\"");
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const NoticeBar& bar = bars[i];
    const double top = kTop + kRow * static_cast<double>(i);
    out += fmt::format("<g class=\"notice{}\"><title>{}</title>", bar.soon ? " soon" : "",
                       h(bar.tooltip));
    out += text_at(kLabel - 8, top + 15, shorten(bar.label, 26),
                   "text-anchor=\"end\" class=\"label\"");
    out += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"12\" class=\"stay\"/>", x(0),
        top + 5, std::max(1.5, x(bar.exit_day) - x(0)));
    const double nx = x(bar.notice_day);
    out += fmt::format(
        "<path d=\"M{0:.1f},{1:.1f} l5,6 l-5,6 l-5,-6 z\" class=\"notice-mark\"/></g>\n", nx,
        top + 5);
  }
  return out + "</svg>\n";
}

std::string svg_journey_map(const JourneyMap& map, const std::string& title) {
  constexpr int kBox = 124, kGap = 36, kLeft = 8, kTop = 8, kLine = 15, kSystemsShown = 3;
  std::size_t rows = 1;
  for (const JourneyStepBox& step : map.steps)
    rows = std::max(rows, std::min<std::size_t>(step.systems.size(), kSystemsShown + 1));
  const int box_height = 44 + kLine * static_cast<int>(rows);
  const int count = static_cast<int>(map.steps.size());
  const int width = std::max(360, kLeft * 2 + count * kBox + std::max(0, count - 1) * kGap);
  const int height = kTop + box_height + 16;
  std::string out = open_svg(width, height, title);
  const double middle = kTop + box_height / 2.0;
  for (int s = 0; s < count; ++s) {
    const JourneyStepBox& step = map.steps[s];
    const double x = kLeft + s * (kBox + kGap);
    const bool empty = step.systems.empty();
    out += fmt::format("<g class=\"step{}{}\"><title>{}</title>", step.agent ? " agent" : "",
                       empty ? " unserved" : "", h(step.name));
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\"/>", x, kTop,
                       kBox, box_height);
    out += text_at(x + 8, kTop + 17, shorten(step.name, 17), "class=\"label strong\"");
    out += text_at(x + 8, kTop + 32, step.agent ? "agent" : "customer", "class=\"label small\"");
    if (empty)
      out += text_at(x + 8, kTop + 32 + kLine, "no system", "class=\"label bad\"");
    for (std::size_t k = 0; k < step.systems.size() && k <= kSystemsShown; ++k) {
      const std::string label = k == kSystemsShown
                                    ? fmt::format("+{} more", step.systems.size() - kSystemsShown)
                                    : shorten(step.systems[k], 17);
      out +=
          text_at(x + 8, kTop + 32 + kLine * static_cast<double>(k + 1), label, "class=\"label\"");
    }
    out += "</g>";
    if (s + 1 < count && static_cast<std::size_t>(s) < map.links.size()) {
      static constexpr const char* kClass[] = {"link-shared", "link-integrated", "link-build",
                                               "link-unresolvable"};
      static constexpr const char* kWord[] = {"shared", "linked", "build", "none"};
      const auto kind = static_cast<std::size_t>(map.links[s]);
      const double from = x + kBox, to = x + kBox + kGap;
      out += fmt::format(
          "<g class=\"{}\"><title>{}</title><line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" "
          "y2=\"{:.1f}\"/>",
          kClass[kind], kWord[kind], from, middle, to, middle);
      out += text_at((from + to) / 2, middle - 6, kWord[kind],
                     "text-anchor=\"middle\" class=\"label small\"") +
             "</g>\n";
    }
  }
  return out + "</svg>\n";
}

std::string svg_time_quadrant(const std::vector<QuadrantMark>& marks, bool aggregate,
                              const std::string& title) {
  constexpr int kCellW = 160, kCellH = 124, kLeft = 56, kTop = 12, kLabels = 8;
  const int width = kLeft + 5 * kCellW + 10;
  const int height = kTop + 5 * kCellH + 48;
  const auto cell_x = [&](int technical) { return kLeft + (technical - 1) * kCellW; };
  const auto cell_y = [&](int functional) { return kTop + (5 - functional) * kCellH; };
  std::string out = open_svg(width, height, title);
  // Quadrants: fit >= 3 is "good" on each axis (docs/inventory-format.md: the TIME classification).
  struct Quadrant {
    const char* name;
    const char* css;
    int technical_from, functional_from, columns, rows;
  };
  for (const Quadrant& q :
       {Quadrant{"Tolerate", "q-tolerate", 3, 1, 3, 2}, Quadrant{"Invest", "q-invest", 3, 3, 3, 3},
        Quadrant{"Migrate", "q-migrate", 1, 3, 2, 3},
        Quadrant{"Eliminate", "q-eliminate", 1, 1, 2, 2}}) {
    const int x = cell_x(q.technical_from);
    const int y = cell_y(q.functional_from + q.rows - 1);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"{}\"/>", x, y,
                       q.columns * kCellW, q.rows * kCellH, q.css);
    out += text_at(x + q.columns * kCellW - 8, y + q.rows * kCellH - 8, q.name,
                   "text-anchor=\"end\" class=\"quadrant-name\"");
  }
  for (int i = 0; i <= 5; ++i) {
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"grid\"/>",
                       kLeft + i * kCellW, kTop, kLeft + i * kCellW, kTop + 5 * kCellH);
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"grid\"/>", kLeft,
                       kTop + i * kCellH, kLeft + 5 * kCellW, kTop + i * kCellH);
  }
  for (int score = 1; score <= 5; ++score) {
    out += text_at(cell_x(score) + kCellW / 2.0, kTop + 5 * kCellH + 16, std::to_string(score),
                   "text-anchor=\"middle\" class=\"label\"");
    out += text_at(kLeft - 10, cell_y(score) + kCellH / 2.0 + 4, std::to_string(score),
                   "text-anchor=\"end\" class=\"label\"");
  }
  out += text_at(kLeft + 2.5 * kCellW, kTop + 5 * kCellH + 40, "technical fit →",
                 "text-anchor=\"middle\" class=\"label strong\"");
  out += fmt::format(
      "<text transform=\"translate(16,{:.1f}) rotate(-90)\" text-anchor=\"middle\" "
      "class=\"label strong\">functional fit →</text>\n",
      kTop + 2.5 * kCellH);

  std::map<std::pair<int, int>, std::vector<const QuadrantMark*>> cells;
  for (const QuadrantMark& mark : marks)
    cells[{mark.functional, mark.technical}].push_back(&mark);
  std::size_t most = 1;
  for (const auto& [score, in_cell] : cells)
    most = std::max(most, in_cell.size());
  for (const auto& [score, in_cell] : cells) {
    const int x = cell_x(score.second), y = cell_y(score.first);
    if (aggregate) {
      std::map<std::string, int> by_class;
      for (const QuadrantMark* mark : in_cell)
        ++by_class[mark->css_class];
      const double radius = 6 + 30 * std::sqrt(static_cast<double>(in_cell.size()) / most);
      std::string tooltip =
          fmt::format("functional {}, technical {}: {} app{}", score.first, score.second,
                      in_cell.size(), in_cell.size() == 1 ? "" : "s");
      for (const auto& [name, count] : by_class)
        tooltip += fmt::format(", {} {}", count, name);
      out += fmt::format(
          "<g><circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" class=\"bubble\"/><title>{}</title>"
          "</g>",
          x + kCellW / 2.0, y + kCellH / 2.0, radius, h(tooltip));
      out += text_at(x + kCellW / 2.0, y + kCellH / 2.0 + 4, std::to_string(in_cell.size()),
                     "text-anchor=\"middle\" class=\"value strong\"") +
             "\n";
      continue;
    }
    const std::size_t shown = in_cell.size() <= kLabels ? in_cell.size() : kLabels - 1;
    for (std::size_t i = 0; i < shown; ++i) {
      const QuadrantMark& mark = *in_cell[i];
      const double my = y + 14 + 14.5 * static_cast<double>(i);
      out += fmt::format(
          "<g class=\"mark {}\"><circle cx=\"{}\" cy=\"{:.1f}\" r=\"4\"/>{}<title>{}</title></g>",
          h(mark.css_class), x + 10, my - 4, text_at(x + 18, my, shorten(mark.label, 21), ""),
          h(mark.tooltip));
    }
    if (shown < in_cell.size()) {
      out += text_at(x + 18, y + 14 + 14.5 * static_cast<double>(shown),
                     fmt::format("+{} more", in_cell.size() - shown), "class=\"label small\"");
    }
    out += "\n";
  }
  return out + "</svg>\n";
}

std::string svg_journeys(const std::vector<JourneyBars>& journeys, std::optional<int> limit,
                         const std::string& title) {
  constexpr int kLabel = 240, kBars = 420, kRow = 40, kTop = 30;
  const int width = kLabel + kBars + 60;
  const int height = kTop + kRow * static_cast<int>(journeys.size()) + 10;
  int top = limit.value_or(1);
  for (const JourneyBars& journey : journeys)
    top = std::max({top, journey.today, journey.after});
  const double scale = static_cast<double>(kBars) / top;
  std::string out = open_svg(width, height, title);
  out += fmt::format(
      "<rect x=\"{}\" y=\"8\" width=\"12\" height=\"12\" class=\"bar-before\"/>{}"
      "<rect x=\"{}\" y=\"8\" width=\"12\" height=\"12\" class=\"bar-after\"/>{}\n",
      kLabel, text_at(kLabel + 16, 18, "systems today", "class=\"legend\""), kLabel + 150,
      text_at(kLabel + 166, 18, "after", "class=\"legend\""));
  for (std::size_t i = 0; i < journeys.size(); ++i) {
    const JourneyBars& journey = journeys[i];
    const int y = kTop + kRow * static_cast<int>(i);
    out += text_at(kLabel - 8, y + 20, shorten(journey.label, 30),
                   "text-anchor=\"end\" class=\"label\"");
    out +=
        fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"13\" class=\"bar-before\"/>",
                    kLabel, y + 3, journey.today * scale);
    out += text_at(kLabel + journey.today * scale + 5, y + 14, std::to_string(journey.today),
                   "class=\"value\"");
    out +=
        fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"13\" class=\"bar-after\"/>",
                    kLabel, y + 18, journey.after * scale);
    out += text_at(kLabel + journey.after * scale + 5, y + 29, std::to_string(journey.after),
                   "class=\"value\"") +
           "\n";
  }
  if (limit) {
    const double x = kLabel + *limit * scale;
    out += fmt::format(
        "<line x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\" class=\"limit\"/>{}\n", x, kTop - 4,
        x, height - 6,
        // Near the right edge the label goes left of the line, inside the chart.
        x + 90 > width ? text_at(x - 4, kTop + 2, fmt::format("policy limit {}", *limit),
                                 "text-anchor=\"end\" class=\"label small\"")
                       : text_at(x + 4, kTop + 2, fmt::format("policy limit {}", *limit),
                                 "class=\"label small\""));
  }
  return out + "</svg>\n";
}

}  // namespace appmix::report
