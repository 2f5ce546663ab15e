// A parsed YAML document as plain data, with the source location of every
// node. yaml_reader.cc builds it (the only file that sees libyaml); the rest
// of the loader interprets it. Aliases are already expanded, duplicate keys
// already reported and dropped.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostic.h"

namespace appmix::inventory {

// Where a node starts (1-based line, 1-based code-point column). Every node
// of a file shares one file-name string: a large inventory has millions of
// nodes, and a std::string each cost a heap block (and its copy) per node.
// It converts to base::Location wherever a diagnostic or an item needs one.
struct NodeLocation {
  std::shared_ptr<const std::string> file;
  int line = 0;
  int column = 0;

  base::Location location() const {
    return base::Location{file ? *file : std::string(), line, column};
  }
  operator base::Location() const { return location(); }  // NOLINT: implicit by design
};

struct Node {
  enum class Kind { null, scalar, sequence, map };

  Kind kind = Kind::null;
  NodeLocation location;    // where the node starts
  std::string text;         // scalar text, as written (after YAML unescaping)
  bool quoted = false;      // scalar was single- or double-quoted, a block scalar, or !!str
  bool text_tag = false;    // quoted because of an explicit !!str (or "!") tag
  std::vector<Node> items;  // sequence elements
  std::vector<std::pair<Node, Node>> entries;  // map entries in source order

  // Declared here and defaulted in document.cc: `entries` holds pairs of
  // Node, which clang with libstdc++ cannot instantiate while Node is still
  // incomplete (the implicit members would be defined inside the class).
  Node();
  Node(const Node&);
  Node(Node&&) noexcept;
  Node& operator=(const Node&);
  Node& operator=(Node&&) noexcept;
  ~Node();

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_map() const { return kind == Kind::map; }

  // The value of key `name` in a map, or nullptr (keys compared as text).
  const Node* find(std::string_view name) const;
};

}  // namespace appmix::inventory
