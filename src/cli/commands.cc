#include "cli/commands.h"

#include <array>

namespace appmix::cli {

// One declaration per cmd_<name>.cc.
Runner define_check(CLI::App& command);
Runner define_import(CLI::App& command);
Runner define_init(CLI::App& command);
Runner define_overlap(CLI::App& command);
Runner define_schema(CLI::App& command);
Runner define_solve(CLI::App& command);
Runner define_recommend(CLI::App& command);
Runner define_report(CLI::App& command);
Runner define_batch(CLI::App& command);
Runner define_diff(CLI::App& command);
Runner define_lsp(CLI::App& command);

namespace {

const Command kCommands[] = {
    {"check", "validate inventories and policies; print findings", define_check},
    {"overlap", "which apps duplicate which capabilities, within and across business units",
     define_overlap},
    {"recommend", "the proven least-cost app mix: keep, retire, add, and the consolidation plan",
     define_recommend},
    {"report", "a self-contained portfolio review document (.html or .md)", define_report},
    {"batch", "many inventories: one summary row each, then aggregates", define_batch},
    {"diff", "what a change to an inventory does: apps, overlaps, findings, cost, recommendation",
     define_diff},
    {"schema", "print the JSON Schema of the inventory format", define_schema},
    {"import", "turn a spreadsheet export (CSV) into a YAML inventory", define_import},
    {"init", "write a small, valid starter inventory and its schema", define_init},
    {"solve", "solve a raw weighted set-cover instance (OR-Library format)", define_solve},
    {"lsp", "a language server for editors: check, complete and navigate inventories as you type",
     define_lsp},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

}  // namespace appmix::cli
