#include "lsp/features.h"

namespace appmix::lsp {

const std::map<std::string, Feature>& features() {
  static const std::map<std::string, Feature> table = {};
  return table;
}

}  // namespace appmix::lsp
