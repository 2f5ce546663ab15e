#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>
#include <utility>

#include "inventory/source.h"

namespace appmix::inventory {
namespace {

using base::Location;
using base::make_diagnostic;

using FileId = std::pair<dev_t, ino_t>;

std::string join(const std::string& directory, const std::string& name) {
  if (!directory.empty() && directory.back() == '/')
    return directory + name;
  return directory + "/" + name;
}

// Reads all of `fd` into `bytes`. Returns 0, or the errno of the failure, or
// EFBIG when the input is larger than kMaxSourceBytes.
int read_all(int fd, std::string& bytes) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR)
        continue;
      return errno;
    }
    if (got == 0)
      return 0;
    if (bytes.size() + static_cast<std::size_t>(got) > kMaxSourceBytes)
      return EFBIG;
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
}

class Discovery {
 public:
  explicit Discovery(Sources& sources) : sources_(sources) {}

  void read_stdin() {
    SourceFile file{"<stdin>", {}};
    const int error = read_all(STDIN_FILENO, file.bytes);
    if (error != 0) {
      report_read_error(file.path, error);
      return;
    }
    sources_.files.push_back(std::move(file));
  }

  void read_path(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      io_error(path, errno);
      return;
    }
    if (!S_ISDIR(info.st_mode)) {
      read_file(path);
      return;
    }
    walk_tree(path, info);
  }

 private:
  struct Candidate {
    std::string path;
    FileId id;
    bool via_link;  // some part of the path is a symbolic link
  };

  void walk_tree(const std::string& root, const struct stat& info) {
    visited_.emplace(FileId{info.st_dev, info.st_ino}, root);
    walk_directory(root, false);
    // Directories reached through links come after every real directory, so
    // a loop is reported on the link, never on the real path.
    while (!linked_directories_.empty()) {
      const std::string path = *linked_directories_.begin();
      linked_directories_.erase(linked_directories_.begin());
      struct stat target {};
      if (::stat(path.c_str(), &target) != 0) {
        io_error(path, errno);
        continue;
      }
      const auto [first, inserted] = visited_.emplace(FileId{target.st_dev, target.st_ino}, path);
      if (!inserted) {
        sources_.diagnostics.push_back(make_diagnostic(
            "symlink-loop", Location{path, 0, 0},
            fmt::format("'{}' links to the directory '{}', which is already read; skipped", path,
                        first->second)));
        continue;
      }
      walk_directory(path, true);
    }
    read_candidates();
    // A YAML name that could not be read (a link to itself, say) already
    // has its io-error; "holds no YAML file" would contradict it.
    if (candidates_.empty() && !sources_.unreadable) {
      sources_.diagnostics.push_back(
          make_diagnostic("no-inventory-files", Location{root, 0, 0},
                          fmt::format("the directory '{}' holds no *.yaml or *.yml file", root)));
    }
  }

  // `via_link`: the directory was reached through a symbolic link.
  void walk_directory(const std::string& directory, bool via_link) {
    DIR* handle = ::opendir(directory.c_str());
    if (handle == nullptr) {
      io_error(directory, errno);
      return;
    }
    std::vector<std::string> names;
    errno = 0;
    while (const dirent* entry = ::readdir(handle)) {
      if (entry->d_name[0] != '.')
        names.emplace_back(entry->d_name);  // hidden, "." and ".."
    }
    const int read_error = errno;
    ::closedir(handle);
    if (read_error != 0)
      io_error(directory, read_error);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names)
      visit(join(directory, name), name, via_link);
  }

  void visit(const std::string& path, const std::string& name, bool parent_via_link) {
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0) {
      io_error(path, errno);
      return;
    }
    const bool is_link = S_ISLNK(link.st_mode);
    const bool via_link = parent_via_link || is_link;
    struct stat target = link;
    if (is_link && ::stat(path.c_str(), &target) != 0) {
      // A dangling link or a link to itself. Only a name that would have
      // been read is an error; other broken links are not inventory parts.
      if (is_inventory_file_name(name))
        io_error(path, errno);
      return;
    }
    if (S_ISDIR(target.st_mode)) {
      if (is_link) {
        linked_directories_.insert(path);
        return;
      }
      const auto [first, inserted] = visited_.emplace(FileId{target.st_dev, target.st_ino}, path);
      if (inserted)
        walk_directory(path, via_link);
      return;
    }
    if (!is_inventory_file_name(name))
      return;
    if (!S_ISREG(target.st_mode)) {
      // Reading a FIFO or a device found in a folder could block forever.
      sources_.diagnostics.push_back(
          make_diagnostic("io-error", Location{path, 0, 0},
                          fmt::format("cannot read '{}': not a regular file", path)));
      sources_.unreadable = true;
      return;
    }
    candidates_.push_back(Candidate{path, FileId{target.st_dev, target.st_ino}, via_link});
  }

  // Reads each file once: when links make one file appear under several
  // names, the real name wins (else the first by path) and the others are
  // skipped with a warning.
  void read_candidates() {
    std::sort(candidates_.begin(), candidates_.end(),
              [](const Candidate& a, const Candidate& b) { return a.path < b.path; });
    std::map<FileId, const Candidate*> chosen;
    for (const Candidate& candidate : candidates_) {
      auto [it, inserted] = chosen.emplace(candidate.id, &candidate);
      if (!inserted && it->second->via_link && !candidate.via_link)
        it->second = &candidate;
    }
    for (const Candidate& candidate : candidates_) {
      const Candidate* kept = chosen.at(candidate.id);
      if (kept == &candidate) {
        read_file(candidate.path);
        continue;
      }
      sources_.diagnostics.push_back(make_diagnostic(
          "symlink-loop", Location{candidate.path, 0, 0},
          fmt::format("'{}' is the same file as '{}', which is read instead; skipped",
                      candidate.path, kept->path)));
    }
  }

  void read_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
      io_error(path, errno);
      return;
    }
    SourceFile file{path, {}};
    struct stat info {};
    int error = ::fstat(fd, &info) != 0 ? errno : 0;
    if (error == 0 && S_ISDIR(info.st_mode))
      error = EISDIR;
    if (error == 0)
      error = read_all(fd, file.bytes);
    ::close(fd);
    if (error != 0) {
      report_read_error(path, error);
      return;
    }
    sources_.files.push_back(std::move(file));
  }

  void report_read_error(const std::string& path, int error) {
    if (error == EFBIG) {
      // Read fine, but over the limit: an invalid inventory (exit 1), not an I/O failure.
      sources_.diagnostics.push_back(
          make_diagnostic("file-too-large", Location{path, 0, 0},
                          fmt::format("'{}' is larger than {} MiB", path, kMaxSourceBytes >> 20)));
      return;
    }
    io_error(path, error);
  }

  void io_error(const std::string& path, int error) {
    sources_.diagnostics.push_back(
        make_diagnostic("io-error", Location{path, 0, 0},
                        fmt::format("cannot read '{}': {}", path, std::strerror(error))));
    sources_.unreadable = true;
  }

  Sources& sources_;
  std::map<FileId, std::string> visited_;  // directories read, with the path first used
  std::set<std::string> linked_directories_;
  std::vector<Candidate> candidates_;
};

}  // namespace

bool is_inventory_file_name(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

Sources discover_sources(const std::string& path) {
  Sources sources;
  Discovery discovery(sources);
  if (path == "-") {
    discovery.read_stdin();
  } else {
    discovery.read_path(path);
  }
  std::sort(sources.files.begin(), sources.files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  base::sort_diagnostics(sources.diagnostics);
  return sources;
}

}  // namespace appmix::inventory
