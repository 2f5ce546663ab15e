// The one place that says which exit code a run ends with (cli.md "Exit status").
#pragma once

namespace appmix::cli {

enum ExitCode : int {
  kSuccess = 0,    // no errors (and no warnings under --strict)
  kFindings = 1,   // the inventory has errors, or a gate tripped
  kUsage = 2,      // unknown option, missing argument, bad value
  kIo = 3,         // input unreadable or output unwritable
  kInternal = 70,  // a bug: outside 0-3 so CI never reads it as findings
};

// When several apply, the highest of 0-3 wins.
constexpr int worst(int a, int b) {
  return a > b ? a : b;
}

}  // namespace appmix::cli
