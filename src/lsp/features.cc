#include "lsp/features.h"

#include "lsp/code_actions.h"
#include "lsp/completion.h"
#include "lsp/hover.h"
#include "lsp/navigation.h"
#include "lsp/symbols.h"

namespace appmix::lsp {

const std::map<std::string, Feature>& features() {
  static const std::map<std::string, Feature> table = {
      {"textDocument/definition", {"definitionProvider", true, nullptr, definition}},
      {"textDocument/references", {"referencesProvider", true, nullptr, references}},
      {"textDocument/documentSymbol",
       {"documentSymbolProvider", true, Json::array(), document_symbols}},
      {"textDocument/hover", {"hoverProvider", true, nullptr, hover}},
      {"textDocument/completion",
       {"completionProvider",
        {{"triggerCharacters", {"[", ",", " ", "-", ":"}}},
        Json::array(),
        completion}},
      {"textDocument/prepareRename", {"", nullptr, nullptr, prepare_rename}},
      {"textDocument/rename", {"renameProvider", {{"prepareProvider", true}}, nullptr, rename}},
      {"textDocument/codeAction",
       {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}, Json::array(), code_actions}},
  };
  return table;
}

}  // namespace appmix::lsp
