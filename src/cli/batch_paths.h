// The inventories a `batch` run analyses (cli.md): each PATH as given,
// every *.yaml / *.yml file and every subdirectory directly inside each
// `--each DIR` (hidden entries skipped, sorted by name in byte order), and
// the lines of each `@FILE` (one path a line, as written: relative paths are
// relative to the current directory, like PATH; blank lines and lines that
// start with '#' are skipped). The order is the order of the arguments, so
// rows come out in that order. It reads directory listings and list files,
// never an inventory.
#pragma once

#include <string>
#include <vector>

namespace appmix::cli {

struct BatchPaths {
  std::vector<std::string> paths;
  std::string error;                    // a list file or --each DIR that cannot be read: exit 3
  std::vector<std::string> empty_each;  // the --each DIRs that hold no inventory
};

// `arguments` are the PATH arguments (with @FILE ones) in order; `each` the
// --each directories, whose entries follow the PATH arguments.
BatchPaths expand_batch_paths(const std::vector<std::string>& arguments,
                              const std::vector<std::string>& each);

}  // namespace appmix::cli
