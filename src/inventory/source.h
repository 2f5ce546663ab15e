// Finds and reads the bytes of an inventory: one file, every *.yaml/*.yml
// file under a directory, or standard input ("-"). It deliberately knows
// nothing about YAML or the inventory format: it only turns a PATH into named
// byte strings plus the I/O diagnostics met on the way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace appmix::inventory {

// Largest input read (per file, and for stdin). A larger file gets
// file-too-large and is not read further; docs/limits.md gives the memory
// this bounds.
inline constexpr std::size_t kMaxSourceBytes = std::size_t{64} << 20;

struct SourceFile {
  // The path as shown in diagnostics: the user's path, joined with the
  // relative names found inside a directory; "<stdin>" for "-".
  std::string path;
  std::string bytes;
};

struct Sources {
  std::vector<SourceFile> files;  // sorted by path (byte order)
  base::Diagnostics diagnostics;  // io-error, file-too-large, no-inventory-files, symlink-loop
  bool unreadable = false;        // some input could not be opened or read: the run exits 3
};

// True when a file of this name (a name or a path: only its end counts) is
// an inventory part: it ends in .yaml or .yml. The one definition used by
// directory discovery, REV:PATH trees, batch --each, init and -o checks.
bool is_inventory_file_name(std::string_view name);

// `path` is a file (read whatever its extension), a directory (recursive
// *.yaml / *.yml, hidden entries skipped, symlinks followed, a directory
// reached twice skipped with a symlink-loop warning), or "-" for stdin.
Sources discover_sources(const std::string& path);

}  // namespace appmix::inventory
