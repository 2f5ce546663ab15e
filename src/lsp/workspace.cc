#include "lsp/workspace.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "inventory/source.h"
#include "inventory/yaml_reader.h"

namespace appmix::lsp {
namespace {

std::string absolute_normal(const std::string& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  if (error)
    absolute = path;
  std::string normal = absolute.lexically_normal().string();
  while (normal.size() > 1 && normal.back() == '/')
    normal.pop_back();
  return normal;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

}  // namespace

void Workspace::set_root(const std::string& path) {
  root_ = absolute_normal(path);
  std::error_code error;
  root_is_folder_ = std::filesystem::is_directory(root_, error);
  files_.clear();
  discovery_diagnostics_.clear();
  inventory::Sources sources = inventory::discover_sources(root_);
  for (inventory::SourceFile& source : sources.files) {
    WorkspaceFile file;
    file.path = absolute_normal(source.path);
    file.text = std::move(source.bytes);
    const std::string key = file.path;
    files_.emplace(key, std::move(file));
  }
  // A folder with no YAML file yet is a workspace still to be written, not a
  // finding to show.
  for (base::Diagnostic& diagnostic : sources.diagnostics) {
    if (diagnostic.rule != "no-inventory-files")
      discovery_diagnostics_.push_back(std::move(diagnostic));
  }
  stale_ = true;
}

bool Workspace::contains(const std::string& path) const {
  if (root_.empty())
    return false;
  if (!root_is_folder_)
    return path == root_;
  if (!inventory::is_inventory_file_name(path) || !path.starts_with(root_ + "/"))
    return false;
  // Hidden folders and files are not parts (discover_sources skips them).
  return path.find("/.", root_.size()) == std::string::npos;
}

void Workspace::set_text(WorkspaceFile& file, std::string text) {
  if (file.text == text)
    return;
  file.text = std::move(text);
  ++file.revision;
  stale_ = true;
}

bool Workspace::open(const std::string& path, std::string text) {
  if (!contains(path))
    return false;
  WorkspaceFile& file = files_[path];
  if (file.path.empty()) {
    file.path = path;
    stale_ = true;
  }
  file.open = true;
  set_text(file, std::move(text));
  return true;
}

bool Workspace::change(const std::string& path, std::string text) {
  if (!contains(path))
    return false;
  return open(path, std::move(text));
}

bool Workspace::close(const std::string& path) {
  const auto found = files_.find(path);
  if (found == files_.end())
    return contains(path);
  found->second.open = false;
  // Unsaved text is dropped with the editor's buffer: the disk is the truth
  // again, and a file never saved leaves the inventory.
  if (std::optional<std::string> disk = read_file(path)) {
    set_text(found->second, std::move(*disk));
  } else {
    files_.erase(found);
    stale_ = true;
  }
  return true;
}

bool Workspace::save(const std::string& path, std::optional<std::string> text) {
  if (!contains(path))
    return false;
  if (!text)
    text = read_file(path);
  if (!text)
    return true;
  WorkspaceFile& file = files_[path];
  if (file.path.empty()) {
    file.path = path;
    stale_ = true;
  }
  set_text(file, std::move(*text));
  return true;
}

const WorkspaceFile* Workspace::file(const std::string& path) const {
  const auto found = files_.find(path);
  return found == files_.end() ? nullptr : &found->second;
}

const Analysis& Workspace::analyse(const model::AsOfRequest& as_of) {
  if (!stale_)
    return analysis_;
  inventory::Sources sources;
  sources.diagnostics = discovery_diagnostics_;
  for (auto& [path, file] : files_) {
    if (file.text.size() > inventory::kMaxSourceBytes) {
      // As discover_sources does for a file on disk: not read, and reported.
      sources.diagnostics.push_back(base::make_diagnostic(
          "file-too-large", base::Location{path, 0, 0},
          fmt::format("'{}' is larger than {} MiB", path, inventory::kMaxSourceBytes >> 20)));
      file.parsed.reset();
      file.ids = {};
      file.parsed_revision = file.revision;
      continue;
    }
    sources.files.push_back({path, file.text});
    if (file.parsed_revision != file.revision) {
      file.parsed = std::make_shared<const inventory::ParsedFile>(
          inventory::parse_yaml(sources.files.back()));
      file.ids =
          file.parsed->root ? index_file(*file.parsed->root, TextLines(file.text)) : FileIds{};
      file.parsed_revision = file.revision;
    }
  }
  // The loader takes each tree by value (it expands merge keys in place), so
  // a file that did not change costs a copy of its tree, not a parse.
  const auto parse = [this](const inventory::SourceFile& source, std::size_t max_nodes) {
    const auto found = files_.find(source.path);
    if (found != files_.end() && found->second.parsed && found->second.text == source.bytes) {
      const inventory::ParsedFile& cached = *found->second.parsed;
      if (!cached.node_limit_reached && cached.node_count <= max_nodes)
        return cached;
    }
    return inventory::parse_yaml(source, max_nodes);
  };
  const std::uint64_t generation = analysis_.generation + 1;
  analysis_ =
      Analysis{generation, analysis::check_inventory_sources(std::move(sources), as_of, parse)};
  stale_ = false;
  return analysis_;
}

}  // namespace appmix::lsp
