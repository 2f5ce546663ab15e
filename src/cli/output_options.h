// The output options that result-printing commands share (cli.md "Common
// options"): --format, -o FILE, --color, --quiet; and the one way results are
// written: to stdout, or to -o through an atomic temporary file. It knows
// nothing about what a command computes or how a format looks.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace appmix::cli {

struct OutputOptions {
  std::vector<std::string> formats;  // what the command can write; the first is the default
  std::string format;                // as given; empty when --format was absent
  std::string output;                // -o FILE; empty or "-" for stdout
  std::string color = "auto";        // auto | always | never
  bool quiet = false;
};

// Adds -o and --quiet; --format and --color only when the command has more
// than one format. `options` must outlive parsing. Usage errors found at
// parse time: a --format or --color value that is not offered, `-o ''`,
// and (without --format) an -o extension that names a format the command
// does not write (`check -o report.html`).
void add_output_options(CLI::App& command, OutputOptions& options);

// --format if given, else the format the extension of -o names (.json,
// .jsonl, .md, .csv, .html, .sarif) when the command supports it, else the
// command's default.
std::string chosen_format(const OutputOptions& options);

// --color always; or auto while results go to a terminal on stdout,
// NO_COLOR is unset or empty, and TERM is not "dumb".
bool use_color(const OutputOptions& options);
// The same for what a command prints on stderr (solve's diagnostics).
bool use_color_on_stderr(const OutputOptions& options);

bool writes_to_stdout(const OutputOptions& options);

// Writes the result; on failure prints the error (usage_error.h) and
// returns kIo, else kSuccess.
int emit(const OutputOptions& options, std::string_view bytes);

// Why -o may not be written, or nothing: it names an existing file that is
// one of `inputs` (compared with std::filesystem::equivalent, so links and
// other spellings are caught), or it would create a *.yaml / *.yml file
// inside an input directory (the next run over that directory would read it
// as an inventory part). Both are usage errors.
std::optional<std::string> output_conflict(const OutputOptions& options,
                                           const std::vector<std::string>& inputs);

// The same for a result written in pieces: `produce` is handed a function
// that writes one piece, and is called once. With -o the pieces go to the
// temporary file, renamed into place only after the last one; after a
// failed write the remaining pieces are dropped and kIo is returned.
using PieceWriter = std::function<void(std::string_view)>;
int emit_in_pieces(const OutputOptions& options,
                   const std::function<void(const PieceWriter&)>& produce);

}  // namespace appmix::cli
