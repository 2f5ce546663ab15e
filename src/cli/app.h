// Entry point of the command line: parses arguments, dispatches to one command
// from the table in commands.cc and returns the process exit code.
#pragma once

#include <functional>

namespace appmix::cli {

int run(int argc, char** argv);

// The last catch: runs `body` and returns its exit code, or, when it throws
// (a bug: a broken invariant, an unknown rule id, std::bad_alloc), prints
// "appmix: internal error: ..." and returns kInternal (70), so CI never
// reads a bug as findings.
int run_guarded(const std::function<int()>& body);

}  // namespace appmix::cli
