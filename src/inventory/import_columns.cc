// The columns of an import: the app keys a header can name, the --map file
// that names them for other exports, and slugs and names for ids.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "base/suggest.h"
#include "inventory/csv_import.h"
#include "inventory/validate.h"

namespace appmix::inventory {
namespace {

constexpr std::array<std::string_view, kAppFieldCount> kFieldKeys = {
    "id",          "name",         "vendor",         "business_units", "capabilities", "channels",
    "cost.annual", "cost.retire",  "users",          "lifecycle",      "contract_end", "sanctioned",
    "data",        "integrations", "fit.functional", "fit.technical",  "origin",       "shareable",
    "locked",      "owner",
};

std::string trimmed_lower(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(" \t");
  return ascii_lower(text.substr(first, last - first + 1));
}

}  // namespace

std::string_view field_key(AppField field) {
  return kFieldKeys[static_cast<std::size_t>(field)];
}

std::span<const std::string_view> field_keys() {
  return kFieldKeys;
}

std::optional<AppField> field_from_key(std::string_view key) {
  const std::string wanted = trimmed_lower(key);
  for (std::size_t i = 0; i < kFieldKeys.size(); ++i) {
    if (kFieldKeys[i] == wanted)
      return static_cast<AppField>(i);
  }
  return std::nullopt;
}

std::optional<ColumnMap> read_column_map(const CsvTable& table, std::string_view file,
                                         base::Diagnostics& out) {
  ColumnMap map;
  std::map<std::string, base::Location> first_place;
  const std::vector<std::string> keys(kFieldKeys.begin(), kFieldKeys.end());
  const std::size_t errors_before = out.size();
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    auto place = [&](const CsvCell& cell) {
      return base::Location{std::string(file), cell.line, cell.column};
    };
    if (r == 0 && row.cells.size() >= 2 && trimmed_lower(row.cells[0].text) == "column" &&
        trimmed_lower(row.cells[1].text) == "field") {
      continue;
    }
    if (row.cells.size() != 2 || row.cells[0].text.empty()) {
      out.push_back(base::make_diagnostic(
          "csv-syntax", place(row.cells.front()),
          "a line of a column map holds two cells: the header as exported, and the app key it "
          "fills (Application Name,name)"));
      continue;
    }
    const CsvCell& target = row.cells[1];
    const auto field = field_from_key(target.text);
    if (!field) {
      std::string message = fmt::format("'{}' is not an app key", target.text);
      if (auto close = base::closest_match(trimmed_lower(target.text), keys))
        message += fmt::format(" (did you mean '{}'?)", *close);
      out.push_back(base::make_diagnostic("unknown-key", place(target), std::move(message)));
      continue;
    }
    const std::string header = trimmed_lower(row.cells[0].text);
    if (auto [it, added] = first_place.emplace(header, place(row.cells[0])); !added) {
      base::Diagnostic diagnostic =
          base::make_diagnostic("duplicate-key", place(row.cells[0]),
                                fmt::format("the column map names '{}' twice", row.cells[0].text));
      diagnostic.notes.push_back({it->second, "first named here"});
      out.push_back(std::move(diagnostic));
      continue;
    }
    map.emplace(header, *field);
  }
  if (out.size() != errors_before)
    return std::nullopt;
  return map;
}

std::string slugify(std::string_view name) {
  std::string slug;
  bool pending_dash = false;
  for (const char c : name) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      if (pending_dash)
        slug += '-';
      pending_dash = false;
      slug += lower;
    } else {
      pending_dash = !slug.empty();
    }
  }
  if (slug.size() > 64)
    slug.resize(64);
  while (!slug.empty() && slug.back() == '-')
    slug.pop_back();
  return slug.empty() ? std::string("app") : slug;
}

std::string name_from_id(std::string_view id) {
  std::string name(id);
  std::replace_if(
      name.begin(), name.end(), [](char c) { return c == '-' || c == '_' || c == '.'; }, ' ');
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z')
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

}  // namespace appmix::inventory
