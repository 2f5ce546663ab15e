// Enforces CONTRIBUTING.md's layering table ("who may include whom"): every
// #include "x/..." in src/<module>/ must name a module that <module> may
// depend on, so the pipeline stays one-way and setcover/ stays a library of
// its own; each third-party library stays where docs/architecture.md says it
// is used; and no file of src/ includes a banned standard header (<regex>).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

const std::map<std::string, std::set<std::string>>& allowed_dependencies() {
  static const std::map<std::string, std::set<std::string>> table = {
      {"base", {}},
      {"setcover", {}},
      {"inventory", {"base"}},
      {"model", {"base", "inventory"}},
      {"analysis", {"base", "inventory", "model"}},
      {"optimise", {"base", "inventory", "model", "setcover"}},
      {"plan", {"base", "inventory", "model", "analysis", "optimise", "setcover"}},
      {"compare", {"base", "inventory", "model", "analysis", "optimise", "setcover", "plan"}},
      {"report",
       {"base", "inventory", "model", "analysis", "optimise", "setcover", "plan", "compare"}},
      // The language server: the pipeline up to plan/, never report/ or cli/.
      {"lsp", {"base", "inventory", "model", "analysis", "optimise", "setcover", "plan"}},
      {"cli",
       {"base", "inventory", "model", "analysis", "optimise", "setcover", "plan", "compare",
        "report", "lsp"}},
  };
  return table;
}

// Third-party headers that only one file of a module may include.
const std::map<std::string, std::string>& confined_headers() {
  static const std::map<std::string, std::string> table = {
      {"csv.h", "src/inventory/csv_reader.cc"},
      {"yaml.h", "src/inventory/yaml_reader.cc"},
      {"zlib.h", "src/setcover/orlib_reader.cc"},
  };
  return table;
}

// Third-party headers that only some modules may include, and of those only
// `in_headers` in their .h files too (elsewhere no header of the module
// exposes the library's types, so the modules above need not know it).
struct ModuleConfinement {
  std::set<std::string> modules;
  std::set<std::string> in_headers;
};
const std::map<std::string, ModuleConfinement>& module_headers() {
  static const std::map<std::string, ModuleConfinement> table = {
      {"CLI/", {{"cli"}, {"cli"}}},
      {"Eigen/", {{"analysis"}, {}}},
      // The one JSON reader: baselines in analysis/, and the language
      // server, whose messages are JSON throughout.
      {"nlohmann/", {{"analysis", "lsp"}, {"lsp"}}},
  };
  return table;
}

// Standard headers no file of src/ may include, and why.
const std::map<std::string, std::string>& banned_headers() {
  static const std::map<std::string, std::string> table = {
      // Every match in src/ is on user text, and libstdc++'s matcher recurses
      // once per character: a long line overflowed the stack (issue 22).
      {"regex", "std::regex overflows the stack on long text; match by hand"},
  };
  return table;
}

}  // namespace

TEST_CASE("modules include only the modules below them") {
  const fs::path src = fs::path(APPMIX_SOURCE_DIR) / "src";
  const std::regex include_line(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::size_t files_checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file())
      continue;
    const auto extension = entry.path().extension();
    if (extension != ".h" && extension != ".cc")
      continue;
    const fs::path relative = fs::relative(entry.path(), src);
    if (relative.begin() == relative.end() || std::next(relative.begin()) == relative.end()) {
      continue;  // src/main.cc sits above every module
    }
    const std::string module = relative.begin()->string();
    const auto allowed = allowed_dependencies().find(module);
    INFO("file: " << relative.string());
    REQUIRE_MESSAGE(allowed != allowed_dependencies().end(),
                    "module '" << module << "' is missing from the dependency table");
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      std::smatch match;
      if (!std::regex_search(line, match, include_line))
        continue;
      const std::string header = match[1];
      if (const auto banned = banned_headers().find(header); banned != banned_headers().end())
        CHECK_MESSAGE(false, "<" << header << "> is not allowed in src/: " << banned->second);
      for (const auto& [prefix, owner] : confined_headers()) {
        if (header.rfind(prefix, 0) == 0) {
          CHECK_MESSAGE(("src/" + relative.generic_string()) == owner,
                        header << " may only be included by " << owner);
        }
      }
      for (const auto& [prefix, confinement] : module_headers()) {
        if (header.rfind(prefix, 0) == 0) {
          CHECK_MESSAGE(confinement.modules.count(module) == 1,
                        header << " may not be included in src/" << module << "/");
          if (confinement.in_headers.count(module) == 0) {
            CHECK_MESSAGE(extension == ".cc",
                          header << " may not appear in a header of src/" << module << "/");
          }
        }
      }
      const auto slash = header.find('/');
      if (slash == std::string::npos)
        continue;
      const std::string target = header.substr(0, slash);
      if (allowed_dependencies().count(target) == 0 || target == module)
        continue;
      CHECK_MESSAGE(allowed->second.count(target) == 1, module << " may not include " << header);
    }
    ++files_checked;
  }
  CHECK(files_checked > 0);
}
