#include "inventory/csv_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <set>

#include "base/suggest.h"
#include "inventory/validate.h"

namespace appmix::inventory {
namespace {

constexpr std::array<std::string_view, 5> kDataClasses = {"personal", "sensitive", "payment",
                                                          "x-data", "o-data"};
constexpr std::array<std::string_view, 4> kLifecycles = {"plan", "active", "phase-out",
                                                         "end-of-life"};
constexpr std::array<std::string_view, 4> kOrigins = {"purchase", "acquisition", "built",
                                                      "bu-purchase"};

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

// "Phase out" and "PHASE_OUT" read as the format's word phase-out: a
// spreadsheet's spelling of a word is not a typo worth a failed row.
std::string word_of(std::string_view text) {
  std::string word = ascii_lower(trim(text));
  std::replace_if(
      word.begin(), word.end(), [](char c) { return c == ' ' || c == '_'; }, '-');
  return word;
}

// The kinds of ids an import creates; they share one namespace.
enum class IdKind { app, business_unit, capability, channel };

std::string_view kind_name(IdKind kind) {
  switch (kind) {
    case IdKind::app:
      return "app";
    case IdKind::business_unit:
      return "business unit";
    case IdKind::capability:
      return "capability";
    case IdKind::channel:
      return "channel";
  }
  return "item";
}

// An id a row names in a list cell (a unit, capability or channel), with
// the text it was written as when that was a name rather than an id.
struct NamedReference {
  IdKind kind;
  std::string id;
  std::string written_name;  // empty when the cell held the id itself
  base::Location location;
};

// One data row after its cells were read.
struct RowResult {
  ImportedApp app;
  bool left_out = false;
  std::optional<base::Location> id_location;  // of an explicit id
  std::string name;
  std::vector<NamedReference> references;
  std::vector<std::pair<std::string, base::Location>> integrations;  // as written
  std::string owner;                                                 // "app 'crm'" for messages
};

class Importer {
 public:
  Importer(std::string_view file, char separator, const ColumnMap& map, base::Diagnostics& out)
      : file_(std::make_shared<const std::string>(file)),
        separator_(separator),
        map_(map),
        out_(out) {}

  bool read_header(const CsvRow& header, std::span<const CsvRow> data);
  RowResult read_row(const CsvRow& row);
  void assign_ids(std::vector<RowResult>& rows);
  void resolve_integrations(std::vector<RowResult>& rows);

 private:
  base::Location place(const CsvCell& cell) const { return {*file_, cell.line, cell.column}; }
  Node node_of(const CsvCell& cell, std::string text) const {
    Node node;
    node.kind = Node::Kind::scalar;
    node.text = std::move(text);
    node.location = NodeLocation{file_, cell.line, cell.column};
    return node;
  }
  std::vector<std::string> split_list(std::string_view text) const;
  bool read_cell(AppField field, const CsvCell& cell, RowResult& row);
  void error(std::string_view rule, base::Location location, std::string message) {
    out_.push_back(base::make_diagnostic(rule, std::move(location), std::move(message)));
  }

