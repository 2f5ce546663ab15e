// check's findings as the protocol's diagnostics, one file at a time: the
// rule id as the code, the help and each note as related information, and
// ranges in UTF-16 columns measured on the text the finding was made from.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace appmix::lsp {

// The publishDiagnostics params of every file of the workspace (an empty
// list for a file with no finding, so the editor clears what it showed).
// A finding about no file in particular (a setting two parts disagree on,
// say) is shown at the start of the first file.
std::vector<Json> publish_params(const Workspace& workspace, const Analysis& analysis);

// One finding as an LSP Diagnostic, on the text of its file.
Json to_lsp_diagnostic(const base::Diagnostic& diagnostic, const TextLines& lines,
                       const Workspace& workspace);

}  // namespace appmix::lsp
