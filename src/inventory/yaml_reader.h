// Turns the bytes of one source file into a Node tree (document.h), with
// every problem as a diagnostic: text checks first (text_checks.h), then
// YAML syntax, duplicate keys, multiple documents, alias-expansion and
// nesting limits. It knows nothing about what the keys mean; yaml-cpp stays
// inside yaml_reader.cc.
#pragma once

#include <cstddef>
#include <optional>

#include "base/diagnostic.h"
#include "inventory/document.h"
#include "inventory/source.h"

namespace appmix::inventory {

// Nodes that alias expansion may add to one file (the file's own nodes do
// not count); beyond that the file is rejected with alias-expansion-limit.
inline constexpr std::size_t kMaxAliasExpansionNodes = 100'000;

struct ParsedFile {
  std::optional<Node> root;  // empty when the file has errors that leave no usable tree
  base::Diagnostics diagnostics;
};

// Never throws for bad input. `root` is set only when no error was found, so
// the interpreting layer never sees a half-read document; warnings may come
// with a root.
ParsedFile parse_yaml(const SourceFile& file);

}  // namespace appmix::inventory
