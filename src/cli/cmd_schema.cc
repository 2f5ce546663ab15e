// appmix schema: prints the JSON Schema of the inventory format, for editors
// (yaml-language-server) and CI validators.
#include <memory>

#include "cli/commands.h"
#include "cli/output_options.h"
#include "inventory/schema.h"

namespace appmix::cli {

Runner define_schema(CLI::App& command) {
  auto options = std::make_shared<OutputOptions>();
  options->formats = {"json"};
  add_output_options(command, *options);
  return [options] { return emit(*options, inventory::inventory_json_schema()); };
}

}  // namespace appmix::cli
