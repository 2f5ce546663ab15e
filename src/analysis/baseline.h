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

// The baseline of `diagnostics`: its warnings and notes. Errors are never
// recorded (an inventory with an error gets no recommendation, so hiding
// one would let CI pass what every other command refuses), nor are
// baseline-stale notes.
std::vector<BaselineEntry> baseline_of(const base::Diagnostics& diagnostics);
std::string write_baseline(const std::vector<BaselineEntry>& entries);

// The entries of a baseline file, or nothing with "line:column: what is
// wrong" in `error`.
std::optional<std::vector<BaselineEntry>> read_baseline(std::string_view text, std::string& error);

struct BaselineResult {
  base::Diagnostics diagnostics;  // the new findings plus a baseline-stale note per stale entry
  std::size_t baselined = 0;      // findings the baseline matched
};

// Drops the warnings and notes the baseline records (each entry matches up
// to `count` of them) and adds a note for each entry, at its line of
// `baseline_file`, with findings that no longer occur; sorted. Errors are
// always kept: an entry matching one (from a file written before errors
// were left out) is neither stale nor hides it. `unevaluated_policies`
// lists the files of inventories whose policies did not run (they have
// errors): their policy-* entries are not stale, only not checked.
BaselineResult apply_baseline(base::Diagnostics diagnostics,
                              const std::vector<BaselineEntry>& entries,
                              std::string_view baseline_file,
                              const std::vector<std::string>& unevaluated_policies = {});

}  // namespace appmix::analysis
