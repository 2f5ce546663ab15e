// appmix solve FILE: solves a raw weighted set-cover instance in OR-Library
// format and prints cost, bound, proof status, gap, time and rows no column
// can serve (json: also the chosen columns, 1-based). Exit 3 when the file
// cannot be read or decompressed, 1 when it is malformed.
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "base/json_out.h"
#include "base/sha256.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/output_options.h"
#include "setcover/orlib_reader.h"
#include "setcover/solver.h"

namespace appmix::cli {
namespace {

struct SolveArguments {
  std::string file;
  double time_limit = 60;
  int threads = 0;  // 0: all cores
  std::uint64_t seed = 0;
  OutputOptions output;
};

const char* ended_by_name(setcover::EndedBy ended_by) {
  switch (ended_by) {
    case setcover::EndedBy::kProof:
      return "proof";
    case setcover::EndedBy::kWorkLimit:
      return "work-limit";
    case setcover::EndedBy::kTimeLimit:
      return "time-limit";
  }
  return "proof";
}

double gap(const setcover::Result& result) {
  return result.cost > 0 ? static_cast<double>(result.cost - result.lower_bound) / result.cost
                         : 0.0;
}

std::string render_text(const setcover::Result& result) {
  std::string out;
  out += fmt::format("cost          {}\n", result.cost);
  out += fmt::format("lower bound   {}\n", result.lower_bound);
  out += fmt::format("optimal       {}\n", result.optimal ? "yes (proven)" : "not proven");
  out += fmt::format("gap           {:.2f}%\n", 100.0 * gap(result));
  out += fmt::format("time          {:.2f} s\n", result.seconds);
  out += fmt::format("ended by      {}\n", ended_by_name(result.ended_by));
  if (result.shortfall.empty()) {
    out += "uncovered     none\n";
  } else {
    out += fmt::format("uncovered     {} row{} short of demand (row: missing units)\n",
                       result.shortfall.size(), result.shortfall.size() == 1 ? "" : "s");
    for (const auto& row : result.shortfall) {
      out += fmt::format("  row {}: {}\n", row.row.value + 1, row.missing);
    }
  }
  out += fmt::format("columns       {}\n", result.columns.size());
  return out;
}

std::string render_json(const setcover::Result& result, const std::string& path,
                        const std::string& digest) {
  const auto& s = result.statistics;
  base::JsonWriter json;
  json.begin_object();
  json.key("cost").value(result.cost);
  json.key("lower_bound").value(result.lower_bound);
  json.key("optimal").value(result.optimal);
  json.key("gap").value(gap(result));
  json.key("seconds").value(result.seconds);
  json.key("columns").begin_array();
  for (const auto column : result.columns)
    json.value(column.value + 1);
  json.end_array();
  json.key("ended_by").value(ended_by_name(result.ended_by));
  json.key("uncovered_rows").begin_array();
  for (const auto& row : result.shortfall) {
    json.begin_object().key("row").value(row.row.value + 1).key("missing").value(row.missing);
    json.end_object();
  }
  json.end_array();
  json.key("statistics").begin_object();
  json.key("columns_fixed_in_by_necessity").value(s.reductions.columns_fixed_in_by_necessity);
  json.key("columns_dominated").value(s.reductions.columns_dominated);
  json.key("columns_useless").value(s.reductions.columns_useless);
  json.key("rows_dominated").value(s.reductions.rows_dominated);
  json.key("rows_short").value(s.reductions.rows_short);
  json.key("rows_after_presolve").value(s.rows_after_presolve);
  json.key("columns_after_presolve").value(s.columns_after_presolve);
  json.key("columns_after_root_fixing").value(s.columns_after_root_fixing);
  json.key("columns_over_bound").value(s.second_reductions.columns_over_bound);
  json.key("first_cover").value(s.first_cover);
  json.key("root_cover").value(s.root_cover);
  json.key("root_bound").value(s.root_bound);
  json.key("subgradient_iterations").value(static_cast<std::int64_t>(s.iterations));
  json.key("nodes").value(static_cast<std::int64_t>(s.nodes));
  json.key("flip_moves").value(static_cast<std::int64_t>(s.flip_moves));
  json.end_object();
  json.key("appmix").begin_object();
  json.key("version").value(APPMIX_VERSION);
  json.key("inputs").begin_array().begin_object();
  json.key("path").value(path).key("sha256").value(digest);
  json.end_object().end_array();
  json.end_object();
  json.end_object();
  return json.str();
}

int run_solve(const SolveArguments& arguments) {
  if (output_is_an_input(arguments.output, {arguments.file})) {
    print_error("solve", "-o names the input file");
    return kUsage;
  }
  const setcover::ReadResult read = setcover::read_orlib_file(arguments.file);
  if (read.error) {
    const auto& error = *read.error;
    if (error.kind == setcover::ReadError::Kind::kIo) {
      print_error("solve", fmt::format("{}: {}", arguments.file, error.message));
      return kIo;
    }
    fmt::print(stderr, "{}:{}: error: {}\n", arguments.file, error.position.line, error.message);
    return kFindings;
  }
  std::ifstream raw(arguments.file, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(raw)), std::istreambuf_iterator<char>());
  setcover::SolveOptions options;
  options.time_limit_seconds = arguments.time_limit;
  options.threads = arguments.threads > 0
                        ? arguments.threads
                        : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  options.seed = arguments.seed;
  const setcover::Result result = setcover::solve(*read.instance, options);
  const std::string format = chosen_format(arguments.output);
  const std::string rendered = format == "json"
                                   ? render_json(result, arguments.file, base::sha256_hex(bytes))
                                   : render_text(result);
  return emit("solve", arguments.output, rendered);
}

}  // namespace

Runner define_solve(CLI::App& command) {
  auto arguments = std::make_shared<SolveArguments>();
  arguments->output.formats = {"text", "json"};
  command.add_option("FILE", arguments->file, "OR-Library instance (row or column layout, .gz ok)")
      ->required();
  command.add_option("--time-limit", arguments->time_limit, "seconds (default 60)")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--threads", arguments->threads, "worker threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--seed", arguments->seed, "seed of the randomised heuristics (default 0)");
  add_output_options(command, arguments->output);
  return [arguments] { return run_solve(*arguments); };
}

}  // namespace appmix::cli
