// solve's writers and the OR-Library diagnostics, on hand-made values.
#include "report/solve_writers.h"

#include <doctest/doctest.h>

namespace appmix::report {
namespace {

TEST_CASE("an OR-Library read error becomes a diagnostic with its rule, place and note") {
  setcover::ReadError error;
  error.problem = setcover::ReadError::Problem::kTruncated;
  error.position = {3, 2};
  error.message = "the file ends after 4 of the 999999999 column costs";
  error.declared_at = {1, 3};
  error.declared_message = "the number of columns (999999999) is declared here";
  const base::Diagnostic diagnostic = orlib_diagnostic("h.txt", error);
  CHECK(diagnostic.rule == "orlib-truncated");
  CHECK(diagnostic.severity == base::Severity::error);
  CHECK(diagnostic.location == base::Location{"h.txt", 3, 2});
  REQUIRE(diagnostic.notes.size() == 1);
  CHECK(diagnostic.notes[0].location == base::Location{"h.txt", 1, 3});

  error = {};
  error.kind = setcover::ReadError::Kind::kIo;
  error.problem = setcover::ReadError::Problem::kCannotDecompress;
  error.message = "cannot decompress: unexpected end of file";
  const base::Diagnostic io = orlib_diagnostic("x.gz", error);
  CHECK(io.rule == "io-error");
  CHECK(io.location == base::Location{"x.gz", 0, 0});
  CHECK(io.help.find("gzip -t") != std::string::npos);
  CHECK(io.notes.empty());
}

TEST_CASE("text result: gap, rows short of demand") {
  setcover::Result result;
  result.cost = 8;
  result.lower_bound = 6;
  result.ended_by = setcover::EndedBy::kWorkLimit;
  result.shortfall = {{setcover::RowIndex(4), 1}};
  result.columns = {setcover::ColumnIndex(0), setcover::ColumnIndex(2)};
  CHECK(relative_gap(result) == doctest::Approx(0.25));
  CHECK(write_solve_text(result) ==
        "cost          8\n"
        "lower bound   6\n"
        "optimal       not proven\n"
        "gap           25.00%\n"
        "time          0.00 s\n"
        "ended by      work-limit\n"
        "uncovered     1 row short of demand (row: missing units)\n"
        "  row 5: 1\n"
        "columns       2\n");
  const std::string json = write_solve_json(result, Provenance{"0.1.0", {}});
  CHECK(json.find("\"columns\": [\n    1,\n    3\n  ]") != std::string::npos);
  CHECK(json.find("\"ended_by\": \"work-limit\"") != std::string::npos);
}

}  // namespace
}  // namespace appmix::report
