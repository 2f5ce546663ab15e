// JSON and JSON Lines forms of `appmix batch` (docs/batch.md). JSON is one
// object: "inventories" (one row a line, streamed as rows complete), then
// "aggregate", then the provenance block "appmix" last, since the digests
// of the inputs are known only once every inventory has been read. JSON
// Lines writes each row as a line of its own ({"kind": "inventory", ...})
// and ends with one {"kind": "aggregate", ...} line.
#include <cmath>

#include "base/json_out.h"
#include "inventory/money.h"
#include "report/batch_writers.h"

namespace appmix::report {
namespace {

// Fractions and averages to 4 decimals: enough for a report, and stable.
double rounded(double value) {
  return std::round(value * 1e4) / 1e4 + 0.0;
}

void write_row(base::JsonWriter& json, const compare::BatchRow& row, bool lines) {
  json.begin_object_on_one_line();
  if (lines)
    json.key("kind").value("inventory");
  json.key("path").value(row.path);
  json.key("status").value(compare::name_of(row.status));
  if (compare::failed(row.status)) {
    json.key("errors").begin_array();
    for (const base::Diagnostic& error : row.errors) {
      json.begin_object();
      json.key("file").value(error.location.file);
      json.key("line").value(error.location.line);
      json.key("column").value(error.location.column);
      json.key("rule").value(error.rule);
      json.key("message").value(error.message);
      json.end_object();
    }
    json.end_array();
  } else {
    json.key("organisation").value(row.organisation);
    json.key("apps").begin_object().key("today").value(row.apps_today);
    json.key("after").value(row.apps_after).end_object();
    json.key("cost").begin_object().key("currency").value(row.currency);
    json.key("today").raw(inventory::format_minor_units(row.cost_today, row.currency_exponent));
    json.key("after").raw(inventory::format_minor_units(row.cost_after, row.currency_exponent));
    json.key("savings").value(rounded(row.savings)).end_object();
    json.key("feedback_platforms").begin_object().key("today").value(row.feedback_today);
    json.key("after").value(row.feedback_after).end_object();
    json.key("unsanctioned_personal_data").value(row.unsanctioned_personal);
    json.key("gaps").value(row.gaps);
    json.key("as_of").value(row.as_of);
    json.key("integrations").value(row.integrations);
    if (row.payback.empty())
      json.key("payback").null();
    else
      json.key("payback").value(row.payback);
  }
  json.key("seconds").value(rounded(row.seconds));
  json.end_object();
}

void write_quartiles(base::JsonWriter& json, const compare::Quartiles& q) {
  json.key("q1").value(rounded(q.q1));
  json.key("median").value(rounded(q.median));
  json.key("q3").value(rounded(q.q3));
}

void write_aggregate(base::JsonWriter& json, const compare::BatchAggregate& a) {
  json.key("inventories").value(a.inventories);
  json.key("solved").value(a.solved);
  json.key("optimal").value(a.optimal);
  json.key("failed").value(a.failed);
  json.key("apps").begin_object();
  json.key("today").begin_object_on_one_line().key("total").value(
      static_cast<std::int64_t>(a.apps_today));
  json.key("mean").value(rounded(a.mean_apps_today));
  write_quartiles(json, a.apps_today_quartiles);
  json.end_object();
  json.key("after").begin_object_on_one_line().key("total").value(
      static_cast<std::int64_t>(a.apps_after));
  json.key("mean").value(rounded(a.mean_apps_after));
  write_quartiles(json, a.apps_after_quartiles);
  json.end_object();
  json.key("reduction").value(rounded(a.app_reduction));
  json.end_object();
  json.key("savings").begin_object_on_one_line();
  write_quartiles(json, a.savings_quartiles);
  json.end_object();
  json.key("money").begin_array();
  for (const auto& [currency, money] : a.money) {
    json.begin_object_on_one_line().key("currency").value(currency);
    json.key("inventories").value(money.inventories);
    json.key("today").raw(inventory::format_minor_units(money.today, money.exponent));
    json.key("after").raw(inventory::format_minor_units(money.after, money.exponent));
    json.end_object();
  }
  json.end_array();
  json.key("feedback_platforms")
      .begin_object_on_one_line()
      .key("today")
      .value(static_cast<std::int64_t>(a.feedback_today));
  json.key("after").value(static_cast<std::int64_t>(a.feedback_after)).end_object();
  json.key("unsanctioned_personal_data").value(static_cast<std::int64_t>(a.unsanctioned_personal));
  json.key("gaps").value(static_cast<std::int64_t>(a.gaps));
  json.key("survey").begin_object_on_one_line();
  json.key("apps_used").value(compare::kSurveyAppsUsed);
  json.key("apps_needed").value(compare::kSurveyAppsNeeded);
  json.key("reduction").value(rounded(1.0 - compare::kSurveyAppsNeeded / compare::kSurveyAppsUsed));
  json.end_object();
}

class JsonWriter final : public BatchWriter {
 public:
  JsonWriter(std::string version, bool lines)
      : version_(std::move(version)), lines_(lines), json_(lines ? 0 : 2) {}

  std::string begin(std::size_t) override {
    if (lines_)
      return "";
    json_.begin_object().key("inventories").begin_array();
    return json_.take();
  }

  std::string row(const compare::BatchRow& row) override {
    for (const compare::InputDigest& input : row.inputs)
      inputs_.push_back(input);
    if (lines_) {
      base::JsonWriter line(0);
      write_row(line, row, true);
      return line.str();
    }
    write_row(json_, row, false);
    return json_.take();
  }

  std::string end(const compare::BatchAggregate& aggregate) override {
    if (lines_) {
      base::JsonWriter line(0);
      line.begin_object().key("kind").value("aggregate");
      write_aggregate(line, aggregate);
      line.end_object();
      return line.str();
    }
    json_.end_array();
    json_.key("aggregate").begin_object();
    write_aggregate(json_, aggregate);
    json_.end_object();
    json_.key("appmix").begin_object().key("version").value(version_);
    json_.key("inputs").begin_array();
    for (const compare::InputDigest& input : inputs_) {
      json_.begin_object_on_one_line().key("path").value(input.path);
      json_.key("sha256").value(input.sha256).end_object();
    }
    json_.end_array().end_object();
    json_.end_object();
    return json_.take();
  }

 private:
  std::string version_;
  bool lines_;
  base::JsonWriter json_;
  std::vector<compare::InputDigest> inputs_;
};

}  // namespace

std::unique_ptr<BatchWriter> make_batch_json_writer(const std::string& version, bool lines) {
  return std::make_unique<JsonWriter>(version, lines);
}

}  // namespace appmix::report
