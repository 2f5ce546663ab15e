// The Markdown form of `appmix overlap`, for review documents: the facts of
// the text form as GitHub-flavoured tables, with every pair and every id
// (no caps), streamed in pieces. Inventory text is escaped for Markdown.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/markdown_table.h"
#include "report/overlap_format.h"
#include "report/overlap_writers.h"

namespace appmix::report {
namespace {

using analysis::Overlap;
using analysis::Portfolio;

std::string ids(const std::vector<std::string>& table, const std::vector<std::uint32_t>& indices) {
  const std::string text = id_list(table, indices, ", ", markdown_text);
  return text.empty() ? "-" : text;
}

void write_pairs(const OverlapReport& report, SinkBuffer& out) {
  const Overlap& overlap = report.overlap;
  const Portfolio& portfolio = overlap.portfolio;
  std::string& text = out.text();
  text += "## Pairs of apps sharing capabilities\n\n";
  text += "Most similar first: the Jaccard similarity of the two apps' capability sets";
  if (report.min_similarity > 0.0)
    text += fmt::format(", at least {}", report.min_similarity);
  text += ".\n\n";
  if (overlap.pairs.empty()) {
    text += "No pair.\n";
    return;
  }
  // Rows are streamed: a large inventory has millions of pairs.
  const MarkdownTable table(
      {{"app"}, {"app"}, {"Jaccard", true}, {"shared"}, {"units using both"}, {"across units"}});
  text += table.header();
  analysis::PairDetail detail;
  for (const analysis::AppPair& pair : overlap.pairs) {
    analysis::describe_pair(portfolio, pair, detail);
    text += table.row({markdown_text(portfolio.app_ids[pair.first]),
                       markdown_text(portfolio.app_ids[pair.second]), jaccard_text(pair),
                       ids(portfolio.capability_ids, detail.shared),
                       ids(portfolio.unit_ids, detail.within), detail.across ? "yes" : "no"});
    out.ready();
  }
}

void write_redundancy(const Overlap& overlap, SinkBuffer& out) {
  const Portfolio& portfolio = overlap.portfolio;
  std::string& text = out.text();
  text += "## Redundant in a business unit\n\n";
  text += "Capabilities a unit gets from more of its apps than it needs (`min_providers`).\n\n";
  if (overlap.redundant.empty()) {
    text += "None.\n";
    return;
  }
  const MarkdownTable table(
      {{"business unit"}, {"capability"}, {"apps", true}, {"needed", true}, {"provided by"}});
  text += table.header();
  for (const analysis::Redundancy& redundancy : overlap.redundant) {
    text += table.row({markdown_text(portfolio.unit_ids[redundancy.unit]),
                       markdown_text(portfolio.capability_ids[redundancy.capability]),
                       std::to_string(redundancy.apps.size()), std::to_string(redundancy.needed),
                       ids(portfolio.app_ids, redundancy.apps)});
    out.ready();
  }
}

void write_capabilities(const Overlap& overlap, SinkBuffer& out) {
  const Portfolio& portfolio = overlap.portfolio;
  std::string& text = out.text();
  text += "## Capabilities provided by more than one app\n\n";
  if (overlap.capabilities.empty()) {
    text += "None.\n";
    return;
  }
  const MarkdownTable table({{"capability"}, {"apps"}, {"business units"}});
  text += table.header();
  for (const analysis::SharedCapability& shared : overlap.capabilities) {
    text += table.row({markdown_text(portfolio.capability_ids[shared.capability]),
                       ids(portfolio.app_ids, shared.apps), ids(portfolio.unit_ids, shared.units)});
    out.ready();
  }
}

}  // namespace

void write_overlap_markdown(const OverlapReport& report, const ByteSink& sink) {
  SinkBuffer out(sink);
  out.text() += "# Overlap of today's apps: " + markdown_text(report.organisation) + "\n\n";
  std::string facts;
  for (const std::string& fact : summary_facts(report))
    facts += (facts.empty() ? "" : "; ") + fact;
  out.text() += markdown_text(facts) + ".\n\n";
  write_pairs(report, out);
  out.text() += "\n";
  write_redundancy(report.overlap, out);
  out.text() += "\n";
  write_capabilities(report.overlap, out);
}

}  // namespace appmix::report
