#include "base/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "base/rules.h"

namespace appmix::base {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::note:
      return "note";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

Diagnostic make_diagnostic(std::string_view rule, Location location, std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rule);
  diagnostic.location = std::move(location);
  diagnostic.message = std::move(message);
  const Rule& known = rule_or_die(rule);
  diagnostic.severity = known.default_severity;
  diagnostic.help = std::string(known.help);
  diagnostic.span = known.span;
  return diagnostic;
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(
      diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.location.file, a.location.line, a.location.column, a.rule, a.message) <
               std::tie(b.location.file, b.location.line, b.location.column, b.rule, b.message);
      });
}

bool has_errors(const Diagnostics& diagnostics) {
  return count_severity(diagnostics, Severity::error) > 0;
}

std::size_t count_severity(const Diagnostics& diagnostics, Severity severity) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [severity](const Diagnostic& d) { return d.severity == severity; }));
}

void append(Diagnostics& into, Diagnostics more) {
  into.insert(into.end(), std::make_move_iterator(more.begin()),
              std::make_move_iterator(more.end()));
}

}  // namespace appmix::base
