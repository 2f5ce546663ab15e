#include "lsp/navigation.h"

#include <fmt/format.h>

#include <map>

#include "inventory/validate.h"
#include "lsp/id_lookup.h"
#include "lsp/uri.h"

namespace appmix::lsp {
namespace {

std::optional<SiteInFile> cursor_site(const FeatureContext& context) {
  const WorkspaceFile* file = context.workspace.file(context.path);
  if (file == nullptr)
    return std::nullopt;
  return site_at(*file, read_position(context.params.at("position")));
}

}  // namespace

Json definition(const FeatureContext& context) {
  const std::optional<SiteInFile> cursor = cursor_site(context);
  if (!cursor)
    return nullptr;
  Json locations = Json::array();
  for (const SiteInFile& where : sites_of(context.workspace, cursor->site->id)) {
    if (where.site->definition)
      locations.push_back(location_json(where));
  }
  return locations.empty() ? Json(nullptr) : locations;
}

Json references(const FeatureContext& context) {
  const std::optional<SiteInFile> cursor = cursor_site(context);
  if (!cursor)
    return nullptr;
  bool with_definition = true;
  if (const auto found = context.params.find("context"); found != context.params.end())
    with_definition = found->value("includeDeclaration", true);
  Json locations = Json::array();
  for (const SiteInFile& where : sites_of(context.workspace, cursor->site->id)) {
    if (with_definition || !where.site->definition)
      locations.push_back(location_json(where));
  }
  return locations;
}

Json prepare_rename(const FeatureContext& context) {
  const std::optional<SiteInFile> cursor = cursor_site(context);
  if (!cursor)
    return nullptr;
  return {{"range", range_json(range_of_site(TextLines(cursor->file->text), *cursor->site))},
          {"placeholder", cursor->site->id}};
}

Json rename(const FeatureContext& context) {
  const std::optional<SiteInFile> cursor = cursor_site(context);
  if (!cursor)
    throw RequestError{ErrorCode::request_failed, "there is no id here to rename"};
  const std::string new_id = context.params.at("newName").get<std::string>();
  const std::string& old_id = cursor->site->id;
  if (new_id == old_id)
    return {{"changes", Json::object()}};
  if (!inventory::is_valid_id(new_id)) {
    throw RequestError{
        ErrorCode::request_failed,
        fmt::format("'{}' is not a valid id: lower-case letters, digits, '.', '_' and '-', "
                    "starting with a letter or digit, at most 64 characters",
                    new_id)};
  }
  if (const ItemSummary* taken = item_of(context.workspace, new_id)) {
    throw RequestError{ErrorCode::request_failed,
                       fmt::format("'{}' is already the id of {} '{}'", new_id,
                                   kind_name(taken->kind), taken->id)};
  }
  std::map<std::string, Json> edits;  // by URI, in path order
  for (const SiteInFile& where : sites_of(context.workspace, old_id)) {
    Json& list = edits[uri_of_path(where.file->path)];
    if (list.is_null())
      list = Json::array();
    list.push_back({{"range", range_json(range_of_site(TextLines(where.file->text), *where.site))},
                    {"newText", new_id}});
  }
  Json changes = Json::object();
  for (auto& [uri, list] : edits)
    changes[uri] = std::move(list);
  return {{"changes", std::move(changes)}};
}

}  // namespace appmix::lsp