  std::shared_ptr<const std::string> file_;
  char separator_;
  const ColumnMap& map_;
  base::Diagnostics& out_;
  std::vector<std::optional<AppField>> columns_;  // the field of each column, if any
};

bool Importer::read_header(const CsvRow& header, std::span<const CsvRow> data) {
  const std::vector<std::string> keys(field_keys().begin(), field_keys().end());
  std::map<AppField, const CsvCell*> seen;
  bool usable = true;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    const CsvCell& cell = header.cells[c];
    const std::string lowered = ascii_lower(trim(cell.text));
    std::optional<AppField> field;
    if (auto mapped = map_.find(lowered); mapped != map_.end())
      field = mapped->second;
    else
      field = field_from_key(lowered);
    if (!field && lowered.empty()) {
      // An empty trailing column (a separator at the end of every line) is
      // common in exports; only an unnamed column that holds data is wrong.
      const bool has_data = std::any_of(data.begin(), data.end(), [&](const CsvRow& row) {
        return c < row.cells.size() && !row.cells[c].text.empty();
      });
      if (has_data) {
        error("csv-unknown-column", place(cell),
              fmt::format("column {} has no header but holds data; its cells are left out", c + 1));
      }
    } else if (!field) {
      std::string message =
          fmt::format("column '{}' is not an app key; its cells are left out", trim(cell.text));
      if (auto close = base::closest_match(lowered, keys))
        message += fmt::format(" (did you mean '{}'?)", *close);
      error("csv-unknown-column", place(cell), std::move(message));
    } else if (auto [it, added] = seen.emplace(*field, &cell); !added) {
      base::Diagnostic diagnostic = base::make_diagnostic(
          "csv-duplicate-column", place(cell),
          fmt::format("column '{}' fills {} again", trim(cell.text), field_key(*field)));
      diagnostic.notes.push_back({place(*it->second), "first filled here"});
      out_.push_back(std::move(diagnostic));
      field.reset();
      usable = false;
    }
    columns_.push_back(field);
  }
  const base::Location start{*file_, header.line, 1};
  if (!seen.contains(AppField::name) && !seen.contains(AppField::id)) {
    error("csv-missing-column", start, "the header has no name or id column: no app can be named");
    usable = false;
  }
  if (!seen.contains(AppField::business_units)) {
    error("csv-missing-column", start,
          "the header has no business_units column: every app must list the units that use it "
          "(or all)");
    usable = false;
  }
  return usable;
}

// With ';' as the separator a list is split on '|' only; with ',' on ';'
// or '|'. Blank items are dropped, so "a; b;" is [a, b].
std::vector<std::string> Importer::split_list(std::string_view text) const {
  std::vector<std::string> items;
  std::string item;
  auto flush = [&] {
    if (std::string trimmed = trim(item); !trimmed.empty())
      items.push_back(std::move(trimmed));
    item.clear();
  };
  for (const char c : text) {
    if (c == '|' || (c == ';' && separator_ != ';'))
      flush();
    else
      item += c;
  }
  flush();
  return items;
}

bool Importer::read_cell(AppField field, const CsvCell& cell, RowResult& row) {
  const std::string what = describe(field_key(field), row.owner);
  const std::string text = trim(cell.text);
  const std::size_t before = out_.size();
  std::optional<ImportedValue>& value = row.app.at(field);
  auto plain = [&](std::string scalar) {
    value = ImportedValue{ImportedValue::Kind::plain, std::move(scalar), {}};
  };
  auto id_list = [&](IdKind kind) {
    ImportedValue list{ImportedValue::Kind::list, {}, {}};
    std::set<std::string> listed;  // a scan of the list per item was quadratic (issue 22)
    for (const std::string& item : split_list(text)) {
      std::string id = is_valid_id(item) ? item : slugify(item);
      row.references.push_back({kind, id, is_valid_id(item) ? std::string() : item, place(cell)});
      if (listed.insert(id).second)
        list.items.push_back(std::move(id));
    }
    value = std::move(list);
  };
  switch (field) {
    case AppField::id:
      if (!is_valid_id(text)) {
        error("invalid-id", place(cell),
              fmt::format("'{}' is not a valid app id (did you mean '{}'?)", text, slugify(text)));
      } else {
        value = ImportedValue{ImportedValue::Kind::text, text, {}};  // "123" is an id, quoted
        row.id_location = place(cell);
      }
      break;
    case AppField::name:
    case AppField::vendor:
    case AppField::owner:
      value = ImportedValue{ImportedValue::Kind::text, text, {}};
      break;
    case AppField::business_units:
      if (ascii_lower(text) == "all")
        plain("all");
      else
        id_list(IdKind::business_unit);
      break;
    case AppField::capabilities:
      id_list(IdKind::capability);
      break;
    case AppField::channels:
      id_list(IdKind::channel);
      break;
    case AppField::cost_annual:
    case AppField::cost_retire:
      if (read_money(node_of(cell, text), what, MoneyUnit{}, out_))
        plain(text);
      break;
    case AppField::users:
      if (auto users = read_integer(node_of(cell, text), what, 0,
                                    std::numeric_limits<std::int64_t>::max(), out_))
        plain(std::to_string(*users));
      break;
    case AppField::fit_functional:
    case AppField::fit_technical:
      if (auto score = read_integer(node_of(cell, text), what, 1, 5, out_))
        plain(std::to_string(*score));
      break;
    case AppField::lifecycle:
    case AppField::origin: {
      const auto& words = field == AppField::lifecycle
                              ? std::span<const std::string_view>(kLifecycles)
                              : std::span<const std::string_view>(kOrigins);
      if (auto index = read_enum(node_of(cell, word_of(text)), what, words, out_))
        plain(std::string(words[*index]));
      break;
    }
    case AppField::data: {
      ImportedValue list{ImportedValue::Kind::list, {}, {}};
      for (const std::string& item : split_list(text)) {
        if (auto index = read_enum(node_of(cell, word_of(item)),
                                   fmt::format("an entry of {}", what), kDataClasses, out_)) {
          const std::string word(kDataClasses[*index]);
          if (std::find(list.items.begin(), list.items.end(), word) == list.items.end())
            list.items.push_back(word);
        }
      }
      value = std::move(list);
      break;
    }
    case AppField::contract_end:
      if (read_date(node_of(cell, text), what, out_))
        plain(text);
      break;
    case AppField::sanctioned:
    case AppField::shareable:
    case AppField::locked:
      // TRUE and FALSE are how spreadsheets write booleans.
      if (auto flag = read_bool(node_of(cell, ascii_lower(text)), what, out_))
        plain(*flag ? "true" : "false");
      break;
    case AppField::integrations:
      for (const std::string& item : split_list(text))
        row.integrations.emplace_back(item, place(cell));
      break;
  }
  return !base::has_errors(base::Diagnostics(out_.begin() + static_cast<long>(before), out_.end()));
}

RowResult Importer::read_row(const CsvRow& row) {
  RowResult result;
  result.app.line = row.line;
  auto cell_of = [&](AppField field) -> const CsvCell* {
    for (std::size_t c = 0; c < columns_.size() && c < row.cells.size(); ++c) {
      if (columns_[c] == field)
        return &row.cells[c];
    }
    return nullptr;
  };
  const CsvCell* name = cell_of(AppField::name);
  const CsvCell* id = cell_of(AppField::id);
  result.name = name ? trim(name->text) : std::string();
  const std::string id_text = id ? trim(id->text) : std::string();
  result.owner = !result.name.empty() ? fmt::format("app '{}'", result.name)
                 : !id_text.empty()   ? fmt::format("app '{}'", id_text)
                                      : fmt::format("the app on line {}", row.line);
  const base::Location start{*file_, row.line, 1};
  for (std::size_t c = columns_.size(); c < row.cells.size(); ++c) {
    if (!trim(row.cells[c].text).empty()) {
      error("csv-extra-cells", place(row.cells[c]),
            fmt::format("the row has {} cells but the header has {} columns; the row is left out",
                        row.cells.size(), columns_.size()));
      result.left_out = true;
      break;
    }
  }
  for (std::size_t c = 0; c < columns_.size() && c < row.cells.size(); ++c) {
    if (!columns_[c] || trim(row.cells[c].text).empty())
      continue;
    if (!read_cell(*columns_[c], row.cells[c], result))
      result.left_out = true;
  }
  if (result.name.empty() && id_text.empty()) {
    error("missing-key", start, "the row gives neither a name nor an id; it is left out");
    result.left_out = true;
  } else if (result.name.empty()) {
    result.app.at(AppField::name) = ImportedValue{ImportedValue::Kind::text, id_text, {}};
  }
  if (!result.app.at(AppField::business_units) ||
      (result.app.at(AppField::business_units)->kind == ImportedValue::Kind::list &&
       result.app.at(AppField::business_units)->items.empty())) {
    const CsvCell* units = cell_of(AppField::business_units);
    error("missing-key", units ? place(*units) : start,
          fmt::format("{} gives no business_units: list the units that use it (or write all); "
                      "the row is left out",
                      result.owner));
    result.left_out = true;
  }
  if (!result.app.at(AppField::capabilities))
    result.app.at(AppField::capabilities) = ImportedValue{ImportedValue::Kind::list, {}, {}};
  return result;
}

// Explicit ids first, in row order, so a generated id never takes one a later
// row writes; then ids slugified from the names, made unique with -2, -3.
void Importer::assign_ids(std::vector<RowResult>& rows) {
  std::map<std::string, std::pair<IdKind, base::Location>> taken;
  auto conflict = [&](const std::string& id, IdKind kind, const base::Location& location) {
    auto it = taken.find(id);
    if (it == taken.end() || (it->second.first == kind && kind != IdKind::app))
      return false;
    base::Diagnostic diagnostic = base::make_diagnostic(
        "duplicate-id", location,
        fmt::format("'{}' is already the id of {} {}: ids are unique across apps, units, "
                    "capabilities and channels; the row is left out",
                    id, it->second.first == IdKind::app ? "an" : "a", kind_name(it->second.first)));
    diagnostic.notes.push_back({it->second.second, "first defined here"});
    out_.push_back(std::move(diagnostic));
    return true;
  };
  for (RowResult& row : rows) {
    if (row.left_out)
      continue;
    bool clash = false;
    const auto& id = row.app.at(AppField::id);
    if (id)
      clash = conflict(id->scalar, IdKind::app, *row.id_location);
    for (const NamedReference& reference : row.references)
      clash = conflict(reference.id, reference.kind, reference.location) || clash;
    if (clash) {
      row.left_out = true;
      continue;
    }
    if (id)
      taken.emplace(id->scalar, std::pair{IdKind::app, *row.id_location});
    for (const NamedReference& reference : row.references)
      taken.emplace(reference.id, std::pair{reference.kind, reference.location});
  }
  for (RowResult& row : rows) {
    if (row.left_out || row.app.at(AppField::id))
      continue;
    const std::string base_id = slugify(row.name);
    std::string id = base_id;
    for (int suffix = 2; taken.contains(id); ++suffix) {
      const std::string tail = fmt::format("-{}", suffix);
      id = base_id.substr(0, 64 - tail.size()) + tail;
    }
    taken.emplace(id, std::pair{IdKind::app, base::Location{*file_, row.app.line, 1}});
    row.app.at(AppField::id) = ImportedValue{ImportedValue::Kind::text, id, {}};
  }
}

// The apps a row's integrations may name, by id and by lower-cased name: the
// first row in file order that is not left out wins a key.
class AppKeys {
 public:
  explicit AppKeys(const std::vector<RowResult>& rows) : rows_(rows) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (!rows[r].left_out)
        for (const std::string& key : keys_of(rows[r]))
          holders_[key].insert(r);
    }
  }

  static std::vector<std::string> keys_of(const RowResult& row) {
    std::vector<std::string> keys;
    if (const auto& id = row.app.at(AppField::id))
      keys.push_back(id->scalar);
    keys.push_back(ascii_lower(row.name));
    return keys;
  }

  // The id of the app `key` names, or nullptr.
  const std::string* find(const std::string& key) const {
    const auto found = holders_.find(key);
    if (found == holders_.end() || found->second.empty())
      return nullptr;
    return &rows_[*found->second.begin()].app.at(AppField::id)->scalar;
  }

  void remove(std::size_t r) {
    for (const std::string& key : keys_of(rows_[r]))
      holders_[key].erase(r);
  }

  // The ids of the apps not left out, sorted (for "did you mean").
  std::vector<std::string> ids() const {
    std::vector<std::string> ids;
    for (const RowResult& row : rows_) {
      if (!row.left_out)
        ids.push_back(row.app.at(AppField::id)->scalar);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  }

 private:
  const std::vector<RowResult>& rows_;
  std::map<std::string, std::set<std::size_t>> holders_;
};

