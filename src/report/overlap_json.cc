// The JSON form of `appmix overlap` (cli.md; every field in docs/overlap.md):
// never truncated by --top, so it is written in pieces as the pairs are
// described, about a megabyte at a time. Each entry of "capabilities",
// "pairs" and "redundant" is one line (as in cli.md's example): the file
// stays half the size of a fully indented one, and a changed entry is one
// changed line in a diff.
#include "base/json_out.h"
#include "report/overlap_writers.h"

namespace appmix::report {
namespace {

using analysis::Overlap;
using analysis::Portfolio;

constexpr std::size_t kPieceBytes = std::size_t{1} << 20;

void id_array(base::JsonWriter& json, const std::vector<std::string>& table,
              const std::vector<std::uint32_t>& indices) {
  json.begin_array();
  for (const std::uint32_t index : indices)
    json.value(table[index]);
  json.end_array();
}

void write_capabilities(base::JsonWriter& json, const Overlap& overlap) {
  const Portfolio& portfolio = overlap.portfolio;
  json.key("capabilities").begin_array();
  for (const analysis::SharedCapability& shared : overlap.capabilities) {
    json.begin_object_on_one_line();
    json.key("capability").value(portfolio.capability_ids[shared.capability]);
    json.key("apps");
    id_array(json, portfolio.app_ids, shared.apps);
    json.key("business_units");
    id_array(json, portfolio.unit_ids, shared.units);
    json.key("providers").begin_array();
    for (const analysis::AppIndex app : shared.apps) {
      json.begin_object();
      json.key("app").value(portfolio.app_ids[app]);
      json.key("business_units");
      id_array(json, portfolio.unit_ids, portfolio.units_of[app]);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

void write_pairs(base::JsonWriter& json, const Overlap& overlap, const ByteSink& sink) {
  const Portfolio& portfolio = overlap.portfolio;
  json.key("pairs").begin_array();
  analysis::PairDetail detail;
  for (const analysis::AppPair& pair : overlap.pairs) {
    analysis::describe_pair(portfolio, pair, detail);
    json.begin_object_on_one_line();
    json.key("apps").begin_array();
    json.value(portfolio.app_ids[pair.first]).value(portfolio.app_ids[pair.second]);
    json.end_array();
    json.key("shared");
    id_array(json, portfolio.capability_ids, detail.shared);
    json.key("jaccard").value(pair.jaccard_4dp / 10000.0);
    json.key("within");
    id_array(json, portfolio.unit_ids, detail.within);
    json.key("across").value(detail.across);
    json.end_object();
    if (json.str().size() >= kPieceBytes)
      sink(json.take());
  }
  json.end_array();
}

void write_redundant(base::JsonWriter& json, const Overlap& overlap) {
  const Portfolio& portfolio = overlap.portfolio;
  json.key("redundant").begin_array();
  for (const analysis::Redundancy& redundancy : overlap.redundant) {
    json.begin_object_on_one_line();
    json.key("business_unit").value(portfolio.unit_ids[redundancy.unit]);
    json.key("capability").value(portfolio.capability_ids[redundancy.capability]);
    json.key("apps");
    id_array(json, portfolio.app_ids, redundancy.apps);
    json.key("needed").value(redundancy.needed);
    json.end_object();
  }
  json.end_array();
}

void write_summary(base::JsonWriter& json, const OverlapReport& report) {
  const Overlap& overlap = report.overlap;
  json.key("summary").begin_object();
  json.key("apps").value(overlap.portfolio.app_ids.size());
  json.key("capabilities").value(overlap.capabilities.size());
  json.key("overlapping_pairs").value(static_cast<std::int64_t>(overlap.overlapping_pairs));
  json.key("pairs").value(overlap.pairs.size());
  json.key("min_similarity").value(report.min_similarity);
  json.key("redundant").value(overlap.redundant.size());
  json.end_object();
}

}  // namespace

void write_overlap_json(const OverlapReport& report, const ByteSink& sink) {
  base::JsonWriter json;
  json.begin_object();
  write_provenance(json, report.provenance);
  write_capabilities(json, report.overlap);
  write_pairs(json, report.overlap, sink);
  write_redundant(json, report.overlap);
  write_summary(json, report);
  json.end_object();
  sink(json.take());
}

}  // namespace appmix::report
