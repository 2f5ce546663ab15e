// Entry point of the command line: parses arguments, dispatches to one command
// from the table in commands.cc and returns the process exit code.
#pragma once

namespace appmix::cli {

int run(int argc, char** argv);

}  // namespace appmix::cli
