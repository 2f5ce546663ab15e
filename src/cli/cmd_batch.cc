// appmix batch PATH...: one summary row per inventory, then aggregates
// (docs/batch.md). Inventories run in parallel on --threads workers, and
// rows come out in input order (compare/batch_schedule.h). A broken
// inventory becomes an error row (its diagnostics also go to stderr) and
// the others go on; exit 1 if any failed, 3 if any could not be read.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "cli/as_of_option.h"
#include "cli/batch_paths.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/output_options.h"
#include "cli/progress_line.h"
#include "cli/solver_options.h"
#include "cli/usage_error.h"
#include "compare/batch_aggregate.h"
#include "compare/batch_row.h"
#include "compare/batch_schedule.h"
#include "report/batch_writers.h"
#include "report/diagnostics_writers.h"

namespace appmix::cli {
namespace {

struct BatchArguments {
  std::vector<std::string> paths;
  std::vector<std::string> each;
  SolverOptions solver;
  OutputOptions output;
  std::optional<base::CivilDate> as_of;
};

int run_batch(const BatchArguments& arguments) {
  const BatchPaths expanded = expand_batch_paths(arguments.paths, arguments.each);
  if (!expanded.error.empty()) {
    print_error(expanded.error);
    return kIo;
  }
  const std::vector<std::string>& paths = expanded.paths;
  if (paths.empty()) {
    if (arguments.each.empty())
      return usage_error("at least one PATH, @FILE or --each DIR is required");
    std::string named;
    for (const std::string& directory : expanded.empty_each)
      named += (named.empty() ? "'" : ", '") + directory + "'";
    print_error("--each " + named +
                ": no inventory inside (no *.yaml / *.yml file or subdirectory)");
    return kFindings;
  }
  if (std::count(paths.begin(), paths.end(), "-") > 1)
    return usage_error("'-' (standard input) may be given only once");
  std::vector<std::string> inputs = paths;
  inputs.insert(inputs.end(), arguments.each.begin(), arguments.each.end());
  if (auto conflict = output_conflict(arguments.output, inputs))
    return usage_error(*conflict);

  // Inventories run side by side; the cores left over go to each solve, so
  // workers x solver threads never exceeds --threads.
  setcover::SolveOptions solve = solve_options(arguments.solver);
  const model::AsOfRequest as_of = as_of_request(arguments.as_of);
  const int cores = solve.threads;
  const int workers = static_cast<int>(std::min<std::size_t>(cores, paths.size()));
  solve.threads = std::max(1, cores / workers);

  const std::string format = chosen_format(arguments.output);
  const std::unique_ptr<report::BatchWriter> writer =
      report::make_batch_writer(format, APPMIX_VERSION, use_color(arguments.output), paths);
  const bool color_on_stderr = use_color_on_stderr(arguments.output);
  compare::BatchAggregator aggregator;
  int failed = 0;
  bool unreadable = false;

  ProgressLine progress(arguments.output.quiet);
  const int code = emit_in_pieces(arguments.output, [&](const PieceWriter& write) {
    write(writer->begin(paths.size()));
    std::size_t written = 0;
    const auto write_row = [&](const compare::BatchRow& row) {
      // Rows and diagnostics may go to the terminal the progress line is on.
      progress.clear();
      if (compare::failed(row.status)) {
        ++failed;
        unreadable = unreadable || row.status == compare::RowStatus::unreadable;
        std::fputs(report::write_diagnostics_text(row.errors, color_on_stderr).c_str(), stderr);
      }
      aggregator.add(row);
      write(writer->row(row));
      ++written;
      progress.update(
          fmt::format("  batch: {} of {} inventories, {} failed", written, paths.size(), failed));
    };
    compare::run_in_input_order(
        paths.size(), workers,
        [&](std::size_t index) {
          return compare::summarise_inventory(paths[index], solve, as_of, format == "json");
        },
        write_row);
    write(writer->end(aggregator.result()));
  });
  int result = code;
  if (failed > 0)
    result = worst(result, kFindings);
  if (unreadable)
    result = worst(result, kIo);
  return result;
}

}  // namespace

Runner define_batch(CLI::App& command) {
  auto arguments = std::make_shared<BatchArguments>();
  arguments->output.formats = report::batch_formats();
  command.add_option("PATH", arguments->paths,
                     "inventory file or directory, each one inventory; @FILE lists paths, one a "
                     "line");
  command
      .add_option("--each", arguments->each,
                  "every *.yaml file and subdirectory directly inside DIR is one inventory")
      ->option_text("DIR");
  add_solver_options(command, arguments->solver);
  add_as_of_option(command, arguments->as_of);
  add_output_options(command, arguments->output);
  return [arguments] { return run_batch(*arguments); };
}

}  // namespace appmix::cli
