// appmix solve FILE: solves a raw weighted set-cover instance in OR-Library
// format and prints the result (report/solve_writers.h). A file that cannot
// be read is one diagnostic like check's: on stderr in text, or as check's
// JSON document when --format json asks for JSON. Exit 3 when the file cannot
// be opened or decompressed, 1 when it is malformed or too large.
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#include "base/sha256.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/format_table.h"
#include "cli/output_options.h"
#include "cli/solver_options.h"
#include "cli/usage_error.h"
#include "report/diagnostics_writers.h"
#include "report/solve_writers.h"
#include "setcover/orlib_reader.h"
#include "setcover/solver.h"

namespace appmix::cli {
namespace {

struct SolveArguments {
  std::string file;
  SolverOptions solver;
  OutputOptions output;
};

report::Provenance provenance_of(const std::string& path) {
  report::Provenance provenance;
  provenance.version = APPMIX_VERSION;
  // The digest of the file as stored (compressed, for a .gz).
  if (const auto digest = base::sha256_file_hex(path))
    provenance.inputs.push_back({path, *digest});
  return provenance;
}

int report_unreadable(const SolveArguments& arguments, const setcover::ReadError& error) {
  const int code = error.kind == setcover::ReadError::Kind::kIo ? kIo : kFindings;
  report::CheckReport diagnostics;
  diagnostics.diagnostics.push_back(report::orlib_diagnostic(arguments.file, error));
  if (chosen_format(arguments.output) == "json") {
    diagnostics.inventories = 1;
    if (code != kIo)
      diagnostics.provenance = provenance_of(arguments.file);
    else
      diagnostics.provenance.version = APPMIX_VERSION;
    return worst(code, emit(arguments.output, report::write_diagnostics_json(diagnostics)));
  }
  const std::string text = report::write_diagnostics_text(diagnostics.diagnostics,
                                                          use_color_on_stderr(arguments.output));
  std::fputs(text.c_str(), stderr);
  return code;
}

using SolveWriter = std::function<std::string(const SolveArguments&, const setcover::Result&)>;

const FormatTable<SolveWriter>& solve_formats() {
  static const FormatTable<SolveWriter> formats = {
      {"text", [](const SolveArguments&,
                  const setcover::Result& result) { return report::write_solve_text(result); }},
      {"json",
       [](const SolveArguments& arguments, const setcover::Result& result) {
         return report::write_solve_json(result, provenance_of(arguments.file));
       }},
  };
  return formats;
}

int run_solve(const SolveArguments& arguments) {
  if (const auto conflict = output_conflict(arguments.output, {arguments.file}))
    return usage_error(*conflict);
  const setcover::ReadResult read = setcover::read_orlib_file(arguments.file);
  if (read.error)
    return report_unreadable(arguments, *read.error);
  const setcover::Result result = setcover::solve(*read.instance, solve_options(arguments.solver));
  return emit(arguments.output,
              solve_formats()[chosen_format(arguments.output)](arguments, result));
}

}  // namespace

Runner define_solve(CLI::App& command) {
  auto arguments = std::make_shared<SolveArguments>();
  arguments->output.formats = solve_formats().names();
  command.add_option("FILE", arguments->file, "OR-Library instance (row or column layout, .gz ok)")
      ->required();
  add_solver_options(command, arguments->solver);
  add_output_options(command, arguments->output);
  return [arguments] { return run_solve(*arguments); };
}

}  // namespace appmix::cli
