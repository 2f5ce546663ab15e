#include "cli/commands.h"

#include <array>

namespace appmix::cli {

// One declaration per cmd_<name>.cc.

namespace {

const std::array<Command, 0> kCommands = {};

}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace appmix::cli
