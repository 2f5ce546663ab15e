// The text form of `appmix overlap`, for people: the summary, the pairs the
// analysis kept (--top), redundancy per unit, then the capabilities
// provided more than once with who uses each provider. Long lists are capped
// ("+N more"); json, markdown and csv carry them whole.
#include <fmt/format.h>

#include "base/figures_text.h"
#include "report/escape.h"
#include "report/overlap_format.h"
#include "report/overlap_writers.h"
#include "report/text_table.h"

namespace appmix::report {
namespace {

using analysis::Overlap;
using analysis::Portfolio;

// Ids in one cell, and providers under one capability, before "+N more".
constexpr std::size_t kListLimit = 6;

std::string heading(std::string_view text, bool color) {
  return color ? fmt::format("\x1b[1m{}\x1b[0m\n", text) : fmt::format("{}\n", text);
}

std::string count(std::uint64_t value) {
  return base::with_thousands(static_cast<long long>(value));
}

std::string or_dash(std::string text) {
  return text.empty() ? "-" : text;
}

void write_pairs(const OverlapReport& report, bool color, std::string& text) {
  const Overlap& overlap = report.overlap;
  const Portfolio& portfolio = overlap.portfolio;
  const std::uint64_t shown = overlap.pairs.size();
  std::string title = "Pairs of apps sharing capabilities, most similar first";
  if (shown < overlap.matching_pairs)
    title += fmt::format(" (top {} of {})", count(shown), count(overlap.matching_pairs));
  text += heading(title, color);
  if (overlap.matching_pairs == 0) {
    text += report.min_similarity > 0.0
                ? fmt::format("  No pair reaches Jaccard {}.\n", report.min_similarity)
                : std::string("  No two apps share a capability.\n");
    return;
  }
  TextTable table({{"jaccard", Align::right},
                   {"app"},
                   {"app"},
                   {"shared"},
                   {"units using both"},
                   {"across units"}});
  analysis::PairDetail detail;
  for (const analysis::AppPair& pair : overlap.pairs) {
    analysis::describe_pair(portfolio, pair, detail);
    table.add_row(
        {jaccard_text(pair), terminal_text(portfolio.app_ids[pair.first]),
         terminal_text(portfolio.app_ids[pair.second]),
         id_list(portfolio.capability_ids, detail.shared, ", ", terminal_text, kListLimit),
         or_dash(id_list(portfolio.unit_ids, detail.within, ", ", terminal_text, kListLimit)),
         detail.across ? "yes" : "no"});
  }
  if (!table.empty())
    text += table.render();
  if (shown < overlap.matching_pairs) {
    text += fmt::format("  ... {} more: --top N shows more, --format json lists every pair\n",
                        count(overlap.matching_pairs - shown));
  }
}

void write_redundancy(const OverlapReport& report, bool color, std::string& text) {
  const Overlap& overlap = report.overlap;
  const Portfolio& portfolio = overlap.portfolio;
  text += heading(fmt::format("Redundant in a business unit: more providers than needed ({})",
                              count(overlap.redundant.size())),
                  color);
  if (overlap.redundant.empty()) {
    text += "  No business unit uses more providers of a capability than it needs.\n";
    return;
  }
  TextTable table({{"business unit"},
                   {"capability"},
                   {"apps", Align::right},
                   {"needed", Align::right},
                   {"provided by"}});
  for (const analysis::Redundancy& redundancy : overlap.redundant) {
    table.add_row({terminal_text(portfolio.unit_ids[redundancy.unit]),
                   terminal_text(portfolio.capability_ids[redundancy.capability]),
                   count(redundancy.apps.size()), std::to_string(redundancy.needed),
                   id_list(portfolio.app_ids, redundancy.apps, ", ", terminal_text, kListLimit)});
  }
  text += table.render();
}

// "bookme (mortgages, retail, wealth)", "deskly (all units)".
std::string provider_cell(const Portfolio& portfolio, analysis::AppIndex app) {
  const auto& units = portfolio.units_of[app];
  std::string used_by;
  if (units.empty())
    used_by = "no unit";
  else if (units.size() == portfolio.unit_ids.size() && units.size() > 1)
    used_by = "all units";
  else
    used_by = id_list(portfolio.unit_ids, units, ", ", terminal_text, kListLimit);
  return fmt::format("{} ({})", terminal_text(portfolio.app_ids[app]), used_by);
}

void write_capabilities(const OverlapReport& report, bool color, std::string& text) {
  const Overlap& overlap = report.overlap;
  const Portfolio& portfolio = overlap.portfolio;
  text += heading(fmt::format("Capabilities provided by more than one app ({})",
                              count(overlap.capabilities.size())),
                  color);
  if (overlap.capabilities.empty()) {
    text += "  Every capability has at most one provider.\n";
    return;
  }
  TextTable table({{"capability"},
                   {"apps", Align::right},
                   {"units", Align::right},
                   {"provided by (units using it)"}});
  for (const analysis::SharedCapability& shared : overlap.capabilities) {
    const std::size_t shown = shared.apps.size() > kListLimit ? kListLimit - 1 : shared.apps.size();
    for (std::size_t k = 0; k < shown; ++k) {
      const std::string provider = provider_cell(portfolio, shared.apps[k]);
      if (k == 0) {
        table.add_row({terminal_text(portfolio.capability_ids[shared.capability]),
                       count(shared.apps.size()), count(shared.units.size()), provider});
      } else {
        table.add_row({"", "", "", provider});
      }
    }
    if (shown < shared.apps.size())
      table.add_row({"", "", "", fmt::format("+{} more", count(shared.apps.size() - shown))});
  }
  text += table.render();
}

}  // namespace

void write_overlap_text(const OverlapReport& report, bool color, const ByteSink& sink) {
  SinkBuffer out(sink);
  std::string& text = out.text();
  text += heading("Overlap of today's apps: " + terminal_text(report.organisation), color);
  for (const std::string& fact : summary_facts(report))
    text += "  " + fact + "\n";
  text += "\n";
  write_pairs(report, color, text);
  text += "\n";
  write_redundancy(report, color, text);
  text += "\n";
  write_capabilities(report, color, text);
}

}  // namespace appmix::report
