// Builds seeded, valid appmix inventories of any size for benchmarks and load
// tests: a capability tree (domains, groups, leaves), apps per business unit
// that overlap within and across units, contact-centre-style candidate
// suites, journeys and policies, with believable costs, dates and data
// classes. The same options give the same bytes on every platform (own
// splitmix64 engine, integer arithmetic only, no <random> distributions,
// whose output differs between standard libraries). It knows nothing of
// appmix's own code, so it builds even when the tool does not; it does not
// know about files either (gen_inventory.cc decides where each part goes).
//
// Two shapes. `standard` (the default, byte-identical across versions: tests
// and bench/check.sh depend on it) spreads apps over the whole map.
// `families` follows the description of a real portfolio on which the
// solver stalled (issue 17): per unit, families of near-duplicate unit-bound
// point products (each a family's leaves but one, priced within a fifth of
// the family's log-uniform price and rounded to 500, so many columns cost the
// same); a few shareable platforms; some leaves needing 2 providers or a
// channel; suite candidates; contract ends on quarter ends (2026-2027, with
// notice and renewal terms) and a review date, so the Time money is on.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace appmix::bench {

enum class Shape { standard, families };

struct GeneratorOptions {
  Shape shape = Shape::standard;
  std::string as_of;  // review date YYYY-MM-DD; empty: none (families: 2026-01-15)
  long apps = 1000;
  long units = 10;
  long capabilities = 200;
  long journeys = -1;    // default: apps / 50
  long candidates = -1;  // default: apps / 100, at least 1
  std::uint64_t seed = 1;
};

// One line of YAML at a time to a FILE*; errors are checked when it closes.
class Writer {
 public:
  explicit Writer(std::FILE* file) : file_(file) {}
  void line(const std::string& text) {
    std::fputs(text.c_str(), file_);
    std::fputc('\n', file_);
  }
  std::FILE* file() const { return file_; }

 private:
  std::FILE* file_;
};

class Random;

// Each section writer emits one top-level key with its list. Call plan_apps()
// before journeys(): journeys pick steps from the apps' capabilities.
class InventoryGenerator {
 public:
  explicit InventoryGenerator(const GeneratorOptions& options);
  void header(Writer& out, bool with_policies);
  void capabilities(Writer& out);
  // Every app in id order.
  void apps(Writer& out);
  // The same apps grouped by home unit, one YAML part per unit, in one pass.
  std::vector<std::string> apps_by_unit();
  void candidates(Writer& out);
  void journeys(Writer& out);
  void policies(Writer& out);
  // Runs the app generator once without output so journeys can refer to
  // apps' capabilities and units (the two passes draw identical values).
  void plan_apps();
  std::string unit_id(long u) const;

 private:
  // A family of near-duplicate point products (families shape): a few
  // leaves of one group that every member provides but one, some members one
  // more.
  struct Family {
    int group = 0;
    std::vector<int> leaves;
    int extra = 0;             // a leaf some members add
    std::int64_t price = 0;    // annual, cents; members cost within a fifth of it
    std::string contract_end;  // of the members bought in one deal
  };

  struct Capability {
    std::string id;
    std::string name;
    int domain = 0;
    int parent = -1;  // index into capabilities_
    bool leaf = false;
  };

  static std::string app_id(long a);
  void build_capabilities();
  void build_families();
  long draw_home(Random& random) const;
  // The families shape's counterpart of app_lines (same contract).
  std::vector<std::string> family_app_lines(Random& random, long a, long home, bool record);
  // The leaf keys of the families shape: min_providers and channels.
  void family_capability_lines(Writer& out, Random& random);
  void family_candidates(Writer& out, long count);
  bool families() const { return options_.shape == Shape::families; }
  int pick_group(Random& random);
  // Rewrites `    key: [a, b]` and `    key: {x: 1}` lines of one app in
  // block style.
  static std::vector<std::string> block_form(const std::vector<std::string>& lines);
  std::string capability_list(const std::vector<int>& indices) const;
  // The YAML lines of app `a`. Draws the same values whatever `record` says,
  // so the planning pass and the writing pass agree.
  std::vector<std::string> app_lines(Random& random, long a, long home, bool record);

  GeneratorOptions options_;
  int unit_width_ = 1;
  std::vector<Capability> capabilities_;
  std::vector<int> groups_;
  std::vector<int> leaves_;
  std::vector<std::vector<int>> leaves_of_group_;
  std::vector<Family> families_;
  std::vector<std::vector<int>> families_of_unit_;  // indices into families_
  std::vector<long> app_home_;
  std::vector<std::vector<int>> app_capabilities_;
};

}  // namespace appmix::bench
