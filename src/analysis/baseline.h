// Baselines: check's findings of today, recorded so that CI can adopt check
// on an inventory with known findings and still fail on every new one. An
// entry is keyed by file, rule and message, not by line, so edits that move
// lines keep it valid; equal keys are counted. The file is sorted JSON with
// one entry a line (diff-friendly; docs/baselines.md documents it). It knows
// nothing of how findings are made or printed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace appmix::analysis {

struct BaselineEntry {
  std::string file;
  std::string rule;
  std::string message;
  std::size_t count = 1;
  int line = 0;  // in the baseline file, for stale entries
};

// The baseline of `diagnostics` (baseline-stale notes are never recorded).
std::vector<BaselineEntry> baseline_of(const base::Diagnostics& diagnostics);
std::string write_baseline(const std::vector<BaselineEntry>& entries);

// The entries of a baseline file, or nothing with "line:column: what is
// wrong" in `error`.
std::optional<std::vector<BaselineEntry>> read_baseline(std::string_view text, std::string& error);

struct BaselineResult {
  base::Diagnostics diagnostics;  // the new findings plus a baseline-stale note per stale entry
  std::size_t baselined = 0;      // findings the baseline matched
};

// Drops the findings the baseline records (each entry matches up to `count`
// of them) and adds a note for each entry, at its line of `baseline_file`,
// with findings that no longer occur; sorted.
BaselineResult apply_baseline(base::Diagnostics diagnostics,
                              const std::vector<BaselineEntry>& entries,
                              std::string_view baseline_file);

}  // namespace appmix::analysis
