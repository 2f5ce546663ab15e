#include "cli/solver_options.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <thread>

namespace appmix::cli {
namespace {

// Digits only: no sign, no hex, no blanks. std::nullopt when not a whole
// number within [0, max].
std::optional<std::uint64_t> whole_number(const std::string& text, std::uint64_t max) {
  if (text.empty() ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::uint64_t value = 0;
  const auto [end, code] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (code != std::errc() || end != text.data() + text.size() || value > max)
    return std::nullopt;
  return value;
}

// A plain decimal number (digits, one '.', an exponent); std::from_chars
// would also take "nan" and "inf", which are refused first.
std::optional<double> seconds(const std::string& text) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
      }))
    return std::nullopt;
  double value = 0;
  const auto [end, code] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (code != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
      value < 0 || value > kMaxTimeLimitSeconds)
    return std::nullopt;
  return value;
}

constexpr std::uint64_t kMaxSeed = std::numeric_limits<std::uint64_t>::max();

}  // namespace

void add_solver_options(CLI::App& command, SolverOptions& options) {
  command
      .add_option_function<std::string>(
          "--time-limit",
          [&options](const std::string& text) { options.time_limit_seconds = *seconds(text); },
          fmt::format("wall-clock limit of the search in seconds (default {:g})",
                      options.time_limit_seconds))
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            return seconds(text) ? ""
                                 : fmt::format("'{}' is not a number of seconds from 0 to {:.0f}",
                                               text, kMaxTimeLimitSeconds);
          },
          "SECONDS"))
      ->option_text("SECONDS");
  command
      .add_option_function<std::string>(
          "--threads",
          [&options](const std::string& text) {
            options.threads = static_cast<int>(*whole_number(text, kMaxThreads));
          },
          "worker threads (default 0: all cores)")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            return whole_number(text, kMaxThreads)
                       ? ""
                       : fmt::format("'{}' is not a whole number from 0 (all cores) to {}", text,
                                     kMaxThreads);
          },
          "N"))
      ->option_text("N");
  command
      .add_option_function<std::string>(
          "--seed",
          [&options](const std::string& text) { options.seed = *whole_number(text, kMaxSeed); },
          "seed of the randomised heuristics (default 0)")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            return whole_number(text, kMaxSeed)
                       ? ""
                       : fmt::format("'{}' is not a whole number from 0 to {}", text, kMaxSeed);
          },
          "N"))
      ->option_text("N");
}

setcover::SolveOptions solve_options(const SolverOptions& options) {
  setcover::SolveOptions solve;
  solve.time_limit_seconds = options.time_limit_seconds;
  solve.threads = options.threads > 0
                      ? options.threads
                      : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  solve.seed = options.seed;
  return solve;
}

}  // namespace appmix::cli
