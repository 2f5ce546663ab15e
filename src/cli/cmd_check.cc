// appmix check PATH...: validates each inventory on its own, runs the
// policies on those that loaded without errors, and prints every finding in
// one sorted list. Findings are the result (stdout or -o); the summary line
// goes to stderr.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

#include "analysis/checked_inventory.h"
#include "base/rules.h"
#include "cli/as_of_option.h"
#include "cli/check_baseline.h"
#include "cli/commands.h"
#include "cli/diagnostics_style.h"
#include "cli/exit_code.h"
#include "cli/format_table.h"
#include "cli/output_options.h"
#include "cli/usage_error.h"
#include "report/diagnostics_writers.h"
#include "report/rules_markdown.h"

namespace appmix::cli {
namespace {

struct CheckOptions {
  OutputOptions output;
  std::vector<std::string> paths;
  bool strict = false;
  bool list_rules = false;
  BaselineOptions baseline;
  std::optional<base::CivilDate> as_of;
};

struct CheckRun {
  report::CheckReport report;
  std::vector<std::string> input_files;            // every file read, to refuse -o naming one
  std::vector<std::vector<std::string>> files_of;  // per PATH, the files read (for JUnit)
  std::vector<inventory::SourceFile> sources;      // kept for code frames and fingerprints
  std::vector<std::string> policies_not_run;       // files of inventories with errors
  bool unreadable = false;
};

// `with_digests`: hash the inputs for the provenance block; only JSON and
// SARIF print it, and hashing a large inventory is not free. `with_sources`:
// keep the bytes read, for the formats that quote them.
CheckRun check_all(const std::vector<std::string>& paths, const model::AsOfRequest& as_of,
                   bool with_digests, bool with_sources) {
  CheckRun run;
  run.report.provenance.version = APPMIX_VERSION;
  run.report.inventories = paths.size();
  run.input_files = paths;
  for (const std::string& path : paths) {
    analysis::CheckedInventory checked = analysis::check_inventory(path, as_of);
    run.unreadable = run.unreadable || checked.unreadable;
    if (with_digests)
      report::add_inputs(run.report.provenance, checked.sources);
    run.files_of.emplace_back();
    for (const inventory::SourceFile& source : checked.sources) {
      run.files_of.back().push_back(source.path);
      if (!checked.inventory)  // an error: the policies did not run
        run.policies_not_run.push_back(source.path);
    }
    for (std::string& file : checked.input_files())
      run.input_files.push_back(std::move(file));
    base::append(run.report.diagnostics, std::move(checked.diagnostics));
    if (with_sources) {
      run.sources.insert(run.sources.end(), std::make_move_iterator(checked.sources.begin()),
                         std::make_move_iterator(checked.sources.end()));
    }
  }
  base::sort_diagnostics(run.report.diagnostics);
  return run;
}

// What every writer of check's result may need.
struct CheckResult {
  const CheckOptions& options;
  const CheckRun& run;
  const report::SourceTexts& sources;
};

using CheckWriter = std::function<std::string(const CheckResult&)>;

const FormatTable<CheckWriter>& check_formats() {
  static const FormatTable<CheckWriter> formats = {
      {"text",
       [](const CheckResult& r) {
         return report::write_diagnostics_text(r.run.report.diagnostics,
                                               text_style_for_stdout(r.options.output, r.sources));
       }},
      {"json", [](const CheckResult& r) { return report::write_diagnostics_json(r.run.report); }},
      {"sarif", [](const CheckResult& r) { return report::write_diagnostics_sarif(r.run.report); }},
      {"github",
       [](const CheckResult& r) {
         return report::write_diagnostics_github(r.run.report.diagnostics);
       }},
      {"junit",
       [](const CheckResult& r) {
         return report::write_diagnostics_junit(
             report::junit_suites(r.options.paths, r.run.files_of, r.run.report.diagnostics),
             r.options.strict);
       }},
      {"concise",
       [](const CheckResult& r) {
         return report::write_diagnostics_concise(r.run.report.diagnostics,
                                                  use_color(r.options.output));
       }},
      {"gitlab",
       [](const CheckResult& r) {
         return report::write_diagnostics_gitlab(r.run.report.diagnostics, r.sources);
       }},
  };
  return formats;
}

int run_check(const CheckOptions& options) {
  if (options.list_rules)
    return emit(options.output, report::rules_markdown());
  if (options.paths.empty())
    return usage_error("at least one PATH is required (a file, a directory, or - for stdin)");
  if (std::count(options.paths.begin(), options.paths.end(), "-") > 1)
    return usage_error("'-' (standard input) may be given only once");
  const std::string format = chosen_format(options.output);
  CheckRun run =
      check_all(options.paths, as_of_request(options.as_of), format == "json" || format == "sarif",
                format == "text" || format == "gitlab");
  if (const auto conflict = output_conflict(options.output, run.input_files)) {
    print_error(*conflict);
    return worst(kUsage, run.unreadable ? kIo : kSuccess);
  }
  if (const int failed = apply_baseline_options(options.baseline, run.input_files,
                                                run.policies_not_run, run.report))
    return worst(failed, run.unreadable ? kIo : kSuccess);
  const base::Diagnostics& diagnostics = run.report.diagnostics;
  const report::SourceTexts sources = report::source_texts(run.sources);
  int code = emit(options.output, check_formats()[format](CheckResult{options, run, sources}));
  if (!options.output.quiet) {
    std::fprintf(stderr, "%s\n", report::summary_line(diagnostics, run.report.inventories).c_str());
  }
  const bool fails = base::has_errors(diagnostics) ||
                     (options.strict && base::count_severity(diagnostics, base::Severity::warning));
  if (fails)
    code = worst(code, kFindings);
  if (run.unreadable)
    code = worst(code, kIo);
  return code;
}

}  // namespace

Runner define_check(CLI::App& command) {
  auto options = std::make_shared<CheckOptions>();
  options->output.formats = check_formats().names();
  command.add_option("PATH", options->paths,
                     "inventory file or directory, each checked on its own; - reads stdin");
  add_output_options(command, options->output);
  add_as_of_option(command, options->as_of);
  command.add_flag("--strict", options->strict, "warnings fail the check too (exit 1)");
  command
      .add_option("--baseline", options->baseline.read,
                  "report only findings this baseline file does not record")
      ->option_text("FILE");
  command
      .add_option("--write-baseline", options->baseline.write,
                  "record today's findings in FILE (then report only those it does not record)")
      ->option_text("FILE")
      ->excludes("--baseline");
  // Undocumented in --help: prints docs/rules.md from the rule table.
  command.add_flag("--list-rules", options->list_rules)->group("");
  return [options] {
    options->baseline.quiet = options->output.quiet;
    return run_check(*options);
  };
}

}  // namespace appmix::cli
