// appmix import FILE.csv: a spreadsheet export to a YAML inventory, one row
// per app (inventory/csv_import.h, written by report/inventory_yaml.h).
// Diagnostics go to stderr as text, like solve's; the inventory goes to
// stdout or -o, which never replaces an existing file without --force. A bad
// row is left out and the rest is still written (exit 1).
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/diagnostic.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/output_options.h"
#include "cli/usage_error.h"
#include "inventory/csv_import.h"
#include "inventory/csv_reader.h"
#include "report/diagnostics_writers.h"
#include "report/inventory_yaml.h"

namespace appmix::cli {
namespace {

namespace fs = std::filesystem;

struct ImportOptions {
  std::string file;
  std::string organisation;
  std::string map_file;
  bool force = false;
  OutputOptions output;
};

std::string display_path(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

int run_import(const ImportOptions& options) {
  for (const std::string* path : {&options.file, &options.map_file}) {
    std::error_code error;
    if (!path->empty() && *path != "-" && fs::is_directory(*path, error))
      return usage_error("'" + *path + "' is a directory; import reads one CSV file");
  }
  if (options.file == "-" && options.map_file == "-")
    return usage_error("'-' (standard input) may be given only once");
  std::vector<std::string> inputs = {options.file};
  if (!options.map_file.empty())
    inputs.push_back(options.map_file);
  if (const auto conflict = output_conflict(options.output, inputs))
    return usage_error(*conflict);
  std::error_code error;
  if (!writes_to_stdout(options.output) && !options.force &&
      fs::symlink_status(options.output.output, error).type() == fs::file_type::regular) {
    print_error("'" + options.output.output + "' already exists; --force replaces it");
    return kIo;
  }

  base::Diagnostics diagnostics;
  bool unreadable = false;
  inventory::ColumnMap map;
  bool map_ok = true;
  if (!options.map_file.empty()) {
    auto map_table = inventory::read_csv_file(options.map_file, diagnostics, unreadable);
    auto read_map = map_table ? inventory::read_column_map(
                                    *map_table, display_path(options.map_file), diagnostics)
                              : std::nullopt;
    map_ok = read_map.has_value();
    if (read_map)
      map = std::move(*read_map);
  }
  inventory::ImportResult result;
  if (map_ok) {
    if (auto table = inventory::read_csv_file(options.file, diagnostics, unreadable)) {
      const std::string organisation = !options.organisation.empty() ? options.organisation
                                       : options.file == "-"
                                           ? std::string("Imported inventory")
                                           : fs::path(options.file).stem().string();
      result = inventory::import_apps(*table, display_path(options.file), organisation, map);
      base::append(diagnostics, std::move(result.diagnostics));
    }
  }
  base::sort_diagnostics(diagnostics);
  std::fputs(
      report::write_diagnostics_text(diagnostics, use_color_on_stderr(options.output)).c_str(),
      stderr);

  int code = unreadable ? kIo : base::has_errors(diagnostics) ? kFindings : kSuccess;
  if (!result.inventory)
    return worst(code, kFindings);
  code = worst(code, emit(options.output, report::write_inventory_yaml(
                                              *result.inventory, display_path(options.file))));
  if (!options.output.quiet) {
    std::fprintf(
        stderr, "imported %zu of %zu apps (%zu rows left out) to %s\n",
        result.inventory->apps.size(), result.rows, result.rows_left_out,
        writes_to_stdout(options.output) ? "standard output" : options.output.output.c_str());
  }
  return code;
}

}  // namespace

Runner define_import(CLI::App& command) {
  auto options = std::make_shared<ImportOptions>();
  options->output.formats = {"yaml"};
  command.add_option("FILE", options->file, "the CSV file (a spreadsheet export); - reads stdin")
      ->required();
  command.add_option("--organisation", options->organisation,
                     "the organisation's name (default: the file's base name)");
  command
      .add_option("--map", options->map_file,
                  "a CSV of 'header,app key' lines mapping other headers onto app keys")
      ->option_text("FILE");
  command.add_flag("--force", options->force, "replace an existing -o file");
  add_output_options(command, options->output);
  command.add_option("--color", options->output.color, "color diagnostics: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("WHEN");
  return [options] { return run_import(*options); };
}

}  // namespace appmix::cli
