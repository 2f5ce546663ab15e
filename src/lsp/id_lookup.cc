#include "lsp/id_lookup.h"

#include "lsp/uri.h"

namespace appmix::lsp {

std::optional<SiteInFile> site_at(const WorkspaceFile& file, Position position) {
  const TextLines lines(file.text);
  const int column = lines.code_point_column(position);
  for (const IdSite& site : file.ids.sites) {
    if (site.line == position.line + 1 && column >= site.column &&
        column <= site.column + site.length)
      return SiteInFile{&file, &site};
  }
  return std::nullopt;
}

std::vector<SiteInFile> sites_of(const Workspace& workspace, const std::string& id) {
  std::vector<SiteInFile> definitions;
  std::vector<SiteInFile> references;
  for (const auto& [path, file] : workspace.files()) {
    for (const IdSite& site : file.ids.sites) {
      if (site.id == id)
        (site.definition ? definitions : references).push_back({&file, &site});
    }
  }
  definitions.insert(definitions.end(), references.begin(), references.end());
  return definitions;
}

const ItemSummary* item_of(const Workspace& workspace, const std::string& id) {
  for (const auto& [path, file] : workspace.files()) {
    for (const ItemSummary& item : file.ids.items) {
      if (item.id == id)
        return &item;
    }
  }
  return nullptr;
}

Range range_of_site(const TextLines& lines, const IdSite& site) {
  return {lines.position_of_code_point(site.line, site.column),
          lines.position_of_code_point(site.line, site.column + site.length)};
}

Json range_json(const Range& range) {
  return {{"start", {{"line", range.start.line}, {"character", range.start.character}}},
          {"end", {{"line", range.end.line}, {"character", range.end.character}}}};
}

Json location_json(const SiteInFile& where) {
  return {{"uri", uri_of_path(where.file->path)},
          {"range", range_json(range_of_site(TextLines(where.file->text), *where.site))}};
}

}  // namespace appmix::lsp
