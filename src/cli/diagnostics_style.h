// How a command's diagnostics look in text form where they are printed:
// colors and width of the terminal they go to (stdout for check, stderr for
// the commands whose result is stdout), and the bytes read, for code
// frames. It knows nothing of what the diagnostics say.
#pragma once

#include "cli/output_options.h"
#include "report/diagnostics_writers.h"

namespace appmix::cli {

// The style for results on stdout (check) or for stderr (overlap,
// recommend). The width is the terminal's when the output is one, else
// report::TextStyle's default (120), so that files and CI logs do not
// depend on the terminal the run happened to have.
report::TextStyle text_style_for_stdout(const OutputOptions& options,
                                        const report::SourceTexts& sources);
report::TextStyle text_style_for_stderr(const OutputOptions& options,
                                        const report::SourceTexts& sources);

}  // namespace appmix::cli
