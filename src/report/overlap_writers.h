// The result of `appmix overlap` in each output format: text (for people: a
// summary, the top pairs, redundancy per unit, the capabilities provided more
// than once), json (for programs; every field in docs/overlap.md), markdown
// (the same facts as text, with every pair) and csv (one row per pair). Each
// writer turns an analysed Overlap into bytes and hands them to a sink piece
// by piece, so millions of pairs are never held as text at once. None of
// them decides which pairs are kept (the analysis did) or touches a file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "analysis/overlap.h"
#include "report/byte_sink.h"
#include "report/provenance.h"

namespace appmix::report {

struct OverlapReport {
  Provenance provenance;           // printed by json only
  std::string organisation;        // inventory text: each writer escapes it
  double min_similarity = 0.0;     // as the analysis applied it
  std::optional<std::size_t> top;  // as the analysis applied it (text); nullopt: every pair
  analysis::Overlap overlap;
};

// Headings, aligned tables and capped lists; ANSI bold headings only when
// `color` is set.
void write_overlap_text(const OverlapReport& report, bool color, const ByteSink& sink);

// {"appmix", "capabilities", "pairs", "redundant", "summary"}, two-space
// indentation, ending in a newline.
void write_overlap_json(const OverlapReport& report, const ByteSink& sink);

// A heading, the summary, then tables of pairs, redundancy and capabilities.
void write_overlap_markdown(const OverlapReport& report, const ByteSink& sink);

// A header row, then one row per pair:
// app_a,app_b,jaccard,shared_count,union_count,shared,within,across.
void write_overlap_csv(const OverlapReport& report, const ByteSink& sink);

}  // namespace appmix::report
