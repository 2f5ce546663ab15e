#include "cli/app.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/usage_error.h"

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

int run_guarded(const std::function<int()>& body) {
  try {
    return body();
  } catch (const std::exception& error) {
    std::fprintf(stderr, "appmix: internal error: %s\n", error.what());
    return kInternal;
  } catch (...) {
    std::fprintf(stderr, "appmix: internal error\n");
    return kInternal;
  }
}

int run(int argc, char** argv) {
  keep_freed_memory();
  return run_guarded([argc, argv] {
    const std::string version = std::string("appmix ") + APPMIX_VERSION;
    CLI::App app{"appmix: right-size a customer-facing application portfolio", "appmix"};
    app.set_version_flag("--version", version);
    app.require_subcommand(1);
    std::vector<std::pair<CLI::App*, Runner>> runners;
    std::vector<std::string> names;
    for (const Command& command : commands()) {
      CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
      sub->set_version_flag("--version", version);  // a common option of every command
      runners.emplace_back(sub, command.define(*sub));
      // A repeatable option takes one value per use (`--keep a --keep b`,
      // `--fail-on a,b`), never the words after it: otherwise the
      // positionals after it are read as more values when another option
      // follows them (`recommend --keep x PATH --as-of D` lost PATH).
      for (CLI::Option* option : sub->get_options()) {
        if (!option->get_positional())
          option->allow_extra_args(false);
      }
      names.emplace_back(command.name);
    }
    const std::string listed = fmt::format("{}", fmt::join(names, ", "));
    if (argc < 2)
      return usage_error("no command given; commands: " + listed + " (appmix --help)");
    // CLI11 would call an unknown first word a missing subcommand; name it
    // and suggest the closest command, or list them.
    const std::string word = argv[1];
    if ((word.empty() || word.front() != '-') &&
        std::find(names.begin(), names.end(), word) == names.end()) {
      const std::string suggestion = did_you_mean(word, names);
      return usage_error("unknown command '" + word + "'" +
                         (suggestion.empty() ? " (commands: " + listed + ")" : suggestion));
    }
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
      return report_parse_error(app, error);
    }
    for (auto& [sub, runner] : runners) {
      if (sub->parsed())
        return runner();
    }
    return usage_error("no command given; commands: " + listed);
  });
}

}  // namespace appmix::cli
