// Turns the bytes of one source file into a Node tree (document.h), with
// every problem as a diagnostic: text checks first (text_checks.h), then
// YAML syntax, duplicate keys, multiple documents, alias-expansion and
// nesting limits. It knows nothing about what the keys mean; libyaml stays
// inside yaml_reader.cc.
#pragma once

#include <cstddef>
#include <optional>

#include "base/diagnostic.h"
#include "inventory/document.h"
#include "inventory/source.h"
#include "inventory/text_checks.h"

namespace appmix::inventory {

// Nodes that alias expansion may add to one file (the file's own nodes do
// not count); beyond that the file is rejected with alias-expansion-limit.
inline constexpr std::size_t kMaxAliasExpansionNodes = 100'000;

// Nodes one file may hold before expansion (file-too-large beyond). With
// kMaxSourceBytes this bounds memory: a realistic 30 MB inventory of 50,000
// apps has 2.7 million nodes; the densest 64 MiB file would have 32 million.
inline constexpr std::size_t kMaxFileNodes = 8'000'000;

struct ParsedFile {
  // Set when the (first) document was read to its end, even with errors that
  // leave the tree sound (duplicate-key keeps the first value, a key that is
  // not a scalar is dropped, multiple-documents keeps the first document), so
  // that one run reports every problem. Empty after a text-check failure, a
  // syntax error, a limit, or an empty document: never a half-read tree.
  std::optional<Node> root;
  base::Diagnostics diagnostics;  // in the order found
  std::size_t node_count = 0;     // nodes read, aliases expanded (what memory grows with)
  bool node_limit_reached = false;
};

// Never throws for bad input. Node depth is at most kMaxNestingDepth, so the
// layers above may recurse over the tree. docs/limits.md lists the rules.
// max_nodes lets a directory share one budget across its parts, so that many
// files each under the per-file limit cannot together exhaust memory.
ParsedFile parse_yaml(const SourceFile& file, std::size_t max_nodes = kMaxFileNodes);

}  // namespace appmix::inventory
