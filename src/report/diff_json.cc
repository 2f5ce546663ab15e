// JSON form of `appmix diff` (docs/diff.md gives every field). The
// sections exist whether or not both inventories loaded ("compared" says);
// lists are sorted by id. Money is in major units, exact.
#include "base/calendar.h"
#include "base/json_out.h"
#include "inventory/money.h"
#include "report/diff_writers.h"

namespace appmix::report {
namespace {

void write_side(base::JsonWriter& json, const std::string& label,
                const compare::SideFigures& side) {
  json.begin_object();
  json.key("path").value(label);
  json.key("valid").value(side.valid);
  json.key("findings").begin_object_on_one_line().key("errors").value(side.errors);
  json.key("warnings").value(side.warnings).end_object();
  if (side.valid) {
    json.key("organisation").value(side.organisation);
    json.key("currency").value(side.currency);
    json.key("cost").begin_object_on_one_line();
    json.key("today").raw(inventory::format_minor_units(side.cost_today, side.currency_exponent));
    json.key("after").raw(inventory::format_minor_units(side.cost_after, side.currency_exponent));
    json.end_object();
    json.key("apps").begin_object_on_one_line().key("today").value(side.apps_today);
    json.key("after").value(side.apps_after).end_object();
    json.key("status").value(side.optimal ? "optimal" : "feasible");
    json.key("overlap_pairs").value(side.overlap_pairs);
    json.key("integrations").value(side.integrations);
  }
  json.end_object();
}

void write_ids(base::JsonWriter& json, const char* key, const std::vector<std::string>& ids) {
  json.key(key).begin_array_on_one_line();
  for (const std::string& id : ids)
    json.value(id);
  json.end_array();
}

void write_changes(base::JsonWriter& json, const compare::InventoryDiff& diff, bool candidates) {
  json.key("changed").begin_array();
  for (const compare::ProductChange& change : diff.changed) {
    if (change.candidate != candidates)
      continue;
    json.begin_object_on_one_line().key("id").value(change.id).key("fields").begin_array();
    for (const compare::FieldChange& field : change.fields) {
      json.begin_object().key("field").value(field.field);
      json.key("before").value(field.before).key("after").value(field.after).end_object();
    }
    json.end_array().end_object();
  }
  json.end_array();
}

void write_pairs(base::JsonWriter& json, const char* key,
                 const std::vector<compare::AppPairIds>& pairs) {
  json.key(key).begin_array();
  for (const auto& [first, second] : pairs)
    json.begin_array_on_one_line().value(first).value(second).end_array();
  json.end_array();
}

void write_findings(base::JsonWriter& json, const char* key, const base::Diagnostics& findings) {
  json.key(key).begin_array();
  for (const base::Diagnostic& d : findings) {
    json.begin_object_on_one_line();
    json.key("severity").value(base::severity_name(d.severity));
    json.key("rule").value(d.rule);
    json.key("file").value(d.location.file);
    json.key("line").value(d.location.line);
    json.key("column").value(d.location.column);
    json.key("message").value(d.message);
    json.end_object();
  }
  json.end_array();
}

}  // namespace

std::string write_diff_json(const DiffReport& report) {
  const compare::InventoryDiff& diff = report.diff;
  base::JsonWriter json;
  json.begin_object();
  write_provenance(json, report.provenance);
  json.key("old");
  write_side(json, report.old_label, diff.before);
  json.key("new");
  write_side(json, report.new_label, diff.after);
  json.key("compared").value(diff.compared);
  json.key("as_of").value(base::iso_date(diff.review.date));
  json.key("as_of_source").value(model::name_of(diff.review.source));
  json.key("apps").begin_object();
  write_ids(json, "added", diff.apps_added);
  write_ids(json, "removed", diff.apps_removed);
  write_changes(json, diff, false);
  json.end_object();
  json.key("candidates").begin_object();
  write_ids(json, "added", diff.candidates_added);
  write_ids(json, "removed", diff.candidates_removed);
  write_changes(json, diff, true);
  json.end_object();
  json.key("capabilities").begin_object();
  write_ids(json, "added", diff.capabilities_added);
  write_ids(json, "removed", diff.capabilities_removed);
  json.end_object();
  json.key("overlaps").begin_object();
  write_pairs(json, "added", diff.overlaps_added);
  write_pairs(json, "removed", diff.overlaps_removed);
  json.end_object();
  json.key("integrations_to_build").begin_object();
  write_pairs(json, "added", diff.integrations_added);
  write_pairs(json, "removed", diff.integrations_removed);
  json.end_object();
  json.key("findings").begin_object();
  write_findings(json, "new", diff.new_findings);
  write_findings(json, "fixed", diff.fixed_findings);
  json.end_object();
  json.key("recommendation").begin_array();
  for (const compare::DecisionChange& change : diff.decisions) {
    json.begin_object_on_one_line().key("id").value(change.id);
    json.key("before").value(change.before).key("after").value(change.after).end_object();
  }
  json.end_array();
  json.key("gates").begin_array();
  for (const compare::GateOutcome& gate : report.gates) {
    json.begin_object_on_one_line().key("gate").value(gate.gate);
    json.key("tripped").value(gate.tripped).key("reason").value(gate.reason).end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace appmix::report
