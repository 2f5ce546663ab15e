#include "report/review_outline.h"

#include <algorithm>
#include <numeric>

namespace appmix::report {
namespace {

// How much a cell asks for attention: extra providers, and gaps weighted so
// that a gap is never hidden behind ordinary overlap.
int attention(const plan::CoverageCell& cell) {
  return std::max(0, cell.today - cell.min_providers) + (cell.missing > 0 ? 3 : 0) +
         (cell.short_today() ? 1 : 0);
}

// The `keep` indices of `scores` with the highest score (ties: the lower
// index), returned in index order.
std::vector<int> top_indices(const std::vector<long long>& scores, std::vector<int> candidates,
                             int keep) {
  if (static_cast<int>(candidates.size()) > keep) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int a, int b) { return scores[a] > scores[b]; });
    candidates.resize(keep);
    std::sort(candidates.begin(), candidates.end());
  }
  return candidates;
}

}  // namespace

const std::vector<ReviewSection>& review_sections() {
  static const std::vector<ReviewSection> sections = {
      {"summary", "Summary"},
      {"coverage", "Coverage: overlaps and gaps"},
      {"recommendation", "Recommendation"},
      {"frontier", "Fewer apps and the closest decisions"},
      {"plan", "Consolidation plan"},
      {"time", "TIME: functional and technical fit"},
      {"feedback", "Feedback platforms and privacy"},
      {"journeys", "Systems per journey"},
      {"findings", "Findings and policies"},
      {"appendix", "Appendix: the model and the search"},
  };
  return sections;
}

const std::vector<SurveyFigure>& survey_figures() {
  static const std::vector<SurveyFigure> figures = {
      {"Survey: average organisation", 28.6, 18.6},
      {"Survey: large enterprises", 43.0, 24.5},
  };
  return figures;
}

HeatmapChoice choose_heatmap(const plan::CoverageGrid& grid, int max_rows, int max_columns) {
  HeatmapChoice choice;
  std::vector<long long> row_score(grid.capabilities, 0), column_score(grid.units, 0);
  std::vector<int> rows;
  for (int c = 0; c < grid.capabilities; ++c) {
    bool touched = false;
    for (int u = 0; u < grid.units; ++u) {
      const plan::CoverageCell& cell = grid.at(c, u);
      touched = touched || cell.today > 0 || cell.needed > 0;
      row_score[c] += attention(cell);
    }
    if (touched)
      rows.push_back(c);
  }
  choice.capabilities = top_indices(row_score, rows, max_rows);
  for (const int c : choice.capabilities) {
    for (int u = 0; u < grid.units; ++u)
      column_score[u] += attention(grid.at(c, u));
  }
  std::vector<int> columns(grid.units);
  std::iota(columns.begin(), columns.end(), 0);
  choice.units = top_indices(column_score, columns, max_columns);
  choice.hidden_capabilities = static_cast<int>(rows.size() - choice.capabilities.size());
  choice.hidden_units = grid.units - static_cast<int>(choice.units.size());

  std::vector<char> row_shown(grid.capabilities, 0), column_shown(grid.units, 0);
  for (const int c : choice.capabilities)
    row_shown[c] = 1;
  for (const int u : choice.units)
    column_shown[u] = 1;
  for (int c = 0; c < grid.capabilities; ++c) {
    for (int u = 0; u < grid.units; ++u) {
      if (row_shown[c] && column_shown[u])
        continue;
      const plan::CoverageCell& cell = grid.at(c, u);
      choice.hidden_overlap_cells += cell.overlap_today();
      choice.hidden_gap_cells += cell.missing > 0;
    }
  }
  return choice;
}

std::string_view coverage_class(const plan::CoverageCell& cell, bool after) {
  const int count = after ? cell.after : cell.today;
  if (cell.missing > 0)
    return "c-gap";
  if (count < cell.needed)
    return "c-short";
  if (count == 0)
    return "c-none";
  const int extra = count - cell.min_providers;
  if (extra <= 0)
    return "c-ok";
  return extra == 1 ? "c-over1" : extra == 2 ? "c-over2" : "c-over3";
}

std::vector<std::size_t> journeys_to_show(const plan::Review& review) {
  std::vector<std::size_t> shown(review.journeys.size());
  std::iota(shown.begin(), shown.end(), std::size_t{0});
  if (shown.size() <= kTopRows)
    return shown;
  std::stable_sort(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) {
    return review.journeys[a].systems_today.size() > review.journeys[b].systems_today.size();
  });
  shown.resize(kTopRows);
  return shown;
}

std::vector<int> by_annual_cost(const model::PortfolioModel& model, std::vector<int> products) {
  std::sort(products.begin(), products.end(), [&](int a, int b) {
    const std::int64_t ca = model.products[a]->annual_cost, cb = model.products[b]->annual_cost;
    return ca != cb ? ca > cb : model.id(a) < model.id(b);
  });
  return products;
}

}  // namespace appmix::report
