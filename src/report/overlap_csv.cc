// The CSV form of `appmix overlap`: one row per pair of apps (the part of
// the result that grows with the portfolio and that people sort and filter
// in a spreadsheet), in the order of the JSON "pairs". Lists sit in one cell,
// separated by ";" (ids never contain it). Capabilities and redundancy per
// unit are in the other formats. RFC 4180 quoting and formula-prefix
// escaping come from csv_cell; lines end in CRLF as RFC 4180 asks.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/overlap_format.h"
#include "report/overlap_writers.h"

namespace appmix::report {

void write_overlap_csv(const OverlapReport& report, const ByteSink& sink) {
  const analysis::Portfolio& portfolio = report.overlap.portfolio;
  SinkBuffer out(sink);
  std::string& text = out.text();
  text += "app_a,app_b,jaccard,shared_count,union_count,shared,within,across\r\n";
  analysis::PairDetail detail;
  for (const analysis::AppPair& pair : report.overlap.pairs) {
    analysis::describe_pair(portfolio, pair, detail);
    text += fmt::format("{},{},{},{},{},{},{},{}\r\n", csv_cell(portfolio.app_ids[pair.first]),
                        csv_cell(portfolio.app_ids[pair.second]), jaccard_text(pair), pair.shared,
                        pair.combined,
                        csv_cell(id_list(portfolio.capability_ids, detail.shared, ";",
                                         [](std::string_view id) { return std::string(id); })),
                        csv_cell(id_list(portfolio.unit_ids, detail.within, ";",
                                         [](std::string_view id) { return std::string(id); })),
                        detail.across ? "true" : "false");
    out.ready();
  }
}

}  // namespace appmix::report
