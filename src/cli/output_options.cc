#include "cli/output_options.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/atomic_output.h"
#include "cli/exit_code.h"
#include "cli/usage_error.h"
#include "inventory/source.h"

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
  if (extension == ".xml")  // JUnit XML, check's only XML format
    return "junit";
  if (extension == ".sarif")
    return "sarif";
  return "";
}

// Names whose extension asks for no format: none (/dev/stdout, a FIFO),
// one for plain text, or YAML, which `-o` may name only to be refused later
// with the precise reason (an input, or a part of an input directory).
bool is_plain_text_name(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  return extension.empty() || extension == ".txt" || extension == ".text" || extension == ".log" ||
         extension == ".out" || inventory::is_inventory_file_name(path);
}

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& word : words)
    out += (out.empty() ? "" : std::string(separator)) + word;
  return out;
}

bool color_allowed_by_environment() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0')
    return false;
  const char* term = std::getenv("TERM");  // a dumb terminal shows escapes as text
  return term == nullptr || std::string_view(term) != "dumb";
}

}  // namespace

void add_output_options(CLI::App& command, OutputOptions& options) {
  if (!options.formats.empty()) {
    // Offered even with one format (schema: json), as cli.md makes --format a
    // common option; any other value is a usage error.
    command
        .add_option("--format", options.format, "output format: " + joined(options.formats, "|"))
        ->check(one_of(options.formats))
        ->option_text("FORMAT");
  }
  if (options.formats.size() > 1) {
    command.add_option("--color", options.color, "color text output: auto|always|never")
        ->check(one_of({"auto", "always", "never"}))
        ->option_text("WHEN");
  }
  command
      .add_option("-o,--output", options.output,
                  "write the result to FILE (atomically) instead of stdout")
      ->option_text("FILE");
  command.add_flag("--quiet", options.quiet, "no summary lines on stderr");
  // After every option is read: without --format, the extension of -o picks
  // the format, so one that names a format this command lacks cannot mean
  // what it says.
  const std::string name = command.get_name();
  command.final_callback([&command, &options, name] {
    if (command.count("--output") > 0 && options.output.empty())
      throw CLI::ValidationError("-o", "an empty file name; name a file, or - for standard output");
    if (!options.format.empty() || writes_to_stdout(options))
      return;
    const std::string named = format_of_extension(options.output);
    if (named.empty() && !is_plain_text_name(options.output) && !options.formats.empty() &&
        options.formats.front() == "text") {
      // Falling back to text, `batch -o clients.xlsx` would write a table
      // that a spreadsheet cannot open.
      throw CLI::ValidationError(
          "-o", "'" + options.output + "' has an extension that names no format " + name +
                    " writes (formats: " + joined(options.formats, ", ") +
                    "); choose one with --format, or name the file .txt or without an extension");
    }
    if (!named.empty() && !supports(options, named)) {
      throw CLI::ValidationError(
          "-o", "'" + options.output + "' names the " + named + " format, which " + name +
                    " does not write (formats: " + joined(options.formats, ", ") +
                    "); choose one with --format or change the extension");
    }
  });
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

bool writes_to_stdout(const OutputOptions& options) {
  return options.output.empty() || options.output == "-";
}

bool use_color(const OutputOptions& options) {
  if (options.color == "always")
    return true;
  if (options.color == "never" || !writes_to_stdout(options))
    return false;
  return color_allowed_by_environment() && ::isatty(STDOUT_FILENO) == 1;
}

bool use_color_on_stderr(const OutputOptions& options) {
  if (options.color == "always")
    return true;
  if (options.color == "never")
    return false;
  return color_allowed_by_environment() && ::isatty(STDERR_FILENO) == 1;
}

int emit(const OutputOptions& options, std::string_view bytes) {
  return emit_in_pieces(options, [bytes](const PieceWriter& write) { write(bytes); });
}

int emit_in_pieces(const OutputOptions& options,
                   const std::function<void(const PieceWriter&)>& produce) {
  if (writes_to_stdout(options)) {
    bool written = true;
    produce([&](std::string_view piece) {
      written = written && std::fwrite(piece.data(), 1, piece.size(), stdout) == piece.size();
    });
    if (std::fflush(stdout) != 0 || !written) {
      print_error("cannot write to standard output");
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
      print_error("cannot write '" + options.output + "'");
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
    print_error(output.error());
    return kIo;
  }
  return kSuccess;
}

std::optional<std::string> output_conflict(const OutputOptions& options,
                                           const std::vector<std::string>& inputs) {
  if (writes_to_stdout(options))
    return std::nullopt;
  namespace fs = std::filesystem;
  std::error_code error;
  const bool exists = fs::exists(options.output, error);
  const bool inventory_file = inventory::is_inventory_file_name(options.output);
  // The folder the output lands in, resolved (links, "..") for comparison.
  const fs::path folder =
      fs::weakly_canonical(fs::absolute(options.output, error), error).parent_path();
  for (const std::string& input : inputs) {
    if (input != "-" && exists && fs::equivalent(options.output, input, error)) {
      return "-o '" + options.output +
             "' is one of the inputs; appmix never modifies its input files";
    }
  }
  for (const std::string& input : inputs) {
    if (input == "-" || !inventory_file || !fs::is_directory(input, error))
      continue;
    const fs::path directory = fs::weakly_canonical(fs::absolute(input, error), error);
    if (std::mismatch(directory.begin(), directory.end(), folder.begin(), folder.end()).first ==
        directory.end()) {
      return "-o '" + options.output + "' would put an inventory file into the input directory '" +
             input + "', where the next run would read it as a part; write it elsewhere";
    }
  }
  return std::nullopt;
}

}  // namespace appmix::cli
