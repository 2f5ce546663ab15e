// libFuzzer target for `appmix import`'s CSV path (cli/cmd_import.cc): bytes
// -> the text checks import runs -> read_csv -> import_apps ->
// write_inventory_yaml. Besides crashes, hangs and leaks (the sanitizers'
// job), it checks what the path promises: diagnostics carry sane places and
// never a raw invalid byte, every app imported has an id and a name, and the
// YAML written parses back (parse_yaml) without an error, so what import
// writes is always a file check can read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/diagnostic.h"
#include "fuzz_checks.h"
#include "inventory/csv_import.h"
#include "inventory/csv_reader.h"
#include "inventory/source.h"
#include "inventory/text_checks.h"
#include "inventory/yaml_reader.h"
#include "report/inventory_yaml.h"

namespace {

using appmix::fuzz::check_diagnostics;
using appmix::fuzz::require;
using appmix::inventory::AppField;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  appmix::base::Diagnostics diagnostics;
  if (appmix::inventory::check_binary("fuzz.csv", bytes, diagnostics) ||
      appmix::inventory::check_utf8("fuzz.csv", bytes, diagnostics) ||
      appmix::inventory::check_empty("fuzz.csv", bytes, diagnostics)) {
    check_diagnostics(diagnostics);
    return 0;
  }
  const auto table = appmix::inventory::read_csv("fuzz.csv", bytes, diagnostics);
  check_diagnostics(diagnostics);
  require(table.has_value() != appmix::base::has_errors(diagnostics));
  if (!table)
    return 0;

  const auto result = appmix::inventory::import_apps(*table, "fuzz.csv", "Fuzz", {});
  check_diagnostics(result.diagnostics);
  if (!result.inventory)
    return 0;
  require(result.inventory->apps.size() + result.rows_left_out == result.rows);
  for (const auto& app : result.inventory->apps)
    require(app.at(AppField::id).has_value() && app.at(AppField::name).has_value());

  const appmix::inventory::SourceFile written{
      "imported.yaml", appmix::report::write_inventory_yaml(*result.inventory, "fuzz.csv")};
  const auto parsed = appmix::inventory::parse_yaml(written);
  require(parsed.root.has_value() && !appmix::base::has_errors(parsed.diagnostics));
  return 0;
}
