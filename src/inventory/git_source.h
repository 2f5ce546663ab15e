// Reads an inventory as it was at a git revision of the current repository
// (`diff`'s OLD or NEW written REV:PATH, docs/diff.md): a blob is one
// inventory file; a tree is a directory inventory, whose *.yaml / *.yml
// files are found as discover_sources finds them in a directory (recursive,
// hidden entries skipped, sorted by path). It runs `git cat-file`, `git
// ls-tree` and `git show` with arguments passed directly (no shell) and
// turns every failure into an io-error diagnostic carrying git's own
// reason. It knows nothing about YAML.
#pragma once

#include <string>

#include "inventory/source.h"

namespace appmix::inventory {

// True when `argument` is to be read from git: it is not an existing path,
// and it has a ':' with a revision before it ("origin/main:inventory",
// "HEAD~1:retail.yaml", "v1.0:"). PATH after the ':' is from the
// repository's root, or from the current directory when it starts with
// "./" (git's own rule).
bool names_git_revision(const std::string& argument);

// The files of REV:PATH, each named "REV:PATH[/relative name]". A bad
// revision or path, or git missing, is `unreadable` with an io-error.
Sources git_sources(const std::string& argument);

}  // namespace appmix::inventory
