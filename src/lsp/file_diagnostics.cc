#include "lsp/file_diagnostics.h"

#include "lsp/token_range.h"
#include "lsp/uri.h"

namespace appmix::lsp {
namespace {

int severity_code(base::Severity severity) {
  switch (severity) {
    case base::Severity::error:
      return 1;
    case base::Severity::warning:
      return 2;
    case base::Severity::note:
      return 3;  // Information
  }
  return 3;
}

Json range_json(const Range& range) {
  return {{"start", {{"line", range.start.line}, {"character", range.start.character}}},
          {"end", {{"line", range.end.line}, {"character", range.end.character}}}};
}

}  // namespace

Json to_lsp_diagnostic(const base::Diagnostic& diagnostic, const TextLines& lines,
                       const Workspace& workspace) {
  const Range range =
      range_of(lines, diagnostic.location.line, diagnostic.location.column, diagnostic.span);
  Json related = Json::array();
  const std::string uri = uri_of_path(diagnostic.location.file);
  if (!diagnostic.help.empty()) {
    related.push_back({{"location", {{"uri", uri}, {"range", range_json(range)}}},
                       {"message", "help: " + diagnostic.help}});
  }
  for (const base::Note& note : diagnostic.notes) {
    const WorkspaceFile* file = workspace.file(note.location.file);
    const Range note_range =
        file ? range_of(TextLines(file->text), note.location.line, note.location.column, note.span)
             : Range{};
    related.push_back({{"location",
                        {{"uri", uri_of_path(file ? note.location.file : diagnostic.location.file)},
                         {"range", range_json(file ? note_range : range)}}},
                       {"message", note.message}});
  }
  Json out = {{"range", range_json(range)},
              {"severity", severity_code(diagnostic.severity)},
              {"code", diagnostic.rule},
              {"source", "appmix"},
              {"message", diagnostic.message}};
  if (!related.empty())
    out["relatedInformation"] = std::move(related);
  return out;
}

std::vector<Json> publish_params(const Workspace& workspace, const Analysis& analysis) {
  std::map<std::string, Json> by_file;
  for (const auto& [path, file] : workspace.files())
    by_file[path] = Json::array();
  const std::string first =
      workspace.files().empty() ? std::string() : workspace.files().begin()->first;
  std::map<std::string, TextLines> lines;
  for (const base::Diagnostic& diagnostic : analysis.checked.diagnostics) {
    std::string path = diagnostic.location.file;
    base::Diagnostic placed = diagnostic;
    if (by_file.count(path) == 0) {
      if (first.empty())
        continue;
      path = first;
      placed.location = {first, 0, 0};
      placed.message = diagnostic.location.file.empty()
                           ? diagnostic.message
                           : diagnostic.location.file + ": " + diagnostic.message;
    }
    const WorkspaceFile* file = workspace.file(path);
    auto [at, inserted] = lines.try_emplace(path, std::string_view(file->text));
    by_file[path].push_back(to_lsp_diagnostic(placed, at->second, workspace));
  }
  std::vector<Json> params;
  for (auto& [path, diagnostics] : by_file)
    params.push_back({{"uri", uri_of_path(path)}, {"diagnostics", std::move(diagnostics)}});
  return params;
}

}  // namespace appmix::lsp
