#include "inventory/document.h"

namespace appmix::inventory {

const Node* Node::find(std::string_view name) const {
  for (const auto& [key, value] : entries) {
    if (key.text == name) return &value;
  }
  return nullptr;
}

}  // namespace appmix::inventory
