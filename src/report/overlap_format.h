// Pieces the overlap writers share: how a Jaccard value and a list of ids
// are printed, and the summary sentences of the text and markdown forms.
// Escaping stays with each writer (it passes its escape function).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/overlap.h"
#include "report/overlap_writers.h"

namespace appmix::report {

// "0.6667", "1.0000": the rounded value (AppPair::jaccard_4dp), always with
// four decimals so that columns align and spreadsheets read one type.
std::string jaccard_text(const analysis::AppPair& pair);

using Escape = std::string (*)(std::string_view);

// The ids of `indices` in `table`, escaped, joined by `separator`. With
// `limit` set and more ids than that, the first limit - 1 and "+N more".
std::string id_list(const std::vector<std::string>& table,
                    const std::vector<std::uint32_t>& indices, std::string_view separator,
                    Escape escape, std::size_t limit = 0);

// "43 apps", "14 capabilities provided by more than one app", "21 pairs of
// apps share a capability" (", 5 with Jaccard >= 0.5" when filtered), "9
// redundancies in 4 business units" (a redundancy: one capability in one
// unit): the facts the people's formats open with.
std::vector<std::string> summary_facts(const OverlapReport& report);

}  // namespace appmix::report
