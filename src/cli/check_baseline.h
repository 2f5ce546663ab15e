// check --baseline FILE and --write-baseline FILE (analysis/baseline.h):
// reads or writes the baseline and leaves in the report only the findings it
// does not record, plus a note per stale entry. Kept out of cmd_check.cc so
// that command stays a list of steps.
#pragma once

#include <string>
#include <vector>

#include "report/diagnostics_writers.h"

namespace appmix::cli {

struct BaselineOptions {
  std::string read;   // --baseline FILE
  std::string write;  // --write-baseline FILE
  bool quiet = false;
};

// kSuccess, or the exit code of a failure already printed: kUsage for a
// malformed baseline or one that names an input, kIo for one that cannot
// be read or written. `inputs` are the files check read;
// `unevaluated_policies` the files of inventories whose policies did not run
// (analysis::apply_baseline).
int apply_baseline_options(const BaselineOptions& options, const std::vector<std::string>& inputs,
                           const std::vector<std::string>& unevaluated_policies,
                           report::CheckReport& report);

}  // namespace appmix::cli
