// The one table of subcommands: help and dispatch both come from it. Each
// cmd_<name>.cc defines its options on the CLI11 subcommand it is handed and
// returns the function that runs it once parsing has succeeded.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <span>
#include <string_view>

namespace appmix::cli {

// Runs a parsed command; returns its exit code (see exit_code.h).
using Runner = std::function<int()>;

struct Command {
  std::string_view name;
  std::string_view summary;
  Runner (*define)(CLI::App& command);
};

std::span<const Command> commands();

}  // namespace appmix::cli
