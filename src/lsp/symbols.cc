#include "lsp/symbols.h"

#include <climits>

#include "lsp/id_lookup.h"

namespace appmix::lsp {
namespace {

// The protocol's SymbolKind for each kind of item.
int symbol_kind(IdKind kind) {
  switch (kind) {
    case IdKind::business_unit:
      return 2;  // Module
    case IdKind::channel:
      return 22;  // EnumMember
    case IdKind::capability:
      return 11;  // Interface
    case IdKind::app:
      return 5;  // Class
    case IdKind::candidate:
      return 5;  // Class
    case IdKind::journey:
      return 24;  // Event
  }
  return 13;  // Variable
}

}  // namespace

Json document_symbols(const FeatureContext& context) {
  const WorkspaceFile* file = context.workspace.file(context.path);
  Json symbols = Json::array();
  if (file == nullptr)
    return symbols;
  const TextLines lines(file->text);
  for (const ItemSummary& item : file->ids.items) {
    if (item.id.empty())
      continue;
    const Position start = lines.position_of_code_point(item.line, 1);
    const Position end = lines.position_of_code_point(item.end_line, INT_MAX);  // the line's end
    const Range selection = {
        lines.position_of_code_point(item.id_line, item.id_column),
        lines.position_of_code_point(item.id_line, item.id_column + item.id_length)};
    Json symbol = {{"name", item.id},
                   {"kind", symbol_kind(item.kind)},
                   {"detail", std::string(kind_name(item.kind)) +
                                  (item.name.empty() ? std::string() : ": " + item.name)},
                   {"range", range_json({start, end})},
                   {"selectionRange", range_json(selection)}};
    symbols.push_back(std::move(symbol));
  }
  return symbols;
}

}  // namespace appmix::lsp
