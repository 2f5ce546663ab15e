#include "cli/check_baseline.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "analysis/baseline.h"
#include "base/atomic_output.h"
#include "cli/exit_code.h"
#include "cli/output_options.h"
#include "cli/usage_error.h"

namespace appmix::cli {

int apply_baseline_options(const BaselineOptions& options, const std::vector<std::string>& inputs,
                           const std::vector<std::string>& unevaluated_policies,
                           report::CheckReport& report) {
  std::vector<analysis::BaselineEntry> entries;
  std::string file;
  if (!options.write.empty()) {
    OutputOptions target;
    target.output = options.write;
    if (const auto conflict = output_conflict(target, inputs))
      return usage_error(*conflict);
    entries = analysis::baseline_of(report.diagnostics);
    std::string error;
    if (!base::write_file_atomically(options.write, analysis::write_baseline(entries), error)) {
      print_error(error);
      return kIo;
    }
    if (!options.quiet) {
      std::fprintf(stderr, "wrote %zu baseline entr%s to %s\n", entries.size(),
                   entries.size() == 1 ? "y" : "ies", options.write.c_str());
    }
    // The file just written: re-read it so its entries carry their lines.
    file = options.write;
  } else if (!options.read.empty()) {
    file = options.read;
  } else {
    return kSuccess;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    print_error("cannot read the baseline '" + file + "'");
    return kIo;
  }
  std::string error;
  auto read = analysis::read_baseline(text.str(), error);
  if (!read)
    return usage_error(file + ":" + error);
  analysis::BaselineResult result =
      analysis::apply_baseline(std::move(report.diagnostics), *read, file, unevaluated_policies);
  report.diagnostics = std::move(result.diagnostics);
  if (!unevaluated_policies.empty() && !options.quiet) {
    std::fputs(
        "policies not evaluated where an inventory has errors: their baseline entries are "
        "neither matched nor stale\n",
        stderr);
  }
  return kSuccess;
}

}  // namespace appmix::cli
