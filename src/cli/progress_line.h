// One self-rewriting status line on stderr for long runs (cli.md: progress
// only when stderr is a terminal). It is throttled, so a fast search prints
// nothing, and it erases itself when the run ends. It knows nothing of what
// the line says.
#pragma once

#include <chrono>
#include <string>

namespace appmix::cli {

class ProgressLine {
 public:
  // Enabled only when stderr is a terminal and `quiet` is false.
  explicit ProgressLine(bool quiet);
  ~ProgressLine();  // erases the line if one was shown

  bool enabled() const { return enabled_; }
  // Shows `text` unless the last update was under a quarter second ago (and
  // the run itself is younger than a second: quick runs show nothing).
  void update(const std::string& text);
  // Erases the line if one is shown, before other output goes to the same
  // terminal (stdout and stderr share one); the next update redraws it.
  void clear();

 private:
  bool enabled_ = false;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace appmix::cli
