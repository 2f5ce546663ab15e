// Where the cursor is in the YAML an editor holds, read from the lines
// above it by indentation alone, so that it works on text that does not
// parse yet (the usual state while typing): which keys enclose the cursor,
// and whether it is writing a key or the value of one. A heuristic over
// block and flow style as inventories are written; it never fails.
#pragma once

#include <string>
#include <vector>

#include "lsp/text_lines.h"

namespace appmix::lsp {

struct CompletionContext {
  // The keys of the maps enclosing the cursor, outermost first, list items
  // skipped: {"apps", "cost"} inside an app's cost map.
  std::vector<std::string> path;
  bool value = false;   // writing the value of `key` (else a key of the map at `path`)
  std::string key;      // with `value`
  std::string word;     // the id-like characters before the cursor
  Position word_start;  // where `word` starts
};

CompletionContext completion_context(const TextLines& lines, Position cursor);

}  // namespace appmix::lsp
