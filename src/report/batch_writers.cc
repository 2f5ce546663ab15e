#include "report/batch_writers.h"
#include "base/figures_text.h"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace appmix::report {

std::unique_ptr<BatchWriter> make_batch_text_writer(bool color,
                                                    const std::vector<std::string>& paths);
std::unique_ptr<BatchWriter> make_batch_csv_writer();
std::unique_ptr<BatchWriter> make_batch_json_writer(const std::string& version, bool lines);
std::unique_ptr<BatchWriter> make_batch_markdown_writer();

namespace {

using Factory = std::unique_ptr<BatchWriter> (*)(const std::string& version, bool color,
                                                 const std::vector<std::string>& paths);

// The formats of batch, listed once: the first is the default.
const std::pair<std::string_view, Factory> kFormats[] = {
    {"text",
     [](const std::string&, bool color, const std::vector<std::string>& paths) {
       return make_batch_text_writer(color, paths);
     }},
    {"csv", [](const std::string&, bool,
               const std::vector<std::string>&) { return make_batch_csv_writer(); }},
    {"jsonl",
     [](const std::string& version, bool, const std::vector<std::string>&) {
       return make_batch_json_writer(version, true);
     }},
    {"json",
     [](const std::string& version, bool, const std::vector<std::string>&) {
       return make_batch_json_writer(version, false);
     }},
    {"markdown", [](const std::string&, bool,
                    const std::vector<std::string>&) { return make_batch_markdown_writer(); }},
};

}  // namespace

std::vector<std::string> batch_formats() {
  std::vector<std::string> names;
  for (const auto& [name, factory] : kFormats)
    names.emplace_back(name);
  return names;
}

std::unique_ptr<BatchWriter> make_batch_writer(const std::string& format,
                                               const std::string& version, bool color,
                                               const std::vector<std::string>& paths) {
  for (const auto& [name, factory] : kFormats) {
    if (name == format)
      return factory(version, color, paths);
  }
  throw std::logic_error("no batch writer for the format '" + format + "'");
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
