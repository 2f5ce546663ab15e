#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "inventory/source.h"

namespace appmix::inventory {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the system's temporary folder, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "appmix-discover-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
  }
  std::string operator/(const std::string& relative) const { return path_ + "/" + relative; }
  const std::string& path() const { return path_; }

  void write(const std::string& relative, const std::string& bytes) const {
    const fs::path file = fs::path(path_) / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
  }
  void link(const std::string& target, const std::string& relative) const {
    REQUIRE(::symlink(target.c_str(), (*this / relative).c_str()) == 0);
  }

 private:
  std::string path_;
};

std::string paths(const Sources& sources, std::size_t prefix) {
  std::string out;
  for (const auto& file : sources.files)
    out += file.path.substr(prefix) + "\n";
  return out;
}

std::string render(const Sources& sources, std::size_t prefix) {
  std::string out;
  for (const auto& d : sources.diagnostics) {
    std::string message = d.message;
    for (std::size_t at;
         (at = message.find(d.location.file.substr(0, prefix))) != std::string::npos;)
      message.erase(at, prefix);
    out += d.rule + " " + std::string(base::severity_name(d.severity)) + " at " +
           d.location.file.substr(prefix) + ": " + message + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("one file") {
  TempDir dir;
  dir.write("inventory.txt", "a: 1\n");
  const Sources sources = discover_sources(dir / "inventory.txt");  // any extension
  REQUIRE(sources.files.size() == 1);
  CHECK(sources.files[0].path == dir / "inventory.txt");
  CHECK(sources.files[0].bytes == "a: 1\n");
  CHECK(sources.diagnostics.empty());
  CHECK_FALSE(sources.unreadable);
}

TEST_CASE("files that cannot be read are io-error and exit 3") {
  TempDir dir;
  const std::size_t prefix = dir.path().size() + 1;
  SUBCASE("missing") {
    const Sources sources = discover_sources(dir / "missing.yaml");
    CHECK(
        render(sources, prefix) ==
        "io-error error at missing.yaml: cannot read 'missing.yaml': No such file or directory\n");
    CHECK(sources.unreadable);
    CHECK(sources.files.empty());
  }
  SUBCASE("a link to itself") {
    dir.link("self.yaml", "self.yaml");
    const Sources sources = discover_sources(dir / "self.yaml");
    CHECK(render(sources, prefix) ==
          "io-error error at self.yaml: cannot read 'self.yaml': Too many levels of symbolic "
          "links\n");
    CHECK(sources.unreadable);
  }
  SUBCASE("a path through a file") {
    dir.write("a.yaml", "a: 1\n");
    CHECK(discover_sources(dir / "a.yaml/b.yaml").unreadable);
  }
  SUBCASE("permission denied") {
    if (::geteuid() == 0) {
      MESSAGE("skipped: running as root, where mode 000 does not stop reading");
      return;
    }
    dir.write("locked.yaml", "a: 1\n");
    fs::permissions(dir / "locked.yaml", fs::perms::none);
    const Sources sources = discover_sources(dir / "locked.yaml");
    CHECK(render(sources, prefix) ==
          "io-error error at locked.yaml: cannot read 'locked.yaml': Permission denied\n");
    CHECK(sources.unreadable);
  }
}

TEST_CASE("a directory: recursive, sorted by path, hidden and other files skipped") {
  TempDir dir;
  const std::size_t prefix = dir.path().size() + 1;
  dir.write("units/retail.yaml", "r");
  dir.write("units.yaml", "u");
  dir.write("b.yml", "b");
  dir.write("a/z/deep.yaml", "d");
  dir.write(".hidden.yaml", "h");
  dir.write(".git/config.yaml", "g");
  dir.write("README.md", "m");
  dir.write("upper.YAML", "x");
  const Sources sources = discover_sources(dir.path());
  CHECK(paths(sources, prefix) == "a/z/deep.yaml\nb.yml\nunits.yaml\nunits/retail.yaml\n");
  CHECK(sources.files[1].bytes == "b");
  CHECK(sources.diagnostics.empty());
  SUBCASE("a trailing slash is not doubled") {
    CHECK(discover_sources(dir.path() + "/").files[0].path == dir.path() + "/a/z/deep.yaml");
  }
}

TEST_CASE("links inside a directory") {
  TempDir dir;
  const std::size_t prefix = dir.path().size() + 1;
  dir.write("inv/apps.yaml", "a");
  dir.write("common/caps.yaml", "c");
  SUBCASE("links to files and to directories outside are followed") {
    dir.link("../common/caps.yaml", "inv/caps.yaml");
    dir.link("../common", "inv/more");
    dir.write("common/x.txt", "");
    const Sources sources = discover_sources(dir / "inv");
    // common/caps.yaml is reached twice, both times through a link: the
    // name first in path order is read.
    CHECK(paths(sources, prefix) == "inv/apps.yaml\ninv/caps.yaml\n");
    CHECK(render(sources, prefix) ==
          "symlink-loop warning at inv/more/caps.yaml: 'inv/more/caps.yaml' is the same file as "
          "'inv/caps.yaml', which is read instead; skipped\n");
    CHECK_FALSE(sources.unreadable);
  }
  SUBCASE("a link loop is read once, with a warning on the link") {
    dir.link(".", "inv/back");
    dir.write("inv/sub/x.yaml", "x");
    dir.link("../../inv", "inv/sub/up");
    const Sources sources = discover_sources(dir / "inv");
    CHECK(paths(sources, prefix) == "inv/apps.yaml\ninv/sub/x.yaml\n");
    CHECK(render(sources, prefix) ==
          "symlink-loop warning at inv/back: 'inv/back' links to the directory 'inv', "
          "which is already read; skipped\n"
          "symlink-loop warning at inv/sub/up: 'inv/sub/up' links to the directory 'inv', which "
          "is already read; skipped\n");
    CHECK_FALSE(sources.unreadable);
  }
  SUBCASE("a link to a file of the same directory: the real name wins") {
    dir.link("apps.yaml", "inv/0-alias.yaml");
    const Sources sources = discover_sources(dir / "inv");
    CHECK(paths(sources, prefix) == "inv/apps.yaml\n");
    CHECK(sources.diagnostics.at(0).rule == "symlink-loop");
  }
  SUBCASE("a broken link with a YAML name is unreadable; others are not parts") {
    dir.link("nowhere.yaml", "inv/broken.yaml");
    dir.link("loop", "inv/loop");
    const Sources sources = discover_sources(dir / "inv");
    CHECK(render(sources, prefix) ==
          "io-error error at inv/broken.yaml: cannot read 'inv/broken.yaml': No such file or "
          "directory\n");
    CHECK(sources.unreadable);
    CHECK(paths(sources, prefix) == "inv/apps.yaml\n");
  }
  SUBCASE("a FIFO is not read (it could block)") {
    REQUIRE(::mkfifo((dir / "inv/pipe.yaml").c_str(), 0600) == 0);
    const Sources sources = discover_sources(dir / "inv");
    CHECK(render(sources, prefix) ==
          "io-error error at inv/pipe.yaml: cannot read 'inv/pipe.yaml': not a regular file\n");
    CHECK(sources.unreadable);
  }
}

TEST_CASE("a directory with no YAML file is exit 1, not 3") {
  TempDir dir;
  const std::size_t prefix = dir.path().size() + 1;
  dir.write("docs/readme.txt", "x");
  dir.write(".hidden.yaml", "x");
  const Sources sources = discover_sources(dir / "docs");
  CHECK(render(sources, prefix) ==
        "no-inventory-files error at docs: the directory 'docs' holds no *.yaml or *.yml file\n");
  CHECK_FALSE(sources.unreadable);
  CHECK(discover_sources(dir.path()).diagnostics.at(0).rule == "no-inventory-files");
}

TEST_CASE("a directory whose only YAML name is a link to itself is io-error alone") {
  TempDir dir;
  dir.write("only/readme.txt", "x");
  dir.link("self.yaml", "only/self.yaml");
  const Sources sources = discover_sources(dir / "only");
  REQUIRE(sources.diagnostics.size() == 1);
  CHECK(sources.diagnostics.front().rule == "io-error");
  CHECK(sources.unreadable);
}

TEST_CASE("a file over the size limit is not read, and is exit 1") {
  TempDir dir;
  const std::size_t prefix = dir.path().size() + 1;
  dir.write("big.yaml", "");
  fs::resize_file(dir / "big.yaml", kMaxSourceBytes + 1);
  const Sources sources = discover_sources(dir / "big.yaml");
  CHECK(render(sources, prefix) ==
        "file-too-large error at big.yaml: 'big.yaml' is larger than 64 MiB\n");
  CHECK(sources.files.empty());
  CHECK_FALSE(sources.unreadable);
  fs::resize_file(dir / "big.yaml", kMaxSourceBytes);
  CHECK(discover_sources(dir / "big.yaml").files.size() == 1);
}

TEST_CASE("standard input") {
  TempDir dir;
  dir.write("in.yaml", "a: 1\n");
  const int saved = ::dup(STDIN_FILENO);
  const int file = ::open((dir / "in.yaml").c_str(), O_RDONLY);
  REQUIRE(file >= 0);
  ::dup2(file, STDIN_FILENO);
  const Sources sources = discover_sources("-");
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ::close(file);
  REQUIRE(sources.files.size() == 1);
  CHECK(sources.files[0].path == "<stdin>");
  CHECK(sources.files[0].bytes == "a: 1\n");
}

TEST_CASE("what an inventory file is called: .yaml or .yml, by name or path") {
  CHECK(is_inventory_file_name("apps.yaml"));
  CHECK(is_inventory_file_name("inventory/telco/apps.yml"));
  CHECK_FALSE(is_inventory_file_name("apps.YAML"));  // the extension is case-sensitive
  CHECK_FALSE(is_inventory_file_name("apps.yaml.bak"));
  CHECK_FALSE(is_inventory_file_name("notes.txt"));
  CHECK_FALSE(is_inventory_file_name("yaml"));
}

}  // namespace appmix::inventory
