// The result of `appmix solve` in each of its formats: text (a short table
// for people) and json (stable, documented in docs/solve.md), plus the
// diagnostics of an OR-Library file that could not be read, shaped like
// check's so the same writers print them. Nothing here solves, reads a file
// or picks an exit code.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "report/ended_by.h"
#include "report/provenance.h"
#include "setcover/orlib_reader.h"
#include "setcover/solver.h"

namespace appmix::report {

// (cost - lower bound) / cost; 0 when the cost is 0.
double relative_gap(const setcover::Result& result);

// cost, lower bound, optimal, gap, time, ended by, uncovered rows, columns.
std::string write_solve_text(const setcover::Result& result);

// {"cost", "lower_bound", "optimal", "gap", "seconds", "columns" (1-based),
//  "ended_by", "uncovered_rows", "statistics", "appmix": provenance}.
std::string write_solve_json(const setcover::Result& result, const Provenance& provenance);

// One diagnostic for `error` in `path`: rule io-error (cannot open or
// decompress) or orlib-*; a note at the header count the error is measured
// against, when there is one.
base::Diagnostic orlib_diagnostic(const std::string& path, const setcover::ReadError& error);

}  // namespace appmix::report
