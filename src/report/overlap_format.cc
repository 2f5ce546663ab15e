#include "report/overlap_format.h"

#include <fmt/format.h>

#include <set>

#include "base/figures_text.h"
#include "report/text_table.h"

namespace appmix::report {

std::string jaccard_text(const analysis::AppPair& pair) {
  const std::uint32_t value = pair.jaccard_4dp;
  return fmt::format("{}.{:04}", value / 10000, value % 10000);
}

std::string id_list(const std::vector<std::string>& table,
                    const std::vector<std::uint32_t>& indices, std::string_view separator,
                    Escape escape, std::size_t limit) {
  const bool capped = limit > 0 && indices.size() > limit;
  const std::size_t shown = capped ? limit - 1 : indices.size();
  std::string text;
  for (std::size_t k = 0; k < shown; ++k) {
    if (k > 0)
      text += separator;
    text += escape(table[indices[k]]);
  }
  if (capped)
    text += fmt::format("{}+{} more", separator,
                        base::with_thousands(static_cast<long long>(indices.size() - shown)));
  return text;
}

std::vector<std::string> summary_facts(const OverlapReport& report) {
  const analysis::Overlap& overlap = report.overlap;
  const auto plural = [](std::uint64_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", base::with_thousands(static_cast<long long>(count)),
                       count == 1 ? one : many);
  };
  std::vector<std::string> facts;
  facts.push_back(plural(overlap.portfolio.app_ids.size(), "app", "apps"));
  facts.push_back(plural(overlap.capabilities.size(), "capability provided by more than one app",
                         "capabilities provided by more than one app"));
  std::string pairs = plural(overlap.overlapping_pairs, "pair of apps shares a capability",
                             "pairs of apps share a capability");
  if (report.min_similarity > 0.0) {
    pairs += fmt::format(", {} with Jaccard >= {}",
                         base::with_thousands(static_cast<long long>(overlap.matching_pairs)),
                         report.min_similarity);
  }
  facts.push_back(pairs);
  std::set<analysis::UnitIndex> units;
  for (const analysis::Redundancy& redundancy : overlap.redundant)
    units.insert(redundancy.unit);
  std::string redundant = plural(overlap.redundant.size(), "redundancy", "redundancies");
  if (!units.empty())
    redundant += " in " + plural(units.size(), "business unit", "business units");
  facts.push_back(redundant);
  return facts;
}

}  // namespace appmix::report
