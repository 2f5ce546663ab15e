// `appmix lsp`: a Language Server Protocol 3.17 server over a byte stream
// (stdin and stdout). One thread reads and frames messages and notes
// cancellations; the calling thread handles them in order, checks the
// inventory again once the queued edits are applied (so a burst of edits is
// one check), and publishes diagnostics for every file; a background
// thread computes the recommendation that hover shows. Logs go to `log`
// only: `out` carries nothing but protocol messages.
#pragma once

#include <iosfwd>
#include <string>

#include "model/time_money.h"

namespace appmix::lsp {

struct ServerOptions {
  model::AsOfRequest as_of;     // the review date of the checks (--as-of, else the clock)
  double review_seconds = 5.0;  // time limit of the background recommendation
  std::string version;          // of appmix, for the client's logs
};

// Serves until the client sends `exit` or closes the stream; returns the
// process's exit code (0 after shutdown then exit, 1 otherwise, as LSP says).
// `in` and `log` must live as long as the process (std::cin, std::cerr): the
// reading thread may still be blocked reading when this returns.
int run_server(std::istream& in, std::ostream& out, std::ostream& log,
               const ServerOptions& options);

}  // namespace appmix::lsp
