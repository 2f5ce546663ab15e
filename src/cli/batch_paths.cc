#include "cli/batch_paths.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "inventory/source.h"

namespace appmix::cli {
namespace {

// Entries directly inside `directory` that are inventories, sorted; false
// when there is none (and `error` says why when it could not be listed).
bool list_directory(const std::string& directory, std::vector<std::string>& out,
                    std::string& error) {
  std::error_code code;
  std::filesystem::directory_iterator it(directory, code);
  if (code) {
    error = "--each '" + directory + "': " + code.message();
    return false;
  }
  std::vector<std::string> found;
  for (; it != std::filesystem::directory_iterator(); it.increment(code)) {
    const std::filesystem::path& entry = it->path();
    const std::string name = entry.filename().string();
    if (name.empty() || name.front() == '.')
      continue;
    std::error_code status_code;
    if (std::filesystem::is_directory(entry, status_code) ||
        (inventory::is_inventory_file_name(name) &&
         std::filesystem::is_regular_file(entry, status_code))) {
      found.push_back((std::filesystem::path(directory) / name).string());
    }
  }
  if (code) {
    error = "--each '" + directory + "': " + code.message();
    return false;
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
  return !found.empty();
}

bool read_list(const std::string& file, std::vector<std::string>& out, std::string& error) {
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  // The reason, as the system gives it ("No such file or directory");
  // opening a directory for reading succeeds, so that one is named here.
  const int reason = errno;
  std::error_code ignored;
  if (std::filesystem::is_directory(file, ignored)) {
    error = "cannot read the list of inventories '" + file + "': it is a directory";
    return false;
  }
  if (!in) {
    error = "cannot read the list of inventories '" + file +
            "': " + (reason != 0 ? std::strerror(reason) : "it cannot be opened");
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.empty() || line.front() == '#')
      continue;
    out.push_back(line);
  }
  if (in.bad()) {
    error = "cannot read the list of inventories '" + file + "'";
    return false;
  }
  return true;
}

}  // namespace

BatchPaths expand_batch_paths(const std::vector<std::string>& arguments,
                              const std::vector<std::string>& each) {
  BatchPaths result;
  for (const std::string& argument : arguments) {
    if (argument.size() > 1 && argument.front() == '@') {
      if (!read_list(argument.substr(1), result.paths, result.error))
        return result;
    } else {
      result.paths.push_back(argument);
    }
  }
  for (const std::string& directory : each) {
    if (!list_directory(directory, result.paths, result.error)) {
      if (!result.error.empty())
        return result;
      result.empty_each.push_back(directory);
    }
  }
  return result;
}

}  // namespace appmix::cli
