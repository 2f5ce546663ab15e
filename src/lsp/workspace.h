// The inventory the server works on and the editor's view of it. The
// workspace is a folder whose YAML files are the inventory's parts (the
// client's root folder), or one file when the client opened a file without
// a folder. Files the editor holds open use the editor's text, saved or not;
// the others are read from disk once, when the workspace is set. An edit
// marks the workspace stale; analyse() checks the inventory again from the
// texts in memory (no file is read from disk again), parsing and indexing
// only the files that changed. It knows nothing of the protocol's JSON.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/checked_inventory.h"
#include "inventory/yaml_reader.h"
#include "lsp/id_index.h"
#include "lsp/text_lines.h"
#include "model/time_money.h"

namespace appmix::lsp {

struct WorkspaceFile {
  std::string path;  // absolute, lexically normal
  std::string text;
  bool open = false;           // the editor holds it: its text wins over the disk
  std::uint64_t revision = 0;  // bumped on every change of `text`
  // From the last analysis that saw this revision: the file's tree, parsed
  // once per revision and reused by every check until the text changes
  // (so an edit parses only the edited file), and its ids (empty while the
  // file does not parse).
  std::uint64_t parsed_revision = UINT64_MAX;
  std::shared_ptr<const inventory::ParsedFile> parsed;
  FileIds ids;
};

struct Analysis {
  std::uint64_t generation = 0;  // bumped by every analysis
  analysis::CheckedInventory checked;
};

class Workspace {
 public:
  // `path`: a folder (its *.yaml / *.yml files, as `appmix check DIR`
  // reads them) or one file. Replaces whatever was there.
  void set_root(const std::string& path);
  const std::string& root() const { return root_; }
  bool has_root() const { return !root_.empty(); }

  // True when `path` is, or may become, a part of the inventory: the root
  // file itself, or a YAML file under the root folder.
  bool contains(const std::string& path) const;

  // Editor events; each returns false (and changes nothing) for a path
  // outside the workspace.
  bool open(const std::string& path, std::string text);
  bool change(const std::string& path, std::string text);
  bool close(const std::string& path);
  bool save(const std::string& path, std::optional<std::string> text);

  const WorkspaceFile* file(const std::string& path) const;
  const std::map<std::string, WorkspaceFile>& files() const { return files_; }

  bool stale() const { return stale_; }
  // Checks the inventory as `appmix check` would (with `as_of`), when stale;
  // the last analysis otherwise.
  const Analysis& analyse(const model::AsOfRequest& as_of);
  const Analysis& last_analysis() const { return analysis_; }

 private:
  void set_text(WorkspaceFile& file, std::string text);

  std::string root_;
  bool root_is_folder_ = false;
  std::map<std::string, WorkspaceFile> files_;  // by path: the order check reads them in
  base::Diagnostics discovery_diagnostics_;     // unreadable files and the like, from set_root
  bool stale_ = true;
  Analysis analysis_;
};

}  // namespace appmix::lsp
