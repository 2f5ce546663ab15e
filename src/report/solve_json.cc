// JSON form of a solve result (docs/solve.md): the fields of cli.md first,
// then the search's statistics and the provenance.
#include "base/json_out.h"
#include "report/solve_writers.h"

namespace appmix::report {

std::string write_solve_json(const setcover::Result& result, const Provenance& provenance) {
  const auto& s = result.statistics;
  base::JsonWriter json;
  json.begin_object();
  json.key("cost").value(result.cost);
  json.key("lower_bound").value(result.lower_bound);
  json.key("optimal").value(result.optimal);
  json.key("gap").value(relative_gap(result));
  json.key("seconds").value(result.seconds);
  json.key("columns").begin_array();
  for (const auto column : result.columns)
    json.value(column.value + 1);
  json.end_array();
  json.key("ended_by").value(ended_by_name(result.ended_by));
  json.key("uncovered_rows").begin_array();
  for (const auto& row : result.shortfall) {
    json.begin_object().key("row").value(row.row.value + 1).key("missing").value(row.missing);
    json.end_object();
  }
  json.end_array();
  json.key("statistics").begin_object();
  json.key("columns_fixed_in_by_necessity").value(s.reductions.columns_fixed_in_by_necessity);
  json.key("columns_dominated").value(s.reductions.columns_dominated);
  json.key("columns_useless").value(s.reductions.columns_useless);
  json.key("rows_dominated").value(s.reductions.rows_dominated);
  json.key("rows_short").value(s.reductions.rows_short);
  json.key("rows_after_presolve").value(s.rows_after_presolve);
  json.key("columns_after_presolve").value(s.columns_after_presolve);
  json.key("columns_after_root_fixing").value(s.columns_after_root_fixing);
  json.key("columns_over_bound").value(s.second_reductions.columns_over_bound);
  json.key("first_cover").value(s.first_cover);
  json.key("root_cover").value(s.root_cover);
  json.key("root_bound").value(s.root_bound);
  json.key("subgradient_iterations").value(static_cast<std::int64_t>(s.iterations));
  json.key("nodes").value(static_cast<std::int64_t>(s.nodes));
  json.key("flip_moves").value(static_cast<std::int64_t>(s.flip_moves));
  json.end_object();
  write_provenance(json, provenance);
  json.end_object();
  return json.str();
}

}  // namespace appmix::report
