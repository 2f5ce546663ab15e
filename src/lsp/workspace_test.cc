#include "lsp/workspace.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace appmix::lsp {
namespace {

namespace fs = std::filesystem;

// A directory inventory of two parts in a scratch folder.
struct TwoParts {
  fs::path root = fs::temp_directory_path() / "appmix-lsp-workspace-test";
  std::string units = (root / "units.yaml").string();
  std::string apps = (root / "apps.yaml").string();

  TwoParts() {
    fs::remove_all(root);
    fs::create_directories(root);
    std::ofstream(units)
        << "appmix: 1\norganisation: T\nbusiness_units:\n  - id: web\n    name: W\n"
           "capabilities:\n  - id: sell\n    name: S\n";
    std::ofstream(apps) << "apps:\n  - id: shop\n    name: Shop\n    business_units: [web]\n"
                           "    capabilities: [sell]\n    cost: {annual: 1}\n";
  }
  ~TwoParts() { fs::remove_all(root); }
};

const model::AsOfRequest kAsOf{base::CivilDate{2026, 1, 15}, std::nullopt};

TEST_CASE("an edit parses and indexes only the edited file") {
  TwoParts parts;
  Workspace workspace;
  workspace.set_root(parts.root.string());
  REQUIRE(workspace.files().size() == 2);
  const std::uint64_t first = workspace.analyse(kAsOf).generation;
  CHECK(workspace.last_analysis().checked.inventory.has_value());
  const auto units_tree = workspace.file(parts.units)->parsed;
  const auto apps_tree = workspace.file(parts.apps)->parsed;
  REQUIRE(units_tree);

  REQUIRE(workspace.change(parts.apps,
                           "apps:\n  - id: shop\n    name: Shop\n    business_units: "
                           "[web]\n    capabilities: [sel]\n    cost: {annual: 1}\n"));
  CHECK(workspace.stale());
  const Analysis& second = workspace.analyse(kAsOf);
  CHECK(second.generation == first + 1);
  CHECK(workspace.file(parts.units)->parsed == units_tree);  // the same tree, not parsed again
  CHECK(workspace.file(parts.apps)->parsed != apps_tree);
  REQUIRE(second.checked.diagnostics.size() == 1);
  CHECK(second.checked.diagnostics[0].rule == "unknown-reference");
  CHECK(second.checked.diagnostics[0].location.file == parts.apps);
}

TEST_CASE("the editor's text wins over the disk until the file is closed") {
  TwoParts parts;
  Workspace workspace;
  workspace.set_root(parts.root.string());
  REQUIRE(workspace.open(parts.units, "appmix: 1\norganisation: T\n"));
  CHECK(workspace.analyse(kAsOf).checked.diagnostics.size() > 0);  // web and sell are gone
  REQUIRE(workspace.close(parts.units));
  CHECK(workspace.analyse(kAsOf).checked.diagnostics.empty());
  // Outside the workspace: nothing is kept.
  CHECK_FALSE(workspace.open("/elsewhere/other.yaml", "x: 1\n"));
  CHECK_FALSE(workspace.contains((parts.root / "notes.txt").string()));
  CHECK_FALSE(workspace.contains((parts.root / ".hidden" / "a.yaml").string()));
  CHECK(workspace.contains((parts.root / "new" / "part.yml").string()));
}

}  // namespace
}  // namespace appmix::lsp
