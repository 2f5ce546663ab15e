#include "cli/batch_reports.h"

#include <set>

#include "base/atomic_output.h"
#include "cli/review_document.h"

namespace appmix::cli {
namespace {

std::string base_name(const std::string& path) {
  if (path == "-")
    return "stdin";
  std::filesystem::path p(path);
  if (!p.has_filename())  // "clients/acme/"
    p = p.parent_path();
  std::string name = p.has_extension() && !std::filesystem::is_directory(p) ? p.stem().string()
                                                                            : p.filename().string();
  std::string safe;
  for (const char c : name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    safe += plain ? c : '_';
  }
  // A name of only dots would be a relative path; an empty one no name.
  if (safe.find_first_not_of('.') == std::string::npos)
    safe = "inventory" + safe;
  return safe;
}

}  // namespace

std::vector<std::string> report_file_names(const std::vector<std::string>& paths) {
  std::vector<std::string> names;
  std::set<std::string> taken;
  for (const std::string& path : paths) {
    const std::string base = base_name(path);
    std::string name = base;
    for (int n = 2; taken.count(name); ++n)
      name = base + "-" + std::to_string(n);
    taken.insert(name);
    names.push_back(name + ".html");
  }
  return names;
}

compare::ReviewSink ReportDirectory::sink(std::size_t index) {
  return [this, index](const analysis::CheckedInventory& checked, const plan::Review& review) {
    const std::string html = render_review_document(checked, review, DocumentFormat::html);
    const std::filesystem::path target = directory_ / names_[index];
    std::string error;
    const bool ok = base::write_file_atomically(target, html, error);
    std::lock_guard lock(mutex_);
    if (ok)
      ++written_;
    else
      errors_.push_back(target.string() + ": " + error);
  };
}

std::size_t ReportDirectory::written() const {
  std::lock_guard lock(mutex_);
  return written_;
}

std::vector<std::string> ReportDirectory::errors() const {
  std::lock_guard lock(mutex_);
  return errors_;
}

}  // namespace appmix::cli
