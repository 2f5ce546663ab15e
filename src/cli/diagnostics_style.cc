#include "cli/diagnostics_style.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace appmix::cli {
namespace {

// Columns of the terminal on `fd`, or 0 when it is none (or does not say).
int terminal_columns(int fd) {
  if (::isatty(fd) != 1)
    return 0;
  winsize size{};
  if (::ioctl(fd, TIOCGWINSZ, &size) != 0)
    return 0;
  return size.ws_col;
}

report::TextStyle style(bool color, int columns, const report::SourceTexts& sources) {
  report::TextStyle text;
  text.color = color;
  if (columns > 0)
    text.width = columns;
  text.sources = &sources;
  return text;
}

}  // namespace

report::TextStyle text_style_for_stdout(const OutputOptions& options,
                                        const report::SourceTexts& sources) {
  const int columns = writes_to_stdout(options) ? terminal_columns(STDOUT_FILENO) : 0;
  return style(use_color(options), columns, sources);
}

report::TextStyle text_style_for_stderr(const OutputOptions& options,
                                        const report::SourceTexts& sources) {
  return style(use_color_on_stderr(options), terminal_columns(STDERR_FILENO), sources);
}

}  // namespace appmix::cli
