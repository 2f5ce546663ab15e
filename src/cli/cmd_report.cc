// appmix report PATH -o FILE: the portfolio review document (cli.md), HTML
// or Markdown, built from the same review `recommend` prints and the same
// overlap analysis `overlap` prints. An invalid inventory gets check's
// diagnostics and exit code, and no file is written.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <filesystem>
#include <functional>
#include <memory>

#include "analysis/overlap.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/format_table.h"
#include "cli/output_options.h"
#include "cli/review_command.h"
#include "cli/review_document.h"
#include "cli/solver_options.h"
#include "cli/usage_error.h"
#include "report/provenance.h"
#include "report/review_writers.h"

namespace appmix::cli {
namespace {

struct ReportArguments {
  ReviewArguments review;
  OutputOptions output;
};

const FormatTable<DocumentFormat>& report_formats() {
  static const FormatTable<DocumentFormat> formats = {
      {"html", DocumentFormat::html},
      {"markdown", DocumentFormat::markdown},
  };
  return formats;
}

// The document's format: --format, else the extension of -o. A file name
// that names neither is a usage error rather than a guess: a review written
// as HTML into "review.txt" would surprise whoever opens it.
std::optional<std::string> report_format(const OutputOptions& output) {
  if (!output.format.empty())
    return output.format;
  if (writes_to_stdout(output))
    return std::string("html");
  const std::string extension = std::filesystem::path(output.output).extension().string();
  if (extension == ".html" || extension == ".htm")
    return std::string("html");
  if (extension == ".md" || extension == ".markdown")
    return std::string("markdown");
  return std::nullopt;
}

int run_report(const ReportArguments& arguments) {
  const std::optional<std::string> format = report_format(arguments.output);
  if (!format)
    return usage_error("cannot tell the format of '" + arguments.output.output +
                       "': name the file .html or .md, or give --format " +
                       fmt::format("{}", fmt::join(report_formats().names(), "|")));
  ReviewRequest request = arguments.review.request(arguments.output);
  // The review document always has the frontier and the closest decisions.
  request.frontier = true;
  request.margins = true;
  const auto before_solve = [&](const std::vector<std::string>& inputs) -> std::optional<int> {
    if (auto conflict = output_conflict(arguments.output, inputs))
      return usage_error(*conflict);
    return std::nullopt;
  };
  const auto with_review = [&](const analysis::CheckedInventory& checked,
                               const plan::Review& review) {
    return emit(arguments.output,
                render_review_document(checked, review, report_formats()[*format]));
  };
  return run_review_command(request, before_solve, with_review);
}

}  // namespace

Runner define_report(CLI::App& command) {
  auto arguments = std::make_shared<ReportArguments>();
  arguments->output.formats = report_formats().names();
  add_review_arguments(command, arguments->review);
  add_output_options(command, arguments->output);
  return [arguments, &command] {
    collect_forced(command, arguments->review);
    return run_report(*arguments);
  };
}

}  // namespace appmix::cli
