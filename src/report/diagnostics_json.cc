// JSON form of `check` (documented in docs/cli.md, stable within a major
// version: fields are added, never renamed). Unknown parts of a location
// (line or column 0, no file) are null rather than 0 so programs cannot
// mistake them for a place.
#include "base/json_out.h"
#include "report/diagnostics_writers.h"

namespace appmix::report {
namespace {

void write_location(base::JsonWriter& json, const base::Location& location) {
  json.key("location").begin_object();
  if (location.file.empty()) {
    json.key("file").null();
  } else {
    json.key("file").value(location.file);
  }
  if (location.line > 0) {
    json.key("line").value(location.line);
  } else {
    json.key("line").null();
  }
  if (location.line > 0 && location.column > 0) {
    json.key("column").value(location.column);
  } else {
    json.key("column").null();
  }
  json.end_object();
}

}  // namespace

std::string write_diagnostics_json(const CheckReport& report) {
  base::JsonWriter json;
  json.begin_object();
  write_provenance(json, report.provenance);
  json.key("diagnostics").begin_array();
  for (const base::Diagnostic& diagnostic : report.diagnostics) {
    json.begin_object();
    json.key("rule").value(diagnostic.rule);
    json.key("severity").value(base::severity_name(diagnostic.severity));
    write_location(json, diagnostic.location);
    json.key("message").value(diagnostic.message);
    if (diagnostic.help.empty()) {
      json.key("help").null();
    } else {
      json.key("help").value(diagnostic.help);
    }
    json.key("notes").begin_array();
    for (const base::Note& note : diagnostic.notes) {
      json.begin_object();
      write_location(json, note.location);
      json.key("message").value(note.message);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("summary").begin_object();
  json.key("errors").value(base::count_severity(report.diagnostics, base::Severity::error));
  json.key("warnings").value(base::count_severity(report.diagnostics, base::Severity::warning));
  json.key("notes").value(base::count_severity(report.diagnostics, base::Severity::note));
  json.key("inventories").value(report.inventories);
  json.end_object();
  json.end_object();
  return json.str();
}

}  // namespace appmix::report
