// A command's output formats, each with the function that writes it, in one
// list: the names (the first is the default) feed --format, -o's extension
// check, --help, the man page and the bash completion, and the writer is
// looked up in the same list, so no format can be offered without being
// written, nor written without being offered. It knows nothing of what a
// writer takes.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace appmix::cli {

template <typename Writer>
class FormatTable {
 public:
  FormatTable(std::initializer_list<std::pair<std::string, Writer>> entries)
      : entries_(entries.begin(), entries.end()) {}

  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& entry : entries_)
      out.push_back(entry.first);
    return out;
  }

  // The writer of `name`, which --format or -o's extension has already
  // checked against names(): another name is a bug, reported as one.
  const Writer& operator[](std::string_view name) const {
    for (const auto& entry : entries_) {
      if (entry.first == name)
        return entry.second;
    }
    throw std::logic_error("no writer for the format '" + std::string(name) + "'");
  }

 private:
  std::vector<std::pair<std::string, Writer>> entries_;
};

}  // namespace appmix::cli
