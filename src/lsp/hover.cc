#include "lsp/hover.h"

#include <fmt/format.h>

#include <filesystem>

#include "lsp/id_lookup.h"

namespace appmix::lsp {
namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words)
    text += (text.empty() ? "`" : ", `") + word + "`";
  return text.empty() ? "none" : text;
}

// The apps and candidates that list `capability`, across the workspace.
std::vector<std::string> providers_of(const Workspace& workspace, const std::string& capability) {
  std::vector<std::string> providers;
  for (const auto& [path, file] : workspace.files()) {
    for (const ItemSummary& item : file.ids.items) {
      if ((item.kind == IdKind::app || item.kind == IdKind::candidate) &&
          std::find(item.capabilities.begin(), item.capabilities.end(), capability) !=
              item.capabilities.end())
        providers.push_back(item.id);
    }
  }
  return providers;
}

}  // namespace

Json hover(const FeatureContext& context) {
  const WorkspaceFile* file = context.workspace.file(context.path);
  if (file == nullptr)
    return nullptr;
  const std::optional<SiteInFile> cursor =
      site_at(*file, read_position(context.params.at("position")));
  if (!cursor)
    return nullptr;
  const std::string& id = cursor->site->id;
  const ItemSummary* item = item_of(context.workspace, id);
  std::string text;
  if (item == nullptr) {
    text = fmt::format("`{}`: no item has this id", id);
  } else {
    text = fmt::format("**{}** `{}`", kind_name(item->kind), id);
    if (!item->name.empty())
      text += fmt::format(": {}", item->name);
    for (const SiteInFile& where : sites_of(context.workspace, id)) {
      if (where.site->definition) {
        text += fmt::format("\n\ndefined in {} line {}",
                            std::filesystem::path(where.file->path).filename().string(),
                            where.site->line);
        break;
      }
    }
    if (item->kind == IdKind::app || item->kind == IdKind::candidate) {
      const std::string currency = context.analysis.checked.inventory
                                       ? " " + context.analysis.checked.inventory->currency
                                       : std::string();
      text += fmt::format("\n\n- annual cost: {}{}",
                          item->annual_cost.empty() ? "not given" : item->annual_cost, currency);
      if (item->kind == IdKind::app)
        text +=
            fmt::format("\n- business units: {}", item->all_units ? "all" : joined(item->units));
      text += fmt::format("\n- capabilities: {}", joined(item->capabilities));
      if (!context.analysis.checked.inventory) {
        text += "\n\nrecommendation: once the inventory has no error";
      } else if (!context.decisions) {
        text += "\n\nrecommendation: being computed";
      } else if (const auto found = context.decisions->decision.find(id);
                 found != context.decisions->decision.end()) {
        text += fmt::format("\n\nrecommendation: **{}**{}", found->second,
                            context.decisions->proven ? " (the proven least-cost mix)"
                                                      : " (best mix found, not proven least)");
      }
    } else if (item->kind == IdKind::capability) {
      text += fmt::format("\n\nprovided by: {}", joined(providers_of(context.workspace, id)));
    }
  }
  return {{"contents", {{"kind", "markdown"}, {"value", text}}},
          {"range", range_json(range_of_site(TextLines(file->text), *cursor->site))}};
}

}  // namespace appmix::lsp
