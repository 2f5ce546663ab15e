#include "report/batch_writers.h"
#include "base/figures_text.h"

#include <fmt/format.h>

#include <cmath>

namespace appmix::report {

std::unique_ptr<BatchWriter> make_batch_text_writer(bool color,
                                                    const std::vector<std::string>& paths);
std::unique_ptr<BatchWriter> make_batch_csv_writer();
std::unique_ptr<BatchWriter> make_batch_json_writer(const std::string& version, bool lines);
std::unique_ptr<BatchWriter> make_batch_markdown_writer();

std::unique_ptr<BatchWriter> make_batch_writer(const std::string& format,
                                               const std::string& version, bool color,
                                               const std::vector<std::string>& paths) {
  if (format == "csv")
    return make_batch_csv_writer();
  if (format == "json" || format == "jsonl")
    return make_batch_json_writer(version, format == "jsonl");
  if (format == "markdown")
    return make_batch_markdown_writer();
  return make_batch_text_writer(color, paths);
}

std::string first_error(const compare::BatchRow& row) {
  if (row.errors.empty())
    return "";
  const base::Diagnostic& first = row.errors.front();
  std::string text;
  if (!first.location.file.empty()) {
    text = first.location.file;
    if (first.location.line > 0)
      text += fmt::format(":{}:{}", first.location.line, first.location.column);
    text += ": ";
  }
  text += fmt::format("{} [{}]", first.message, first.rule);
  if (row.errors.size() > 1)
    text += fmt::format(" (+{} more)", row.errors.size() - 1);
  return text;
}

}  // namespace appmix::report
