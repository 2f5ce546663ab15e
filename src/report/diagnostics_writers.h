// The result of `appmix check` in each output format: text (compiler-like
// lines with code frames, for people), concise (one line each), gitlab
// (code quality), json (stable, documented in docs/cli.md), sarif (SARIF
// 2.1.0 for code scanning) and github (Actions workflow commands). Each
// writer turns an already sorted list of diagnostics into bytes; none of them
// decides severity, order or exit codes, and none touches a file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "report/code_frame.h"
#include "report/provenance.h"

namespace appmix::report {

struct CheckReport {
  Provenance provenance;
  std::size_t inventories = 0;    // how many PATHs were checked
  base::Diagnostics diagnostics;  // in output order (base::sort_diagnostics)
};

// How the text form looks where it is printed.
struct TextStyle {
  bool color = false;  // ANSI colors (a terminal that allows them)
  int width = 120;     // columns a code frame may fill (the terminal's width)
  // The bytes read, for code frames; a diagnostic whose file is not here
  // (or with none) gets no frame.
  const SourceTexts* sources = nullptr;
};

// `path:line:col: severity: message [rule]`, then the code frame of its
// place, `  help: ...`, and each note as `  path:line:col: note: ...` with
// its own frame.
std::string write_diagnostics_text(const base::Diagnostics& diagnostics, const TextStyle& style);
// The same without frames (diagnostics of files not kept in memory).
std::string write_diagnostics_text(const base::Diagnostics& diagnostics, bool color);

// Exactly one `path:line:col: severity: message [rule]` line per diagnostic:
// no frames, help or notes, for grep and editors' quickfix lists.
std::string write_diagnostics_concise(const base::Diagnostics& diagnostics, bool color);

// GitLab's code-quality report: a JSON array of issues with description,
// check_name, fingerprint, severity and location {path, lines.begin}. The
// fingerprint hashes file, rule, message and the finding's source line, not
// its line number, so it stays the same when unrelated lines move.
std::string write_diagnostics_gitlab(const base::Diagnostics& diagnostics,
                                     const SourceTexts& sources);

// `message` with the number of every "line N", "column N" and "byte offset
// N" it quotes ("the list opened with '[' at line 12, column 19") written as
// N: such positions move with unrelated edits, so the fingerprint leaves
// them out.
std::string message_without_positions(std::string_view message);

// {"appmix": provenance, "diagnostics": [...], "summary": {...}}.
std::string write_diagnostics_json(const CheckReport& report);

// One SARIF 2.1.0 log with one run; the rules array is the whole rule table
// (base::all_rules()) so ruleIndex is stable across runs.
std::string write_diagnostics_sarif(const CheckReport& report);

// One `::error file=F,line=L,col=C,title=RULE::message` line per diagnostic.
std::string write_diagnostics_github(const base::Diagnostics& diagnostics);

// The findings of one inventory (or of a baseline file) for JUnit.
struct JunitSuite {
  std::string name;  // the PATH as given
  base::Diagnostics diagnostics;
};

// The JUnit suites of a check: one per PATH (`paths` as given, "-" shown as
// "<stdin>"; `files_of[i]` the files read for paths[i]), holding the
// findings in its files and those placed at the PATH itself (a missing file,
// an empty directory), so each input has exactly one suite. A finding in no
// input's file (a stale baseline entry) gets a suite of its own file.
// Names are unique: a name already taken gets " (2)", " (3)", ...
std::vector<JunitSuite> junit_suites(const std::vector<std::string>& paths,
                                     const std::vector<std::vector<std::string>>& files_of,
                                     const base::Diagnostics& diagnostics);

// JUnit XML (diagnostics_junit.cc): one testsuite per inventory, one testcase
// per rule with findings; a finding that fails the check (an error, or a
// warning under `strict`) is in the testcase's <failure>.
std::string write_diagnostics_junit(const std::vector<JunitSuite>& suites, bool strict);

// "2 errors, 1 warning in 1 inventory": the summary line for stderr.
std::string summary_line(const base::Diagnostics& diagnostics, std::size_t inventories);

}  // namespace appmix::report