// An integration names an imported app by id or by name. A row whose
// integration names no imported app is left out, which may leave another
// row's integration dangling: repeat until nothing changes. Each round
// checks the rows against the apps as they were when it began; after the
// first, only the rows that name a key of a row just left out are checked
// again (checking every row each round made a chain of 20,000 rows, each
// naming the next, take minutes: issue 22).
void Importer::resolve_integrations(std::vector<RowResult>& rows) {
  std::map<std::string, int> left_out_lines;                 // id or lower-cased name -> line
  std::map<std::string, std::vector<std::size_t>> named_by;  // key -> rows that may look it up
  std::vector<std::size_t> to_check;
  std::vector<std::size_t> newly_left_out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].left_out) {
      newly_left_out.push_back(r);
      continue;
    }
    if (rows[r].integrations.empty())
      continue;
    to_check.push_back(r);
    for (const auto& written : rows[r].integrations) {
      named_by[written.first].push_back(r);
      named_by[ascii_lower(written.first)].push_back(r);
    }
  }
  AppKeys apps(rows);
  while (!to_check.empty()) {
    for (const std::size_t r : newly_left_out) {
      for (const std::string& key : AppKeys::keys_of(rows[r]))
        left_out_lines.emplace(key, rows[r].app.line);
    }
    std::optional<std::vector<std::string>> ids;  // as the round began
    std::vector<std::size_t> left_out_now;
    for (const std::size_t r : to_check) {
      RowResult& row = rows[r];
      if (row.left_out)
        continue;
      ImportedValue list{ImportedValue::Kind::list, {}, {}};
      std::set<std::string> listed;
      for (const auto& [written, location] : row.integrations) {
        const std::string* found = apps.find(written);
        if (found == nullptr)
          found = apps.find(ascii_lower(written));
        if (found != nullptr) {
          if (listed.insert(*found).second)
            list.items.push_back(*found);
          continue;
        }
        std::string message = fmt::format(
            "'integrations' of {} names '{}', which is not an "
            "imported app; the row is left out",
            row.owner, written);
        auto line = left_out_lines.find(written);
        if (line == left_out_lines.end())
          line = left_out_lines.find(ascii_lower(written));
        if (line != left_out_lines.end()) {
          message += fmt::format(" (its row, line {}, is left out)", line->second);
        } else {
          if (!ids)
            ids = apps.ids();
          if (auto close = base::closest_match(written, *ids))
            message += fmt::format(" (did you mean '{}'?)", *close);
        }
        error("unknown-reference", location, std::move(message));
        left_out_now.push_back(r);
        break;
      }
      if (left_out_now.empty() || left_out_now.back() != r)
        row.app.at(AppField::integrations) = std::move(list);
    }
    // The round's verdicts take effect together, as the next round begins.
    std::set<std::size_t> next;
    for (const std::size_t r : left_out_now) {
      rows[r].left_out = true;
      apps.remove(r);
      for (const std::string& key : AppKeys::keys_of(rows[r])) {
        if (const auto named = named_by.find(key); named != named_by.end())
          next.insert(named->second.begin(), named->second.end());
      }
    }
    newly_left_out = std::move(left_out_now);
    to_check.assign(next.begin(), next.end());
  }
}

