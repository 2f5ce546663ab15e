// Facts of the portfolio review document that its HTML and Markdown forms
// print alike: sentences (plain text; each writer escapes them for its
// format), per-wave sums of the consolidation plan, TIME counts, the privacy
// view and the appendix figures. They arrange what plan::Review computed;
// none runs a second analysis.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "analysis/time_class.h"
#include "plan/review.h"

namespace appmix::report {

// "The mix is proven optimal ..." or how far from proven the search ended.
std::string status_sentence(const plan::Review& review);
// The share of apps the organisation needs against the survey figures.
std::string survey_sentence(const plan::Review& review);
// What Chvátal's greedy choice would have cost against the optimum.
std::string greedy_sentence(const plan::Review& review);
// "Payback on 2027-07-21: ..." or that savings end below zero.
std::string payback_sentence(const plan::Review& review);

struct CoverageCounts {
  long long overlap_today = 0;  // cells with more providers than needed
  long long overlap_after = 0;
  long long gaps = 0;  // cells no mix can serve in full
};
CoverageCounts coverage_counts(const plan::CoverageGrid& grid);

// The retired apps of one wave of the consolidation plan.
struct WaveSummary {
  std::string wave;              // "2027-Q1", or "none" without a contract end
  std::vector<int> retired;      // by id
  std::int64_t annual_cost = 0;  // running cost these apps end, per year
  std::int64_t retire_cost = 0;  // their one-off retire costs
  long long takeovers = 0;       // (capability, unit) pairs moved to successors
};
// Soonest wave first, "none" last; every retired app is in one.
std::vector<WaveSummary> wave_summaries(const plan::Review& review);

// The retired apps whose pairs product `successor` takes over, by id.
std::vector<int> predecessors(const plan::Review& review, int successor);

// More marks than this and the TIME quadrant shows counts, not labels.
constexpr std::size_t kQuadrantLabels = 120;

struct TimeCounts {
  struct Row {
    analysis::TimeClass time_class = analysis::TimeClass::unclassified;
    long long today = 0;  // apps
    long long kept = 0;
    long long retired = 0;
    long long added = 0;  // candidates
  };
  std::vector<Row> rows;  // invest, migrate, tolerate, eliminate, unclassified
};
TimeCounts time_counts(const plan::Review& review);

// Apps not sanctioned that hold personal or sensitive data, by id.
std::vector<int> unsanctioned_personal(const plan::Review& review);

// A policy outcome in words: what it asks, and what breaches it today and
// after ("5 providers", "2 apps", "1 journey").
struct PolicyFigures {
  std::string subject;
  std::string today;
  std::string after;
};
PolicyFigures policy_figures(const plan::Review& review, const plan::PolicyOutcome& outcome);

// (what, value) rows of the appendix: the model's size, and the search.
std::vector<std::pair<std::string, std::string>> model_figures(const plan::Review& review);
std::vector<std::pair<std::string, std::string>> search_figures(const plan::Review& review);

}  // namespace appmix::report
