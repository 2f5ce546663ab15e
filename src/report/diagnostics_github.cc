// GitHub Actions workflow commands, one per diagnostic, so findings show as
// annotations on the pull request:
//   ::error file=F,line=L,col=C,title=RULE::message
// Escapes follow the runner's rules: in the message '%', CR and LF; in
// property values additionally ',' and ':'.
#include <fmt/format.h>

#include "report/diagnostics_writers.h"

namespace appmix::report {
namespace {

std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ',') {
      out += "%2C";
    } else if (c == ':') {
      out += "%3A";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string_view command(base::Severity severity) {
  switch (severity) {
    case base::Severity::error:
      return "error";
    case base::Severity::warning:
      return "warning";
    case base::Severity::note:
      return "notice";
  }
  return "error";
}

std::string place(const base::Location& location) {
  std::string out = location.file;
  if (location.line > 0) {
    out += fmt::format(":{}", location.line);
    if (location.column > 0)
      out += fmt::format(":{}", location.column);
  }
  return out;
}

}  // namespace

std::string write_diagnostics_github(const base::Diagnostics& diagnostics) {
  std::string out;
  for (const base::Diagnostic& diagnostic : diagnostics) {
    std::vector<std::string> properties;
    const base::Location& location = diagnostic.location;
    if (!location.file.empty()) {
      properties.push_back("file=" + escape_property(location.file));
      if (location.line > 0) {
        properties.push_back(fmt::format("line={}", location.line));
        if (location.column > 0)
          properties.push_back(fmt::format("col={}", location.column));
      }
    }
    properties.push_back("title=" + escape_property(diagnostic.rule));
    // The annotation is all a reviewer sees, so help and notes travel along
    // as extra lines of the message.
    std::string message = diagnostic.message;
    if (!diagnostic.help.empty())
      message += "\nhelp: " + diagnostic.help;
    for (const base::Note& note : diagnostic.notes) {
      message += "\nnote: ";
      if (!note.location.file.empty())
        message += place(note.location) + ": ";
      message += note.message;
    }
    out += fmt::format("::{} {}::{}\n", command(diagnostic.severity), fmt::join(properties, ","),
                       escape_data(message));
  }
  return out;
}

}  // namespace appmix::report
