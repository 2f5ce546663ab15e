// `appmix import`: turns the rows of a spreadsheet export (csv_reader.h)
// into the apps of a new inventory, one row per app. Columns are matched to
// the app keys of the inventory format (nested ones dotted: cost.annual) without
// regard to case or surrounding blanks, or through a map of other headers.
// Each cell is read with the loader's own readers (validate.h), so a value
// import accepts is one check accepts; a bad cell is a diagnostic at the
// CSV's line and column and its row is left out. Units, capabilities and
// channels named by the apps are collected into their own lists.
// It knows nothing of YAML text (report/inventory_yaml.h writes it).
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/csv_reader.h"

namespace appmix::inventory {

// The app keys a column can fill, in the order the format lists them (and
// the order the YAML is written in).
enum class AppField {
  id,
  name,
  vendor,
  business_units,
  capabilities,
  channels,
  cost_annual,
  cost_retire,
  users,
  lifecycle,
  contract_end,
  sanctioned,
  data,
  integrations,
  fit_functional,
  fit_technical,
  origin,
  shareable,
  locked,
  owner,
};
inline constexpr std::size_t kAppFieldCount = 20;

// "cost.annual" for AppField::cost_annual.
std::string_view field_key(AppField field);
std::optional<AppField> field_from_key(std::string_view key);
std::span<const std::string_view> field_keys();

// A value as it will be written: `plain` (numbers, booleans, words of the
// format, dates, ids: the YAML writer still quotes what YAML would misread)
// or `text` (names: quoted where YAML needs it), or a list of ids; `all` is
// the plain word for business_units.
struct ImportedValue {
  enum class Kind { plain, text, list };
  Kind kind = Kind::plain;
  std::string scalar;
  std::vector<std::string> items;
};

struct ImportedApp {
  std::array<std::optional<ImportedValue>, kAppFieldCount> fields;
  int line = 0;  // the CSV line of its row

  const std::optional<ImportedValue>& at(AppField field) const {
    return fields[static_cast<std::size_t>(field)];
  }
  std::optional<ImportedValue>& at(AppField field) {
    return fields[static_cast<std::size_t>(field)];
  }
};

struct NamedItem {
  std::string id;
  std::string name;
};

struct ImportedInventory {
  std::string organisation;
  std::vector<NamedItem> business_units;  // sorted by id
  std::vector<NamedItem> channels;        // sorted by id
  std::vector<NamedItem> capabilities;    // sorted by id
  std::vector<ImportedApp> apps;          // in row order
};

// Header (as written, compared after trimming and lower-casing) -> field,
// from a --map file; it is consulted before the field keys themselves.
using ColumnMap = std::map<std::string, AppField>;

// Reads a --map file: a CSV with two columns, the header as the export
// writes it and the app key it fills (`Application Name,name`). A first row
// `column,field` is a header and skipped. Unknown keys are unknown-key
// errors with a suggestion; nothing is returned after any error.
std::optional<ColumnMap> read_column_map(const CsvTable& table, std::string_view file,
                                         base::Diagnostics& out);

struct ImportResult {
  std::optional<ImportedInventory> inventory;  // absent when nothing can be written
  base::Diagnostics diagnostics;               // sorted
  std::size_t rows = 0;                        // data rows read
  std::size_t rows_left_out = 0;
};

// `file` is the display path of the CSV in diagnostics.
ImportResult import_apps(const CsvTable& table, std::string_view file,
                         const std::string& organisation, const ColumnMap& map);

// "Customer Portal (EU)" -> "customer-portal-eu": lower-case ASCII letters and
// digits, other runs turned into one '-', at most 64 characters; "app" when
// nothing is left.
std::string slugify(std::string_view name);

// "retail-banking" -> "Retail banking": the name given to a unit, channel or
// capability that the CSV names only by id.
std::string name_from_id(std::string_view id);

}  // namespace appmix::inventory