std::vector<NamedItem> collect(const std::vector<RowResult>& rows, IdKind kind) {
  std::map<std::string, std::string> names;  // id -> name
  for (const RowResult& row : rows) {
    if (row.left_out)
      continue;
    for (const NamedReference& reference : row.references) {
      if (reference.kind != kind)
        continue;
      std::string& name = names[reference.id];
      // A name as the spreadsheet wrote it beats one made from the id.
      if (name.empty() && !reference.written_name.empty())
        name = reference.written_name;
    }
  }
  std::vector<NamedItem> items;
  for (auto& [id, name] : names)
    items.push_back({id, name.empty() ? name_from_id(id) : name});
  return items;
}

bool is_blank(const CsvRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const CsvCell& cell) { return trim(cell.text).empty(); });
}

}  // namespace

ImportResult import_apps(const CsvTable& table, std::string_view file,
                         const std::string& organisation, const ColumnMap& map) {
  ImportResult result;
  if (table.rows.empty()) {
    result.diagnostics.push_back(base::make_diagnostic(
        "csv-missing-column", base::Location{std::string(file), 1, 1},
        "the file has no header row: the first line names the columns (name, business_units, "
        "...)"));
    return result;
  }
  Importer importer(file, table.separator, map, result.diagnostics);
  const std::span<const CsvRow> data(table.rows.begin() + 1, table.rows.end());
  if (!importer.read_header(table.rows.front(), data)) {
    base::sort_diagnostics(result.diagnostics);
    return result;
  }
  std::vector<RowResult> rows;
  for (const CsvRow& row : data) {
    if (!is_blank(row))
      rows.push_back(importer.read_row(row));
  }
  importer.assign_ids(rows);
  importer.resolve_integrations(rows);

  ImportedInventory inventory;
  inventory.organisation = organisation;
  inventory.business_units = collect(rows, IdKind::business_unit);
  inventory.capabilities = collect(rows, IdKind::capability);
  inventory.channels = collect(rows, IdKind::channel);
  for (RowResult& row : rows) {
    if (row.left_out)
      ++result.rows_left_out;
    else
      inventory.apps.push_back(std::move(row.app));
  }
  result.rows = rows.size();
  result.inventory = std::move(inventory);
  base::sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace appmix::inventory
