#include "inventory/git_source.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include <fmt/format.h>

extern char** environ;

namespace appmix::inventory {
namespace {

struct GitRun {
  bool started = false;
  int status = -1;  // exit status, or -1 when it did not exit normally
  std::string out;
  std::string err;
  bool too_large = false;  // stdout passed kMaxSourceBytes; the rest was dropped
};

// Runs git with `arguments`; collects stdout (up to kMaxSourceBytes) and
// stderr. Both pipes are drained together so neither can fill and stall git.
GitRun run_git(const std::vector<std::string>& arguments) {
  GitRun run;
  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0)
    return run;
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(out_pipe[0]), ::close(out_pipe[1]);
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<std::string> words = {"git"};
  words.insert(words.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& word : words)
    argv.push_back(word.data());
  argv.push_back(nullptr);
  pid_t child = 0;
  const int spawned = ::posix_spawnp(&child, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (spawned != 0) {
    ::close(out_pipe[0]), ::close(err_pipe[0]);
    run.err = fmt::format("cannot run git: {}", std::strerror(spawned));
    return run;
  }
  run.started = true;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&run.out, &run.err};
  char buffer[65536];
  int open_pipes = 2;
  while (open_pipes > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0)
        continue;
      const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_pipes;
        continue;
      }
      // Keep reading past the limit (so git is not blocked) but keep nothing.
      std::string& sink = *sinks[i];
      const std::size_t limit = i == 0 ? kMaxSourceBytes : std::size_t{1} << 16;
      if (sink.size() + static_cast<std::size_t>(got) > limit)
        run.too_large = run.too_large || i == 0;
      else
        sink.append(buffer, static_cast<std::size_t>(got));
    }
  }
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// git's message without "fatal: " and the trailing newline.
std::string reason_of(const GitRun& run) {
  std::string text = run.err;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
    text.pop_back();
  if (const auto newline = text.find('\n'); newline != std::string::npos)
    text.erase(newline);
  if (text.rfind("fatal: ", 0) == 0)
    text.erase(0, 7);
  if (text.empty())
    text = fmt::format("git exited with status {}", run.status);
  return text;
}

void io_error(Sources& sources, const std::string& where, const std::string& message) {
  sources.unreadable = true;
  sources.diagnostics.push_back(base::make_diagnostic("io-error", {where, 0, 0}, message));
}

bool is_inventory_name(std::string_view relative) {
  // Hidden entries anywhere on the way are skipped, as in a directory on disk.
  std::size_t start = 0;
  while (start <= relative.size()) {
    const std::size_t end = std::min(relative.find('/', start), relative.size());
    if (end > start && relative[start] == '.')
      return false;
    start = end + 1;
  }
  return is_inventory_file_name(relative);
}

void read_blob(Sources& sources, const std::string& object) {
  GitRun shown = run_git({"cat-file", "blob", object});
  if (shown.status != 0) {
    io_error(sources, object,
             fmt::format("cannot read '{}' from git: {}", object, reason_of(shown)));
    return;
  }
  if (shown.too_large) {
    sources.diagnostics.push_back(base::make_diagnostic(
        "file-too-large", {object, 0, 0},
        fmt::format("'{}' is larger than {} MiB", object, kMaxSourceBytes >> 20)));
    return;
  }
  sources.files.push_back({object, std::move(shown.out)});
}

}  // namespace

bool names_git_revision(const std::string& argument) {
  const std::size_t colon = argument.find(':');
  if (colon == std::string::npos || colon == 0 || argument == "-")
    return false;
  std::error_code error;
  return !std::filesystem::exists(argument, error);
}

Sources git_sources(const std::string& argument) {
  Sources sources;
  const GitRun type = run_git({"cat-file", "-t", argument});
  if (!type.started) {
    io_error(sources, argument, fmt::format("cannot read '{}': {}", argument, reason_of(type)));
    return sources;
  }
  if (type.status != 0) {
    io_error(sources, argument,
             fmt::format("cannot read '{}' from git: {}", argument, reason_of(type)));
    return sources;
  }
  const std::string kind = type.out.substr(0, type.out.find('\n'));
  if (kind == "blob") {
    read_blob(sources, argument);
    return sources;
  }
  if (kind != "tree") {
    io_error(sources, argument,
             fmt::format("'{}' is a git {}, not a file or a directory", argument, kind));
    return sources;
  }
  // --full-tree: without it git lists only the entries under the current
  // directory's path within the tree, so from a subdirectory of the
  // repository a whole inventory read as empty.
  const GitRun listing = run_git({"ls-tree", "-r", "-z", "--full-tree", "--name-only", argument});
  if (listing.status != 0) {
    io_error(sources, argument,
             fmt::format("cannot list '{}' in git: {}", argument, reason_of(listing)));
    return sources;
  }
  std::vector<std::string> names;
  for (std::size_t start = 0; start < listing.out.size();) {
    std::size_t end = listing.out.find('\0', start);
    if (end == std::string::npos)
      end = listing.out.size();
    const std::string_view name(listing.out.data() + start, end - start);
    if (is_inventory_name(name))
      names.emplace_back(name);
    start = end + 1;
  }
  std::sort(names.begin(), names.end());
  const bool ends_in_separator = argument.back() == ':' || argument.back() == '/';
  for (const std::string& name : names)
    read_blob(sources, argument + (ends_in_separator ? "" : "/") + name);
  if (names.empty()) {
    sources.diagnostics.push_back(base::make_diagnostic(
        "no-inventory-files", {argument, 0, 0},
        fmt::format("the directory '{}' holds no *.yaml or *.yml file", argument)));
  }
  return sources;
}

}  // namespace appmix::inventory
