// Text form of diagnostics, shaped like a compiler's so that editors and
// terminals can jump to the place, with the source line shown beneath (so a
// CI log is readable without the file):
//   inventory/retail.yaml:14:7: error: unknown capability ... [unknown-reference]
//      |
//   14 |     capabilities: [feedback.survey]
//      |                    ^^^^^^^^^^^^^^^
//     help: Change it to 'feedback.surveys', or define capability 'feedback.survey'.
//     inventory/retail.yaml:3:5: note: first defined here
//   ...
// and the concise form: the first line of each alone.
#include <fmt/format.h>

#include "report/diagnostics_writers.h"
#include "report/escape.h"

namespace appmix::report {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kGutter = "\x1b[1;34m";

std::string_view severity_color(base::Severity severity) {
  switch (severity) {
    case base::Severity::error:
      return "\x1b[1;31m";
    case base::Severity::warning:
      return "\x1b[1;35m";
    case base::Severity::note:
      return "\x1b[1;36m";
  }
  return kBold;
}

// "file:line:col", leaving out the parts that are unknown (0 or empty).
std::string location_text(const base::Location& location) {
  std::string out = terminal_text(location.file);
  if (location.line > 0) {
    out += fmt::format(":{}", location.line);
    if (location.column > 0)
      out += fmt::format(":{}", location.column);
  }
  return out;
}

class Painter {
 public:
  explicit Painter(bool color) : color_(color) {}
  std::string paint(std::string_view style, std::string_view text) const {
    if (!color_ || text.empty())
      return std::string(text);
    return fmt::format("{}{}{}", style, text, kReset);
  }

 private:
  bool color_;
};

void append_line(std::string& out, const Painter& painter, std::string_view indent,
                 const base::Location& location, base::Severity severity,
                 std::string_view message) {
  out += indent;
  const std::string where = location_text(location);
  if (!where.empty())
    out += painter.paint(kBold, where + ":") + " ";
  out += painter.paint(severity_color(severity), fmt::format("{}:", base::severity_name(severity)));
  out += " ";
  out += painter.paint(kBold, terminal_text(message));
}

// The frame of `location` when its file's bytes are at hand, else "".
std::string frame(const TextStyle& style, const base::Location& location, base::Span span,
                  base::Severity severity, std::string_view indent) {
  if (style.sources == nullptr || location.line <= 0)
    return "";
  const auto source = style.sources->find(location.file);
  if (source == style.sources->end())
    return "";
  FrameStyle frame_style;
  frame_style.width = style.width;
  frame_style.indent = indent;
  if (style.color) {
    frame_style.caret_style = severity_color(severity);
    frame_style.gutter_style = kGutter;
  }
  return code_frame(source->second, location, span, frame_style);
}

}  // namespace

std::string write_diagnostics_text(const base::Diagnostics& diagnostics, const TextStyle& style) {
  const Painter painter(style.color);
  std::string out;
  for (const base::Diagnostic& diagnostic : diagnostics) {
    append_line(out, painter, "", diagnostic.location, diagnostic.severity, diagnostic.message);
    out += fmt::format(" [{}]\n", diagnostic.rule);
    out += frame(style, diagnostic.location, diagnostic.span, diagnostic.severity, "");
    if (!diagnostic.help.empty()) {
      out += fmt::format("  {} {}\n", painter.paint("\x1b[1;32m", "help:"),
                         terminal_text(diagnostic.help));
    }
    for (const base::Note& note : diagnostic.notes) {
      append_line(out, painter, "  ", note.location, base::Severity::note, note.message);
      out += "\n";
      out += frame(style, note.location, note.span, base::Severity::note, "  ");
    }
  }
  return out;
}

std::string write_diagnostics_text(const base::Diagnostics& diagnostics, bool color) {
  TextStyle style;
  style.color = color;
  return write_diagnostics_text(diagnostics, style);
}

std::string write_diagnostics_concise(const base::Diagnostics& diagnostics, bool color) {
  const Painter painter(color);
  std::string out;
  for (const base::Diagnostic& diagnostic : diagnostics) {
    append_line(out, painter, "", diagnostic.location, diagnostic.severity, diagnostic.message);
    out += fmt::format(" [{}]\n", diagnostic.rule);
  }
  return out;
}

std::string summary_line(const base::Diagnostics& diagnostics, std::size_t inventories) {
  const auto plural = [](std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
  };
  std::string line =
      plural(base::count_severity(diagnostics, base::Severity::error), "error", "errors") + ", " +
      plural(base::count_severity(diagnostics, base::Severity::warning), "warning", "warnings");
  if (const std::size_t notes = base::count_severity(diagnostics, base::Severity::note)) {
    line += ", " + plural(notes, "note", "notes");
  }
  return line + " in " + plural(inventories, "inventory", "inventories");
}

}  // namespace appmix::report
