// OR-Library read errors as diagnostics: the reader's problem kind picks the
// rule, its place becomes the location, and the header count it was
// measured against becomes a note, so solve reports a bad file the way check
// reports a bad inventory.
#include "report/solve_writers.h"

namespace appmix::report {
namespace {

using Problem = setcover::ReadError::Problem;

std::string_view rule_of(Problem problem) {
  switch (problem) {
    case Problem::kCannotOpen:
    case Problem::kCannotDecompress:
      return "io-error";
    case Problem::kTooLarge:
      return "orlib-too-large";
    case Problem::kNotAnInteger:
      return "orlib-not-an-integer";
    case Problem::kOutOfRange:
      return "orlib-out-of-range";
    case Problem::kTruncated:
      return "orlib-truncated";
    case Problem::kExtraData:
      return "orlib-extra-data";
  }
  return "io-error";
}

}  // namespace

base::Diagnostic orlib_diagnostic(const std::string& path, const setcover::ReadError& error) {
  base::Diagnostic diagnostic = base::make_diagnostic(
      rule_of(error.problem), {path, error.position.line, error.position.column}, error.message);
  if (error.problem == Problem::kCannotDecompress) {
    diagnostic.help =
        "Check that the file is complete gzip data (gzip -t FILE); a plain text file should not "
        "be named .gz.";
  }
  if (error.declared_at.line > 0) {
    diagnostic.notes.push_back(
        {{path, error.declared_at.line, error.declared_at.column}, error.declared_message});
  }
  return diagnostic;
}

}  // namespace appmix::report
