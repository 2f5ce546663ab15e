// appmix overlap PATH: which of today's apps duplicate which capabilities,
// within and across business units (docs/overlap.md). The inventory is
// loaded and checked as `check` does; its diagnostics go to stderr in
// check's text form, and an inventory with errors gets check's exit code and
// no result. The result goes to stdout or -o, written in pieces.
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

#include "analysis/checked_inventory.h"
#include "analysis/overlap.h"
#include "cli/as_of_option.h"
#include "cli/commands.h"
#include "cli/diagnostics_style.h"
#include "cli/exit_code.h"
#include "cli/format_table.h"
#include "cli/output_options.h"
#include "cli/usage_error.h"
#include "report/diagnostics_writers.h"
#include "report/overlap_writers.h"

namespace appmix::cli {
namespace {

struct OverlapArguments {
  OutputOptions output;
  std::string path;
  std::size_t top = 50;
  double min_similarity = 0.0;
  std::optional<base::CivilDate> as_of;
};

// Prints the findings like `check` does (its text form, then its summary
// line unless --quiet), but on stderr: stdout is the overlap result.
void print_diagnostics(const OverlapArguments& options, const analysis::CheckedInventory& checked) {
  const base::Diagnostics& diagnostics = checked.diagnostics;
  if (diagnostics.empty())
    return;
  const report::SourceTexts sources = report::source_texts(checked.sources);
  const std::string text =
      report::write_diagnostics_text(diagnostics, text_style_for_stderr(options.output, sources));
  std::fwrite(text.data(), 1, text.size(), stderr);
  if (!options.output.quiet)
    std::fprintf(stderr, "%s\n", report::summary_line(diagnostics, 1).c_str());
}

// Writers stream into a sink: a large inventory's JSON is hundreds of MB.
using OverlapWriter =
    std::function<void(const report::OverlapReport&, bool color, const report::ByteSink&)>;

const FormatTable<OverlapWriter>& overlap_formats() {
  static const FormatTable<OverlapWriter> formats = {
      {"text", report::write_overlap_text},
      {"json", [](const report::OverlapReport& report, bool,
                  const report::ByteSink& sink) { report::write_overlap_json(report, sink); }},
      {"markdown",
       [](const report::OverlapReport& report, bool, const report::ByteSink& sink) {
         report::write_overlap_markdown(report, sink);
       }},
      {"csv", [](const report::OverlapReport& report, bool,
                 const report::ByteSink& sink) { report::write_overlap_csv(report, sink); }},
  };
  return formats;
}

int run_overlap(const OverlapArguments& options) {
  const std::string format = chosen_format(options.output);
  analysis::CheckedInventory checked =
      analysis::check_inventory(options.path, as_of_request(options.as_of));
  std::vector<std::string> inputs = checked.input_files();
  inputs.push_back(options.path);
  if (auto conflict = output_conflict(options.output, inputs)) {
    print_error(*conflict);
    return worst(kUsage, checked.unreadable ? kIo : kSuccess);
  }
  print_diagnostics(options, checked);
  if (checked.unreadable)
    return kIo;
  if (!checked.inventory)
    return kFindings;

  report::OverlapReport report;
  report.provenance.version = APPMIX_VERSION;
  // Only JSON prints provenance, and hashing a large inventory is not free.
  if (format == "json")
    report::add_inputs(report.provenance, checked.sources);
  report.organisation = checked.inventory->organisation;
  report.min_similarity = options.min_similarity;
  // --top shapes the text form only; the others list every matching pair.
  if (format == "text")
    report.top = options.top;
  analysis::OverlapOptions analysis_options;
  analysis_options.min_similarity = report.min_similarity;
  analysis_options.top = report.top;
  report.overlap = analysis::analyse_overlap(*checked.inventory, analysis_options);
  // The inventory is no longer needed: free it before the result is written.
  checked = analysis::CheckedInventory();

  const bool color = use_color(options.output);
  return emit_in_pieces(options.output, [&](const PieceWriter& write) {
    overlap_formats()[format](report, color, write);
  });
}

}  // namespace

Runner define_overlap(CLI::App& command) {
  auto options = std::make_shared<OverlapArguments>();
  options->output.formats = overlap_formats().names();
  command.add_option("PATH", options->path, "inventory file or directory; - reads stdin")
      ->required();
  add_output_options(command, options->output);
  add_as_of_option(command, options->as_of);
  command.add_option("--top", options->top, "pairs shown in text output (default 50)")
      ->option_text("N")
      ->check(CLI::Validator(
          [](const std::string& text) -> std::string {
            // Unsigned conversion would wrap "-1" to a huge count.
            return text.find_first_not_of("0123456789") == std::string::npos && !text.empty()
                       ? ""
                       : "must be a whole number, 0 or more";
          },
          "", "N >= 0"));
  command
      .add_option("--min-similarity", options->min_similarity,
                  "leave out pairs whose Jaccard similarity is below X, in [0, 1] (default 0)")
      ->option_text("X")
      ->check(CLI::Validator(
          [](const std::string& text) -> std::string {
            double value = 0.0;
            // CLI11 reads the number again into the option; here only its range matters.
            if (!CLI::detail::lexical_cast(text, value) || !std::isfinite(value) || value < 0.0 ||
                value > 1.0)
              return "must be a number from 0 to 1";
            return "";
          },
          "", "0..1"));
  return [options] { return run_overlap(*options); };
}

}  // namespace appmix::cli
