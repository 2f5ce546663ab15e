#include "cli/output_options.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/atomic_output.h"
#include "cli/exit_code.h"

namespace appmix::cli {
namespace {

bool supports(const OutputOptions& options, std::string_view format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

std::string format_of_extension(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  if (extension == ".json")
    return "json";
  if (extension == ".jsonl")
    return "jsonl";
  if (extension == ".md")
    return "markdown";
  if (extension == ".csv")
    return "csv";
  if (extension == ".html")
    return "html";
  if (extension == ".sarif")
    return "sarif";
  return "";
}

}  // namespace

void add_output_options(CLI::App& command, OutputOptions& options) {
  if (!options.formats.empty()) {
    // Offered even with one format (schema: json), as cli.md makes --format a
    // common option; any other value is a usage error.
    std::string list;
    for (const std::string& format : options.formats)
      list += (list.empty() ? "" : "|") + format;
    command.add_option("--format", options.format, "output format: " + list)
        ->check(CLI::IsMember(options.formats))
        ->option_text("FORMAT");
  }
  if (options.formats.size() > 1) {
    command.add_option("--color", options.color, "color text output: auto|always|never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->option_text("WHEN");
  }
  command
      .add_option("-o,--output", options.output,
                  "write the result to FILE (atomically) instead of stdout")
      ->option_text("FILE");
  command.add_flag("--quiet", options.quiet, "no summary lines on stderr");
}

std::string chosen_format(const OutputOptions& options) {
  if (!options.format.empty())
    return options.format;
  if (!writes_to_stdout(options)) {
    const std::string by_extension = format_of_extension(options.output);
    if (supports(options, by_extension))
      return by_extension;
  }
  return options.formats.empty() ? "text" : options.formats.front();
}

bool use_color_on_stderr(const OutputOptions& options) {
  if (options.color == "always")
    return true;
  if (options.color == "never")
    return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0')
    return false;
  return ::isatty(STDERR_FILENO) == 1;
}

bool writes_to_stdout(const OutputOptions& options) {
  return options.output.empty() || options.output == "-";
}

bool use_color(const OutputOptions& options) {
  if (options.color == "always")
    return true;
  if (options.color == "never" || !writes_to_stdout(options))
    return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0')
    return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

int emit(std::string_view command, const OutputOptions& options, std::string_view bytes) {
  return emit_in_pieces(command, options, [bytes](const PieceWriter& write) { write(bytes); });
}

int emit_in_pieces(std::string_view command, const OutputOptions& options,
                   const std::function<void(const PieceWriter&)>& produce) {
  if (writes_to_stdout(options)) {
    bool written = true;
    produce([&](std::string_view piece) {
      written = written && std::fwrite(piece.data(), 1, piece.size(), stdout) == piece.size();
    });
    if (std::fflush(stdout) != 0 || !written) {
      print_error(command, "cannot write to standard output");
      return kIo;
    }
    return kSuccess;
  }
  // A device or pipe (-o /dev/stdout, a FIFO) is written in place: renaming
  // a temporary file over it would replace the device with a regular file.
  std::error_code status_error;
  const auto type = std::filesystem::status(options.output, status_error).type();
  if (type == std::filesystem::file_type::character || type == std::filesystem::file_type::fifo ||
      type == std::filesystem::file_type::block || type == std::filesystem::file_type::socket) {
    std::FILE* target = std::fopen(options.output.c_str(), "wb");
    bool written = target != nullptr;
    produce([&](std::string_view piece) {
      written = written && std::fwrite(piece.data(), 1, piece.size(), target) == piece.size();
    });
    if (target == nullptr || std::fclose(target) != 0 || !written) {
      print_error(command, "cannot write '" + options.output + "'");
      return kIo;
    }
    return kSuccess;
  }
  // Through a link (say -o /dev/stdout redirected to a file), replace the
  // file it points to, not the link.
  std::filesystem::path target = options.output;
  for (int hops = 0; hops < 40 && std::filesystem::is_symlink(target, status_error); ++hops) {
    const std::filesystem::path link = std::filesystem::read_symlink(target, status_error);
    if (status_error)
      break;
    target = link.is_absolute() ? link : target.parent_path() / link;
  }
  base::AtomicOutput output(target);
  bool written = true;
  produce([&](std::string_view piece) { written = written && output.write(piece); });
  // An empty result still creates the file (commit opens it).
  if (!written || !output.commit()) {
    print_error(command, output.error());
    return kIo;
  }
  return kSuccess;
}

bool output_is_an_input(const OutputOptions& options, const std::vector<std::string>& inputs) {
  if (writes_to_stdout(options))
    return false;
  std::error_code error;
  if (!std::filesystem::exists(options.output, error))
    return false;
  for (const std::string& input : inputs) {
    if (input == "-")
      continue;
    if (std::filesystem::equivalent(options.output, input, error))
      return true;
  }
  return false;
}

void print_error(std::string_view command, std::string_view message) {
  std::fputs(fmt::format("appmix {}: error: {}\n", command, message).c_str(), stderr);
}

}  // namespace appmix::cli
