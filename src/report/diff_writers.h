// The formats of `appmix diff` (docs/diff.md): text for people, json for
// programs, markdown for a pull-request comment, github for workflow
// annotations. Every figure comes from compare::InventoryDiff and the gate
// outcomes; writers only lay them out, escaping inventory text per format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compare/inventory_diff.h"
#include "report/provenance.h"

namespace appmix::report {

struct DiffReport {
  std::string old_label;  // OLD and NEW as given (a path or REV:PATH)
  std::string new_label;
  compare::InventoryDiff diff;
  std::vector<compare::GateOutcome> gates;  // --fail-on, in the order given
  Provenance provenance;                    // JSON only
};

std::string write_diff_text(const DiffReport& report, bool color);
std::string write_diff_json(const DiffReport& report);
std::string write_diff_markdown(const DiffReport& report);
std::string write_diff_github(const DiffReport& report);

// "OLD", "NEW" or "OLD and NEW": the sides that have errors, when the diff
// was not compared.
std::string_view broken_sides(const compare::SideFigures& before,
                              const compare::SideFigures& after);

}  // namespace appmix::report
