#include "inventory/document.h"

namespace appmix::inventory {

Node::Node() = default;
Node::Node(const Node&) = default;
Node::Node(Node&&) noexcept = default;
Node& Node::operator=(const Node&) = default;
Node& Node::operator=(Node&&) noexcept = default;
Node::~Node() = default;

const Node* Node::find(std::string_view name) const {
  for (const auto& [key, value] : entries) {
    if (key.text == name)
      return &value;
  }
  return nullptr;
}

}  // namespace appmix::inventory
