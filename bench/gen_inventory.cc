// Writes a generated inventory (inventory_generator.h) as one YAML file on
// standard output, or with --split DIR as a directory inventory: settings and
// policies, the shared capability map, one file of apps per business unit,
// candidates and journeys.
//
//   gen_inventory --apps 5000 --units 40 --capabilities 800 --seed 1 > big.yaml
//   gen_inventory --preset large > large.yaml     # ~50,000 apps, ~30 MB
//   gen_inventory --apps 2000 --units 12 --capabilities 300 --split DIR
//   gen_inventory --shape families --apps 20000 --units 40 --capabilities 800 > fam.yaml
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "inventory_generator.h"

namespace {

using appmix::bench::GeneratorOptions;
using appmix::bench::InventoryGenerator;
using appmix::bench::Writer;

struct Options {
  GeneratorOptions generator;
  std::string split;  // directory for a directory inventory; empty: one YAML on stdout
};

[[noreturn]] void usage(const char* problem) {
  std::fprintf(stderr,
               "gen_inventory: %s\n"
               "usage: gen_inventory [--apps N] [--units U] [--capabilities C] [--seed S]\n"
               "                     [--journeys J] [--candidates K] [--split DIR]\n"
               "                     [--preset check|large] [--shape standard|families]\n"
               "                     [--as-of YYYY-MM-DD]\n"
               "  --preset check   5,000 apps, 40 units, 800 capabilities (bench/check.sh)\n"
               "  --preset large   50,000 apps, 200 units, 4,000 capabilities, 12,000 journeys,\n"
               "                   500 candidates (about 30 MB)\n"
               "  --shape families near-duplicate point products per unit with prices rounded\n"
               "                   to 500, platforms, unit-bound apps, suites, contract dates\n"
               "                   and a review date (default as-of 2026-01-15)\n",
               problem);
  std::exit(2);
}

long parse_count(const char* text, const char* option) {
  char* end = nullptr;
  errno = 0;
  const long value = std::strtol(text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || value < 0 || value > 10'000'000) {
    usage((std::string("bad value for ") + option).c_str());
  }
  return value;
}

// YYYY-MM-DD by its form only; appmix itself checks that the day exists.
bool is_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9')
      return false;
  }
  return true;
}

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view option = argv[i];
    if (i + 1 >= argc)
      usage("missing value");
    const char* value = argv[++i];
    if (option == "--apps")
      options.generator.apps = parse_count(value, argv[i - 1]);
    else if (option == "--units")
      options.generator.units = parse_count(value, argv[i - 1]);
    else if (option == "--capabilities")
      options.generator.capabilities = parse_count(value, argv[i - 1]);
    else if (option == "--journeys")
      options.generator.journeys = parse_count(value, argv[i - 1]);
    else if (option == "--candidates")
      options.generator.candidates = parse_count(value, argv[i - 1]);
    else if (option == "--seed")
      options.generator.seed = static_cast<std::uint64_t>(parse_count(value, argv[i - 1]));
    else if (option == "--shape" && std::string_view(value) == "standard")
      options.generator.shape = appmix::bench::Shape::standard;
    else if (option == "--shape" && std::string_view(value) == "families")
      options.generator.shape = appmix::bench::Shape::families;
    else if (option == "--as-of" && is_date(value))
      options.generator.as_of = value;
    else if (option == "--split")
      options.split = value;
    else if (option == "--preset" && std::string_view(value) == "check") {
      options.generator.apps = 5000, options.generator.units = 40,
      options.generator.capabilities = 800;
    } else if (option == "--preset" && std::string_view(value) == "large") {
      options.generator.apps = 50000, options.generator.units = 200,
      options.generator.capabilities = 4000;
      options.generator.journeys = 12000, options.generator.candidates = 500;
    } else {
      usage((std::string("unknown option or preset: ") + argv[i - 1] + " " + value).c_str());
    }
  }
  if (options.generator.units < 1)
    usage("--units must be at least 1");
  return options;
}

bool finish(std::FILE* file, const std::string& name) {
  const bool ok = std::fflush(file) == 0 && !std::ferror(file);
  if (file != stdout)
    std::fclose(file);
  if (!ok)
    std::fprintf(stderr, "gen_inventory: cannot write %s\n", name.c_str());
  return ok;
}

// One directory inventory: settings and policies, the shared capability map,
// one file of apps per business unit, candidates and journeys.
bool write_split(InventoryGenerator& generator, const Options& options) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::create_directories(fs::path(options.split) / "units", error);
  if (error) {
    std::fprintf(stderr, "gen_inventory: cannot create %s: %s\n", options.split.c_str(),
                 error.message().c_str());
    return false;
  }
  bool ok = true;
  auto write = [&](const fs::path& path, auto&& body) {
    std::FILE* file = std::fopen(path.c_str(), "w");
    if (file == nullptr) {
      std::fprintf(stderr, "gen_inventory: cannot open %s\n", path.c_str());
      ok = false;
      return;
    }
    Writer out(file);
    body(out);
    ok = finish(file, path.string()) && ok;
  };
  const fs::path root(options.split);
  write(root / "inventory.yaml", [&](Writer& out) { generator.header(out, true); });
  write(root / "capabilities.yaml", [&](Writer& out) { generator.capabilities(out); });
  const std::vector<std::string> parts = generator.apps_by_unit();
  for (long u = 0; u < options.generator.units; ++u) {
    write(root / "units" / (generator.unit_id(u) + ".yaml"),
          [&](Writer& out) { std::fputs(parts[u].c_str(), out.file()); });
  }
  write(root / "candidates.yaml", [&](Writer& out) { generator.candidates(out); });
  write(root / "journeys.yaml", [&](Writer& out) { generator.journeys(out); });
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  InventoryGenerator generator(options.generator);
  generator.plan_apps();
  if (!options.split.empty())
    return write_split(generator, options) ? 0 : 1;
  Writer out(stdout);
  generator.header(out, false);
  generator.capabilities(out);
  generator.apps(out);
  generator.candidates(out);
  generator.journeys(out);
  generator.policies(out);
  return finish(stdout, "standard output") ? 0 : 1;
}
