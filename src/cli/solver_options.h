// The solver options of every command that solves (cli.md: recommend,
// report, batch, diff, solve): --time-limit SECONDS, --threads N, --seed N,
// with one validation and one set of messages. Values are read as text and
// checked here, so "nan", "inf", "-1", "0x10" or "abc" are usage errors that
// print readable bounds, never a 300-digit DBL_MAX.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>

#include "setcover/solver.h"

namespace appmix::cli {

struct SolverOptions {
  double time_limit_seconds = 60;  // finite, 0 to kMaxTimeLimitSeconds
  int threads = 0;                 // 0: all cores
  std::uint64_t seed = 0;
};

// About 11.5 days: any longer is no limit in practice, and a bound keeps the
// message readable.
constexpr double kMaxTimeLimitSeconds = 1e6;
constexpr int kMaxThreads = 1024;

// Adds --time-limit, --threads and --seed to `command`, writing into
// `options` (which must outlive parsing).
void add_solver_options(CLI::App& command, SolverOptions& options);

// The library's options: threads 0 becomes the machine's core count (at
// least 1); the work limits stay unset.
setcover::SolveOptions solve_options(const SolverOptions& options);

}  // namespace appmix::cli
