#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/commands.h"
#include "cli/exit_code.h"

namespace appmix::cli {
namespace {

// Loading builds and frees large node arenas one after another. By default
// glibc gives each big block its own mapping and returns freed memory to the
// kernel at once, so every file's arena is faulted in afresh (page faults
// were a sixth of a check's time). Keeping freed memory in the heap lets the
// next allocation reuse pages already mapped; peak memory is unchanged.
void keep_freed_memory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

}  // namespace

int run(int argc, char** argv) {
  keep_freed_memory();
  try {
    CLI::App app{"appmix: right-size a customer-facing application portfolio", "appmix"};
    app.set_version_flag("--version", APPMIX_VERSION);
    app.require_subcommand(1);
    std::vector<std::pair<CLI::App*, Runner>> runners;
    for (const Command& command : commands()) {
      CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
      sub->set_version_flag("--version", APPMIX_VERSION);  // a common option of every command
      runners.emplace_back(sub, command.define(*sub));
    }
    // CLI11 would call an unknown first word a missing subcommand; name it
    // and list the commands instead.
    if (argc > 1 && argv[1][0] != '-') {
      const std::string word = argv[1];
      std::string names;
      bool known = false;
      for (const Command& command : commands()) {
        known = known || command.name == word;
        names += (names.empty() ? "" : ", ") + std::string(command.name);
      }
      if (!known) {
        std::fprintf(stderr, "appmix: error: unknown command '%s' (commands: %s)\n", word.c_str(),
                     names.c_str());
        return kUsage;
      }
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
      const int code = app.exit(error);
      return code == 0 ? kSuccess : kUsage;
    }
    for (auto& [sub, runner] : runners) {
      if (sub->parsed())
        return runner();
    }
    return kUsage;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "appmix: internal error: %s\n", error.what());
    return kInternal;
  } catch (...) {
    std::fprintf(stderr, "appmix: internal error\n");
    return kInternal;
  }
}

}  // namespace appmix::cli
