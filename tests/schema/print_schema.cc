// Test helper: prints the inventory JSON Schema, or with `--starter NAME` the
// content of that `appmix init` starter file, so tests/schema can check both
// without depending on the cli commands being registered.
#include <cstdio>
#include <string_view>

#include "inventory/schema.h"
#include "inventory/starter.h"

int main(int argc, char** argv) {
  if (argc == 1) {
    const std::string_view schema = appmix::inventory::inventory_json_schema();
    std::fwrite(schema.data(), 1, schema.size(), stdout);
    return 0;
  }
  if (argc == 3 && std::string_view(argv[1]) == "--starter") {
    for (const auto& file : appmix::inventory::starter_files()) {
      if (file.name == argv[2]) {
        std::fwrite(file.content.data(), 1, file.content.size(), stdout);
        return 0;
      }
    }
    std::fprintf(stderr, "print_schema: no starter file named %s\n", argv[2]);
    return 1;
  }
  std::fprintf(stderr, "usage: print_schema [--starter NAME]\n");
  return 2;
}
