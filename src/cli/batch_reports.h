// batch --report-dir DIR: one review document per inventory beside the
// summary, for a consultant's client folders. Each document is named after
// its inventory (a file's name without its extension, a folder's name; "-"
// is "stdin"), reduced to letters, digits, '.', '-' and '_', with "-2",
// "-3", ... after a name already taken, in input order, so the names are
// the same on every run. It knows nothing of threads.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "compare/batch_row.h"

namespace appmix::cli {

// File names (with ".html") for `paths`, one each, in the same order.
std::vector<std::string> report_file_names(const std::vector<std::string>& paths);

// Writes the documents, each atomically, and remembers what could not be
// written. write() may be called from several threads at once.
class ReportDirectory {
 public:
  ReportDirectory(std::filesystem::path directory, std::vector<std::string> names)
      : directory_(std::move(directory)), names_(std::move(names)) {}

  // The sink for summarise_inventory of the inventory at `index`.
  compare::ReviewSink sink(std::size_t index);

  std::size_t written() const;
  std::vector<std::string> errors() const;  // "DIR/name.html: reason", in no fixed order

 private:
  std::filesystem::path directory_;
  std::vector<std::string> names_;
  mutable std::mutex mutex_;
  std::size_t written_ = 0;
  std::vector<std::string> errors_;
};

}  // namespace appmix::cli
