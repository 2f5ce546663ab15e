#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli/exit_code.h"

namespace appmix::cli {

int run(int argc, char** argv) {
  try {
    CLI::App app{"appmix: right-size a customer-facing application portfolio", "appmix"};
    app.set_version_flag("--version", APPMIX_VERSION);
    app.require_subcommand(1);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
      return app.exit(error) == 0 ? kSuccess : kUsage;
    }
    return kSuccess;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "appmix: internal error: %s\n", error.what());
    return kInternal;
  }
}

}  // namespace appmix::cli
