// appmix init [DIR]: writes the starter inventory and its schema into DIR
// (created when missing). It never overwrites: when any target exists it
// writes nothing at all and exits 3, so a second run cannot clobber work.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/atomic_output.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/usage_error.h"
#include "inventory/source.h"
#include "inventory/starter.h"

namespace appmix::cli {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string directory = ".";
  bool quiet = false;
};

int run_init(const InitOptions& options) {
  const fs::path directory(options.directory);
  const std::vector<inventory::StarterFile> files = inventory::starter_files();
  int code = kSuccess;
  for (const inventory::StarterFile& file : files) {
    std::error_code error;
    const fs::path target = directory / file.name;
    if (fs::symlink_status(target, error).type() != fs::file_type::not_found) {
      print_error("'" + target.string() + "' already exists; not overwriting it");
      code = kIo;
    }
  }
  if (code != kSuccess)
    return code;
  // A folder that already holds YAML is an inventory (the inventory format reads
  // every *.yaml / *.yml in it): a starter part beside it would conflict.
  std::error_code error;
  std::vector<std::string> existing;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    if (inventory::is_inventory_file_name(it->path().filename().string()))
      existing.push_back(it->path().string());
  }
  std::sort(existing.begin(), existing.end());
  for (const std::string& path : existing) {
    print_error("'" + path +
                "' already holds an inventory; not adding a starter inventory beside it");
  }
  if (!existing.empty())
    return kIo;
  error.clear();
  fs::create_directories(directory, error);
  if (error) {
    print_error("cannot create '" + directory.string() + "': " + error.message());
    return kIo;
  }
  // Every file is written to its temporary first and only then are all
  // renamed into place, so a failed write leaves none of them behind.
  std::vector<std::unique_ptr<base::AtomicOutput>> outputs;
  for (const inventory::StarterFile& file : files) {
    outputs.push_back(std::make_unique<base::AtomicOutput>(directory / file.name));
    if (!outputs.back()->write(file.content)) {
      print_error(outputs.back()->error());
      return kIo;
    }
  }
  for (auto& output : outputs) {
    if (!output->commit()) {
      print_error(output->error());
      return kIo;
    }
  }
  if (!options.quiet) {
    for (const inventory::StarterFile& file : files) {
      std::fprintf(stderr, "created %s\n", (directory / file.name).string().c_str());
    }
    std::fprintf(stderr, "next: edit %s, then run: appmix check %s\n",
                 (directory / files.front().name).string().c_str(),
                 (directory / files.front().name).string().c_str());
  }
  return kSuccess;
}

}  // namespace

Runner define_init(CLI::App& command) {
  auto options = std::make_shared<InitOptions>();
  command.add_option("DIR", options->directory, "where to write the files (default: .)");
  command.add_flag("--quiet", options->quiet, "no summary lines on stderr");
  return [options] { return run_init(*options); };
}

}  // namespace appmix::cli
