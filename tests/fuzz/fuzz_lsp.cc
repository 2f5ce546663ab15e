// libFuzzer target for the language server's change path: the bytes are
// the new text of one file of a four-file inventory (tests/lsp/inventory,
// copied into a scratch folder once), as a didChange brings it. Each input
// is applied to the workspace, checked, turned into the diagnostics of
// every file, and then navigated as an editor would: the outline,
// completion, hover-like lookups and quick fixes at places taken from the
// text. Besides crashes, hangs and leaks (the sanitizers' job) it checks
// that every range it publishes lies inside its file's text. The same
// bytes also go through the JSON-RPC message parser.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "fuzz_checks.h"
#include "lsp/code_actions.h"
#include "lsp/completion.h"
#include "lsp/features.h"
#include "lsp/file_diagnostics.h"
#include "lsp/id_lookup.h"
#include "lsp/protocol.h"
#include "lsp/symbols.h"
#include "lsp/uri.h"
#include "lsp/workspace.h"

namespace {

using appmix::fuzz::require;

namespace fs = std::filesystem;
using appmix::lsp::Json;

struct Fixture {
  std::string root;
  std::string changed;  // the file each input replaces
  appmix::lsp::Workspace workspace;
};

Fixture& fixture() {
  static Fixture* made = [] {
    auto* fixture = new Fixture;
    const fs::path scratch = fs::temp_directory_path() / "appmix-fuzz-lsp";
    fs::remove_all(scratch);
    fs::create_directories(scratch);
    const fs::path source = fs::path(APPMIX_SOURCE_DIR) / "tests" / "lsp" / "inventory";
    for (const auto& entry : fs::directory_iterator(source))
      fs::copy_file(entry.path(), scratch / entry.path().filename());
    fixture->root = scratch.string();
    fixture->changed = (scratch / "apps.yaml").string();
    fixture->workspace.set_root(fixture->root);
    return fixture;
  }();
  return *made;
}

void require_inside(const Json& range, const appmix::lsp::TextLines& lines) {
  for (const char* end : {"start", "end"}) {
    const int line = range.at(end).at("line").get<int>();
    const int character = range.at(end).at("character").get<int>();
    require(line >= 0 && line < lines.line_count() && character >= 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  (void)appmix::lsp::parse_message(text);

  Fixture& fx = fixture();
  require(fx.workspace.change(fx.changed, text));
  const appmix::lsp::Analysis& analysis = fx.workspace.analyse({});
  for (const Json& params : appmix::lsp::publish_params(fx.workspace, analysis)) {
    const auto path = appmix::lsp::path_of_uri(params.at("uri").get<std::string>());
    require(path.has_value());
    const appmix::lsp::WorkspaceFile* file = fx.workspace.file(*path);
    require(file != nullptr);
    const appmix::lsp::TextLines lines(file->text);
    for (const Json& diagnostic : params.at("diagnostics"))
      require_inside(diagnostic.at("range"), lines);
    if (*path != fx.changed)
      continue;
    // Quick fixes for every finding of the changed file.
    const Json request = {{"context", {{"diagnostics", params.at("diagnostics")}}}};
    const appmix::lsp::FeatureContext fixes{fx.workspace, analysis, fx.changed, request, {}};
    (void)appmix::lsp::code_actions(fixes);
  }

  const appmix::lsp::FeatureContext outline{fx.workspace, analysis, fx.changed, Json::object(), {}};
  const appmix::lsp::TextLines lines(fx.workspace.file(fx.changed)->text);
  for (const Json& symbol : appmix::lsp::document_symbols(outline)) {
    require_inside(symbol.at("range"), lines);
    require_inside(symbol.at("selectionRange"), lines);
  }
  // Completion and lookups at a few places the input itself picks.
  const appmix::lsp::WorkspaceFile& file = *fx.workspace.file(fx.changed);
  for (std::size_t i = 0; i < 4 && i < size; ++i) {
    const int line = data[i] % (lines.line_count() + 1);
    const int character = size > i + 4 ? data[i + 4] % 80 : 0;
    const Json request = {{"position", {{"line", line}, {"character", character}}}};
    const appmix::lsp::FeatureContext at{fx.workspace, analysis, fx.changed, request, {}};
    (void)appmix::lsp::completion(at);
    (void)appmix::lsp::site_at(file, {line, character});
  }
  return 0;
}
