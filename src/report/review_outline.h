// What the portfolio review document shows, shared by its HTML and Markdown
// forms so they cannot drift apart: the sections in order, the published
// survey figures it compares with, how long lists are cut to a top-N, and
// which capabilities and units the coverage heatmap draws when an inventory
// has too many to show legibly. It decides what to show, never a figure the
// review has not computed.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plan/coverage_grid.h"
#include "plan/review.h"

namespace appmix::report {

struct ReviewSection {
  std::string_view id;  // the HTML anchor
  std::string_view title;
};

// In the order of the document (issue: summary, coverage, recommendation,
// the frontier and the closest decisions, plan, TIME, feedback and privacy, journeys, findings,
// appendix).
const std::vector<ReviewSection>& review_sections();

// Published survey figures of customer-facing apps used against needed.
struct SurveyFigure {
  std::string_view label;
  double used = 0;
  double needed = 0;
};
const std::vector<SurveyFigure>& survey_figures();

// Rows a list shows before the rest is summarised in one line.
constexpr std::size_t kTopRows = 25;

// The capabilities (rows) and units (columns) the heatmap draws: all of them
// when they fit, else those with the most overlap and gap cells, shown in
// id order, with what the hidden rest holds.
struct HeatmapChoice {
  std::vector<int> capabilities;
  std::vector<int> units;
  int hidden_capabilities = 0;
  int hidden_units = 0;
  int hidden_overlap_cells = 0;  // overlapping today, outside the drawn cells
  int hidden_gap_cells = 0;
};
constexpr int kHeatmapRows = 30;
constexpr int kHeatmapColumns = 24;
HeatmapChoice choose_heatmap(const plan::CoverageGrid& grid, int max_rows = kHeatmapRows,
                             int max_columns = kHeatmapColumns);

// "c-none", "c-ok", "c-short", "c-gap", "c-over1", "c-over2" or "c-over3":
// a cell's class today or after (more providers than needed by 1, 2, 3+).
std::string_view coverage_class(const plan::CoverageCell& cell, bool after);

// The journeys a long list shows: every one in inventory order when they
// fit in kTopRows, else the kTopRows touching the most systems today
// (ties in inventory order). Indices into review.journeys.
std::vector<std::size_t> journeys_to_show(const plan::Review& review);

// Apps in the given list sorted by annual cost, highest first (ties by id):
// the order long lists are cut in, so the top rows are the ones that matter.
std::vector<int> by_annual_cost(const model::PortfolioModel& model, std::vector<int> products);

}  // namespace appmix::report
