// The files `appmix init` writes: a small, valid, commented inventory and the
// JSON Schema it names in its yaml-language-server modeline, so an editor
// checks the inventory as soon as it is opened. It deliberately knows nothing
// about where or how the files are written (cli/cmd_init.cc does that).
#pragma once

#include <string>
#include <vector>

namespace appmix::inventory {

struct StarterFile {
  std::string name;     // file name relative to the target directory
  std::string content;  // UTF-8 text, ends with a newline
};

// inventory.yaml first, then appmix.schema.json (= inventory_json_schema()).
std::vector<StarterFile> starter_files();

}  // namespace appmix::inventory
