// The formats of `appmix batch` (docs/batch.md): text, csv, jsonl, json and
// markdown. Each writer is handed the rows one at a time, in input order, and
// returns the text of each at once, so a batch streams its output and never
// holds more than the rows still waiting for an earlier one. Inventory text
// is escaped per format (escape.h). Writers compute nothing: every figure
// comes from compare::BatchRow and compare::BatchAggregate.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compare/batch_aggregate.h"
#include "compare/batch_row.h"

namespace appmix::report {

class BatchWriter {
 public:
  virtual ~BatchWriter() = default;
  // Before the first row; `inventories` is how many rows will follow.
  virtual std::string begin(std::size_t inventories) = 0;
  virtual std::string row(const compare::BatchRow& row) = 0;
  virtual std::string end(const compare::BatchAggregate& aggregate) = 0;
};

// The formats batch writes, the default first: text, csv, jsonl, json,
// markdown.
std::vector<std::string> batch_formats();

// `format`: one of batch_formats() (another is a bug, thrown); `version` goes into the
// JSON provenance; `color` applies to text; `paths` are the inventories the
// rows will name, in order (text sizes its first column from them).
std::unique_ptr<BatchWriter> make_batch_writer(const std::string& format,
                                               const std::string& version, bool color,
                                               const std::vector<std::string>& paths);

// "file:line:col: message [rule]" of a failed row's first error, with
// "(+N more)" when it has more; control characters are left to the caller.
std::string first_error(const compare::BatchRow& row);

}  // namespace appmix::report
