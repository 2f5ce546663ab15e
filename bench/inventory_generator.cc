#include "inventory_generator.h"

#include <algorithm>
#include <string_view>

namespace appmix::bench {

// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and fully specified.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n) by rejection, so no modulo bias.
  std::uint64_t below(std::uint64_t n) {
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x;
    do {
      x = next();
    } while (x >= limit);
    return x % n;
  }
  std::int64_t between(std::int64_t lo, std::int64_t hi) {  // inclusive
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
  bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }
  // Skewed towards 0: the minimum of two uniform draws.
  std::uint64_t skewed(std::uint64_t n) { return std::min(below(n), below(n)); }

 private:
  std::uint64_t state_;
};

namespace {

const std::vector<std::string_view> kChannels = {"web",  "mobile", "phone", "email",
                                                 "chat", "social", "store"};
const std::vector<std::string_view> kDomains = {"service",   "feedback", "marketing", "commerce",
                                                "analytics", "identity", "billing",   "content"};
const std::vector<std::string_view> kVendors = {
    "Nimbus Software", "VoxLine",     "QualiSurvey",    "Chatterbox",       "MailStream",
    "Unify",           "Parlance AI", "Rota Systems",   "Sonalytic",        "Radarly",
    "Knowly",          "OpenFlow",    "VeriID",         "SignRight",        "BookMe",
    "InsightTrack",    "Lumen",       "Orbit Software", "GenVoice",         "Helix",
    "Converso",        "Dispatchly",  "Invoxa",         "Keystone Identity"};
const std::vector<std::string_view> kQualifiers = {
    "for Customer Care", "for Field Sales", "EMEA",    "Retail Edition", "Partner Portal",
    "Enterprise",        "for Branches",    "Nordics", "Self-Service",   "Contact Centre",
    "Marketing Edition", "Back Office"};
const std::vector<std::string_view> kTeams = {
    "Digital channels",           "Customer care platform", "Marketing operations", "Data office",
    "Contact centre engineering", "Customer insight",       "Sales operations",     "Group IT"};
const std::vector<std::string_view> kNouns = {"Desk",  "Hub",  "Cloud", "Suite", "Portal",
                                              "Pulse", "Flow", "Core",  "Point", "Connect"};

std::string padded(long value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width)
    digits.insert(0, width - digits.size(), '0');
  return digits;
}

// Money in minor units (cents) as a plain decimal: 1200, 1200.5 never; 1200.50.
std::string money(std::int64_t cents) {
  if (cents % 100 == 0)
    return std::to_string(cents / 100);
  return std::to_string(cents / 100) + "." + padded(cents % 100, 2);
}

// Families shape: a price in cents, log-uniform from `lowest` euros over
// `twentieths` twentieths of a decade, rounded to 500 euros (at least 500), so
// that cheap products share a handful of prices, as quotes do.
std::int64_t rounded_price(Random& random, std::int64_t lowest, int twentieths) {
  // 1000 * 10^(k/20), k = 0..20.
  static const std::int64_t kSteps[21] = {1000, 1122, 1259, 1413, 1585, 1778, 1995,
                                          2239, 2512, 2818, 3162, 3548, 3981, 4467,
                                          5012, 5623, 6310, 7079, 7943, 8913, 10000};
  const auto k = static_cast<int>(random.below(static_cast<std::uint64_t>(twentieths)));
  std::int64_t euros = lowest;
  for (int d = 0; d < k / 20; ++d)
    euros *= 10;
  const int step = k % 20;
  const std::int64_t mantissa =
      kSteps[step] + static_cast<std::int64_t>(
                         random.below(static_cast<std::uint64_t>(kSteps[step + 1] - kSteps[step])));
  euros = euros * mantissa / 1000;
  return std::max<std::int64_t>(500, (euros + 250) / 500 * 500) * 100;
}

// A share of a price in cents, rounded down to 500 euros.
std::int64_t rounded_share(std::int64_t cents, std::int64_t percent) {
  return cents * percent / 100 / 50'000 * 50'000;
}

// Contracts end on quarter ends, as most do, 2026-2027.
std::string quarter_end(Random& random) {
  static const char* const kQuarterEnds[4] = {"03-31", "06-30", "09-30", "12-31"};
  const auto q = random.below(8);
  return std::to_string(2026 + q / 4) + "-" + kQuarterEnds[q % 4];
}

}  // namespace

InventoryGenerator::InventoryGenerator(const GeneratorOptions& options) : options_(options) {
  unit_width_ = static_cast<int>(std::to_string(options.units).size());
  if (families() && options_.as_of.empty())
    options_.as_of = "2026-01-15";
  build_capabilities();
  if (families())
    build_families();
}

void InventoryGenerator::header(Writer& out, bool with_policies) {
  out.line("# Generated by bench/gen_inventory --apps " + std::to_string(options_.apps) +
           " --units " + std::to_string(options_.units) + " --capabilities " +
           std::to_string(options_.capabilities) + " --seed " + std::to_string(options_.seed) +
           (families() ? " --shape families" : "") +
           (options_.as_of.empty() ? "" : " --as-of " + options_.as_of));
  out.line("appmix: 1");
  out.line("organisation: Generated Group " + std::to_string(options_.seed));
  out.line("currency: EUR");
  out.line("horizon_years: 3");
  if (!options_.as_of.empty())
    out.line("as_of: " + options_.as_of);
  if (families())
    out.line("notice_days: 90");
  out.line("business_units:");
  for (long u = 0; u < options_.units; ++u) {
    out.line("  - id: " + unit_id(u));
    out.line("    name: Business unit " + std::to_string(u + 1));
  }
  out.line("channels:");
  for (const auto channel : kChannels) {
    out.line("  - id: " + std::string(channel));
    out.line("    name: Channel " + std::string(channel));
  }
  if (with_policies)
    policies(out);
}

void InventoryGenerator::capabilities(Writer& out) {
  out.line("capabilities:");
  Random random(options_.seed ^ 0xc0ffee);
  for (const auto& capability : capabilities_) {
    out.line("  - id: " + capability.id);
    out.line("    name: " + capability.name);
    if (capability.parent >= 0)
      out.line("    parent: " + capabilities_[capability.parent].id);
    out.line("    domain: " + std::string(kDomains[capability.domain]));
    if (kDomains[capability.domain] == "feedback") {
      out.line("    data: x-data");
    } else if (random.chance(40)) {
      out.line("    data: o-data");
    }
    if (!capability.leaf)
      continue;
    if (families()) {
      family_capability_lines(out, random);
      continue;
    }
    const auto roll = random.below(100);
    if (roll < 4) {
      out.line("    needed_by: all");
    } else if (roll < 12) {
      out.line("    needed_by: [" + unit_id(random.below(options_.units)) + "]");
    }
    if (random.chance(2))
      out.line("    min_providers: 2");
    if (random.chance(8)) {
      out.line("    channels: [" + std::string(kChannels[random.below(3)]) + "]");
    }
  }
}

void InventoryGenerator::apps(Writer& out) {
  out.line(options_.apps == 0 ? "apps: []" : "apps:");
  Random random(options_.seed ^ 0xa995);
  for (long a = 0; a < options_.apps; ++a) {
    const long home = draw_home(random);
    for (const auto& text : app_lines(random, a, home, false))
      out.line(text);
  }
}

std::vector<std::string> InventoryGenerator::apps_by_unit() {
  std::vector<std::string> parts(options_.units);
  Random random(options_.seed ^ 0xa995);
  for (long a = 0; a < options_.apps; ++a) {
    const long home = draw_home(random);
    for (const auto& text : app_lines(random, a, home, false)) {
      parts[home] += text;
      parts[home] += '\n';
    }
  }
  for (auto& part : parts)
    part.insert(0, part.empty() ? "apps: []\n" : "apps:\n");
  return parts;
}

void InventoryGenerator::candidates(Writer& out) {
  const long count =
      options_.candidates >= 0 ? options_.candidates : std::max(1L, options_.apps / 100);
  if (count == 0)
    return;
  if (families()) {
    family_candidates(out, count);
    return;
  }
  out.line("candidates:");
  Random random(options_.seed ^ 0xca9d);
  for (long c = 0; c < count; ++c) {
    const int group = pick_group(random);
    const auto& leaves = leaves_of_group_[group];
    std::vector<int> chosen;
    const int size = static_cast<int>(std::min<std::size_t>(leaves.size(), 5 + random.below(11)));
    for (int i = 0; i < size; ++i)
      chosen.push_back(leaves[(i * 7 + c) % leaves.size()]);
    chosen.push_back(leaves_[random.below(leaves_.size())]);
    out.line("  - id: cand-" + padded(c + 1, 5));
    out.line("    name: " + std::string(kVendors[c % kVendors.size()]) + " " +
             std::string(kDomains[capabilities_[group].domain]) + " suite");
    out.line("    vendor: " + std::string(kVendors[c % kVendors.size()]));
    out.line("    capabilities: [" + capability_list(chosen) + "]");
    out.line("    channels: [web, phone, chat]");
    out.line("    cost: {annual: " + money(random.between(5'000'000, 90'000'000)) +
             ", acquire: " + money(random.between(1'000'000, 50'000'000)) + "}");
    out.line("    fit: {functional: " + std::to_string(random.between(3, 5)) +
             ", technical: " + std::to_string(random.between(3, 5)) + "}");
    out.line("    owner: Group IT");
  }
}

void InventoryGenerator::journeys(Writer& out) {
  const long count = options_.journeys >= 0 ? options_.journeys : options_.apps / 50;
  if (count == 0 || options_.apps == 0)
    return;
  out.line("journeys:");
  Random random(options_.seed ^ 0x70a7);
  for (long j = 0; j < count; ++j) {
    out.line("  - id: journey-" + padded(j + 1, 5));
    out.line("    name: Customer journey " + std::to_string(j + 1));
    out.line("    business_unit: " + unit_id(app_home_[random.below(options_.apps)]));
    out.line("    steps:");
    const long steps = random.between(2, 7);
    for (long s = 0; s < steps; ++s) {
      const long app = static_cast<long>(random.below(options_.apps));
      const auto& provided = app_capabilities_[app];
      out.line("      - name: Step " + std::to_string(s + 1));
      if (random.chance(70)) {
        out.line("        channel: " + std::string(kChannels[random.below(kChannels.size())]));
      }
      out.line("        capabilities: [" + capabilities_[provided.front()].id + "]");
      out.line("        apps: [" + app_id(app) + "]");
    }
  }
}

void InventoryGenerator::policies(Writer& out) {
  out.line("policies:");
  out.line("  max_providers:");
  int written = 0;
  for (const int leaf : leaves_) {
    if (kDomains[capabilities_[leaf].domain] != "feedback")
      continue;
    out.line("    " + capabilities_[leaf].id + ": 1");
    if (++written == 3)
      break;
  }
  if (written == 0)
    out.line("    " + capabilities_[leaves_.front()].id + ": 2");
  out.line("  personal_data_requires_sanctioned: true");
  out.line("  max_systems_per_journey: 6");
  out.line("  require_owner: true");
}

void InventoryGenerator::plan_apps() {
  Random random(options_.seed ^ 0xa995);
  app_home_.clear();
  app_capabilities_.clear();
  for (long a = 0; a < options_.apps; ++a) {
    const long home = draw_home(random);
    app_lines(random, a, home, true);
  }
}

std::string InventoryGenerator::unit_id(long u) const {
  return "bu-" + padded(u + 1, unit_width_);
}

std::string InventoryGenerator::app_id(long a) {
  return "app-" + padded(a + 1, 6);
}

void InventoryGenerator::build_capabilities() {
  // Domains, then groups of ~12 leaves under them, until the count is met.
  const long total = std::max(options_.capabilities, static_cast<long>(kDomains.size()) * 3);
  for (std::size_t d = 0; d < kDomains.size(); ++d) {
    capabilities_.push_back({std::string(kDomains[d]), "Domain " + std::string(kDomains[d]),
                             static_cast<int>(d), -1, false});
  }
  long group_count = std::max<long>(static_cast<long>(kDomains.size()), (total - 8) / 13);
  for (long g = 0; g < group_count; ++g) {
    const int domain = static_cast<int>(g % kDomains.size());
    capabilities_.push_back({std::string(kDomains[domain]) + ".g" + padded(g + 1, 4),
                             "Capability group " + std::to_string(g + 1), domain, domain, false});
    groups_.push_back(static_cast<int>(capabilities_.size()) - 1);
  }
  leaves_of_group_.resize(capabilities_.size());
  for (long l = 0; static_cast<long>(capabilities_.size()) < total; ++l) {
    const int group = groups_[l % groups_.size()];
    Capability leaf{capabilities_[group].id + ".c" + padded(l + 1, 5),
                    "Capability " + std::to_string(l + 1), capabilities_[group].domain, group,
                    true};
    capabilities_.push_back(std::move(leaf));
    const int index = static_cast<int>(capabilities_.size()) - 1;
    leaves_.push_back(index);
    leaves_of_group_[group].push_back(index);
  }
}

int InventoryGenerator::pick_group(Random& random) {
  // Popular groups (service, feedback) attract more apps, as in real portfolios.
  for (;;) {
    const int group = groups_[random.skewed(groups_.size())];
    if (!leaves_of_group_[group].empty())
      return group;
  }
}

std::vector<std::string> InventoryGenerator::block_form(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) {
    const auto colon = line.find(": ");
    const bool flow = colon != std::string::npos && colon + 2 < line.size() &&
                      (line[colon + 2] == '[' || line[colon + 2] == '{') &&
                      line.rfind("    ", 0) == 0;
    if (!flow) {
      out.push_back(line);
      continue;
    }
    const bool list = line[colon + 2] == '[';
    out.push_back(line.substr(0, colon + 1));
    const std::string inner = line.substr(colon + 3, line.size() - colon - 4);
    std::size_t start = 0;
    while (start < inner.size()) {
      std::size_t end = inner.find(", ", start);
      if (end == std::string::npos)
        end = inner.size();
      out.push_back((list ? "      - " : "      ") + inner.substr(start, end - start));
      start = end + 2;
    }
  }
  return out;
}

std::string InventoryGenerator::capability_list(const std::vector<int>& indices) const {
  std::vector<int> unique = indices;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  std::string text;
  for (const int index : unique) {
    if (!text.empty())
      text += ", ";
    text += capabilities_[index].id;
  }
  return text;
}

std::vector<std::string> InventoryGenerator::app_lines(Random& random, long a, long home,
                                                       bool record) {
  if (families())
    return family_app_lines(random, a, home, record);
  std::vector<std::string> lines;
  // About a third of the apps are written in block style, as people do,
  // so both of the YAML parser's paths are exercised.
  const bool block_style = random.chance(35);
  const std::string vendor(kVendors[random.below(kVendors.size())]);
  const std::string noun(kNouns[random.below(kNouns.size())]);
  const std::string qualifier(kQualifiers[random.below(kQualifiers.size())]);
  lines.push_back("  - id: " + app_id(a));
  lines.push_back("    name: " + vendor + " " + noun + " " + qualifier + " " +
                  std::to_string(a + 1));
  if (!random.chance(6))
    lines.push_back("    vendor: " + vendor);

  std::string units = unit_id(home);
  const auto spread = random.below(100);
  if (spread < 2) {
    units = "all";
  } else if (spread < 30) {
    for (int extra = static_cast<int>(random.between(1, 3)); extra > 0; --extra) {
      const long other = static_cast<long>(random.below(options_.units));
      if (other != home && units.find(unit_id(other)) == std::string::npos) {
        units += ", " + unit_id(other);
      }
    }
  }
  lines.push_back(units == "all" ? "    business_units: all"
                                 : "    business_units: [" + units + "]");

  const int group = pick_group(random);
  const auto& leaves = leaves_of_group_[group];
  std::vector<int> provided;
  for (int n = static_cast<int>(random.between(1, 5)); n > 0; --n) {
    provided.push_back(leaves[random.skewed(leaves.size())]);
  }
  if (random.chance(15))
    provided.push_back(leaves_[random.below(leaves_.size())]);
  std::sort(provided.begin(), provided.end());
  provided.erase(std::unique(provided.begin(), provided.end()), provided.end());
  lines.push_back("    capabilities: [" + capability_list(provided) + "]");
  if (random.chance(70)) {
    std::string channels(kChannels[random.below(4)]);
    const std::string_view second = kChannels[random.below(4)];
    if (random.chance(40) && channels != second)
      channels += ", " + std::string(second);
    lines.push_back("    channels: [" + channels + "]");
  }
  // Annual cost in cents, log-spread: most apps cost thousands or tens of
  // thousands a year, a few platforms cost millions.
  const auto decade = random.below(100);
  const std::int64_t annual = decade < 20   ? random.between(100'000, 1'000'000)
                              : decade < 65 ? random.between(1'000'000, 10'000'000)
                              : decade < 95 ? random.between(10'000'000, 100'000'000)
                                            : random.between(100'000'000, 250'000'000);
  const bool cents = random.chance(10);
  const std::int64_t retire = annual * random.between(0, 80) / 100 / 100 * 100;
  lines.push_back("    cost: {annual: " + money(cents ? annual : annual / 100 * 100) +
                  ", retire: " + money(retire) + "}");
  if (random.chance(50))
    lines.push_back("    users: " + std::to_string(random.between(5, 20000)));
  const auto life = random.below(100);
  if (life < 8)
    lines.push_back("    lifecycle: phase-out");
  else if (life < 11)
    lines.push_back("    lifecycle: end-of-life");
  else if (life < 13)
    lines.push_back("    lifecycle: plan");
  if (random.chance(80)) {
    const int year = static_cast<int>(random.between(2027, 2029));
    const int month = static_cast<int>(random.between(1, 12));
    const int day = static_cast<int>(random.between(1, 28));
    lines.push_back("    contract_end: " + std::to_string(year) + "-" + padded(month, 2) + "-" +
                    padded(day, 2));
  }
  const bool shadow = random.chance(8);
  if (shadow)
    lines.push_back("    sanctioned: false");
  std::string data = random.chance(60) ? "personal" : "";
  if (kDomains[capabilities_[group].domain] == "feedback")
    data += data.empty() ? "x-data" : ", x-data";
  else if (random.chance(50))
    data += data.empty() ? "o-data" : ", o-data";
  if (!data.empty())
    lines.push_back("    data: [" + data + "]");
  if (a > 0 && random.chance(50)) {
    std::string links;
    for (int n = static_cast<int>(random.between(1, 4)); n > 0; --n) {
      const std::string other = app_id(static_cast<long>(random.below(a)));
      if (links.find(other) == std::string::npos)
        links += (links.empty() ? "" : ", ") + other;
    }
    lines.push_back("    integrations: [" + links + "]");
  }
  if (random.chance(70)) {
    lines.push_back("    fit: {functional: " + std::to_string(random.between(1, 5)) +
                    ", technical: " + std::to_string(random.between(1, 5)) + "}");
  }
  const auto origin = random.below(100);
  lines.push_back(std::string("    origin: ") + (shadow || origin < 15 ? "bu-purchase"
                                                 : origin < 30         ? "acquisition"
                                                 : origin < 45         ? "built"
                                                                       : "purchase"));
  if (random.chance(10))
    lines.push_back("    shareable: false");
  if (random.chance(3))
    lines.push_back("    locked: true");
  if (!random.chance(5)) {
    lines.push_back("    owner: " + std::string(kTeams[random.below(kTeams.size())]) + " team " +
                    std::to_string(random.between(1, 60)));
  }

  if (block_style)
    lines = block_form(lines);
  if (record) {
    app_home_.push_back(home);
    app_capabilities_.push_back(std::move(provided));
  }
  return lines;
}

// ---- The families shape ----------------------------------------------------

long InventoryGenerator::draw_home(Random& random) const {
  // Standard: skewed (a few big units). Families: every unit has its own
  // families of near-duplicates, so units are drawn evenly.
  return static_cast<long>(families() ? random.below(options_.units)
                                      : random.skewed(options_.units));
}

void InventoryGenerator::build_families() {
  Random random(options_.seed ^ 0xfa41);
  const long count = std::max<long>(8, static_cast<long>(leaves_.size()) / 2);
  for (long f = 0; f < count; ++f) {
    Family family;
    family.group = pick_group(random);
    const auto& leaves = leaves_of_group_[family.group];
    for (int n = static_cast<int>(random.between(3, 5)); n > 0; --n)
      family.leaves.push_back(leaves[random.below(leaves.size())]);
    family.extra = leaves[random.below(leaves.size())];
    family.price = rounded_price(random, 2'000, 46);
    family.contract_end = quarter_end(random);
    std::sort(family.leaves.begin(), family.leaves.end());
    family.leaves.erase(std::unique(family.leaves.begin(), family.leaves.end()),
                        family.leaves.end());
    families_.push_back(std::move(family));
  }
  // Each unit buys within a quarter of the families, so at 20,000 apps a
  // unit holds about five near-duplicates of each of its families (at 5,000,
  // one or two).
  families_of_unit_.resize(options_.units);
  for (auto& mine : families_of_unit_) {
    for (long k = std::max<long>(1, count / 4); k > 0; --k)
      mine.push_back(static_cast<int>(random.below(families_.size())));
  }
}

void InventoryGenerator::family_capability_lines(Writer& out, Random& random) {
  if (random.chance(10))
    out.line("    min_providers: 2");
  if (random.chance(12))
    out.line("    channels: [" + std::string(kChannels[random.below(3)]) + "]");
}

std::vector<std::string> InventoryGenerator::family_app_lines(Random& random, long a, long home,
                                                              bool record) {
  std::vector<std::string> lines;
  const std::string vendor(kVendors[random.below(kVendors.size())]);
  const std::string noun(kNouns[random.below(kNouns.size())]);
  lines.push_back("  - id: " + app_id(a));
  lines.push_back("    name: " + vendor + " " + noun + " " + std::to_string(a + 1));
  lines.push_back("    vendor: " + vendor);
  std::vector<int> provided;
  std::int64_t annual = 0;
  bool unit_bound = false;
  bool same_deal = false;  // bought with the family's other members: same contract end
  std::string contract_end;
  if (random.chance(1)) {
    // A shareable platform (1 % of apps): about 40 % of a group's leaves,
    // sometimes of a second group too, listed for all units or several (as
    // it is shareable, it can serve every unit).
    std::string units = unit_id(home);
    if (random.chance(50)) {
      units = "all";
    } else {
      for (int extra = static_cast<int>(random.between(2, 5)); extra > 0; --extra) {
        const long other = static_cast<long>(random.below(options_.units));
        if (other != home && units.find(unit_id(other)) == std::string::npos)
          units += ", " + unit_id(other);
      }
    }
    lines.push_back(units == "all" ? "    business_units: all"
                                   : "    business_units: [" + units + "]");
    for (int groups = random.chance(30) ? 2 : 1; groups > 0; --groups) {
      for (const int leaf : leaves_of_group_[pick_group(random)]) {
        if (random.chance(40))
          provided.push_back(leaf);
      }
    }
    if (provided.empty())
      provided.push_back(leaves_[random.below(leaves_.size())]);
    lines.push_back("    channels: [web, mobile, phone, chat]");
    annual = rounded_price(random, 100'000, 30);
  } else {
    // A point product of one of the unit's families: usually the family's
    // leaves but one, so equal-priced near-duplicates overlap in a ring
    // (the LP takes half of each), sometimes all of them, sometimes one more.
    const auto& mine = families_of_unit_[home];
    const Family& family = families_[mine[random.skewed(mine.size())]];
    provided = family.leaves;
    if (provided.size() > 1 && !random.chance(5))
      provided.erase(provided.begin() + static_cast<long>(random.below(provided.size())));
    if (random.chance(30))
      provided.push_back(family.extra);
    lines.push_back("    business_units: [" + unit_id(home) + "]");
    std::string channels(kChannels[random.below(4)]);
    const std::string_view second = kChannels[random.below(4)];
    if (random.chance(40) && channels != second)
      channels += ", " + std::string(second);
    lines.push_back("    channels: [" + channels + "]");
    unit_bound = random.chance(99);
    // Near-duplicates are priced alike: within a fifth of the family's
    // price, rounded to 500, so the cheap ones mostly cost the same.
    const std::int64_t percent = random.chance(50) ? 100 : random.between(80, 120);
    annual = std::max<std::int64_t>(50'000, family.price * percent / 100 / 50'000 * 50'000);
    same_deal = random.chance(80);
    contract_end = family.contract_end;
  }
  std::sort(provided.begin(), provided.end());
  provided.erase(std::unique(provided.begin(), provided.end()), provided.end());
  lines.push_back("    capabilities: [" + capability_list(provided) + "]");
  static const std::int64_t kRetireShares[4] = {0, 10, 20, 50};
  lines.push_back("    cost: {annual: " + money(annual) + ", retire: " +
                  money(rounded_share(annual, kRetireShares[random.below(4)])) + "}");
  if (random.chance(85)) {
    const std::string own = quarter_end(random);
    lines.push_back("    contract_end: " + (same_deal ? contract_end : own));
    static const int kNotices[4] = {30, 60, 90, 180};
    if (random.chance(50))
      lines.push_back("    notice_days: " + std::to_string(kNotices[random.below(4)]));
    static const int kRenewals[3] = {12, 24, 36};
    if (random.chance(40))
      lines.push_back("    renewal_months: " + std::to_string(kRenewals[random.below(3)]));
  }
  if (unit_bound)
    lines.push_back("    shareable: false");
  if (random.chance(1))
    lines.push_back("    locked: true");
  lines.push_back("    fit: {functional: " + std::to_string(random.between(1, 5)) +
                  ", technical: " + std::to_string(random.between(1, 5)) + "}");
  lines.push_back("    origin: purchase");
  lines.push_back("    owner: " + std::string(kTeams[random.below(kTeams.size())]));
  if (record) {
    app_home_.push_back(home);
    app_capabilities_.push_back(std::move(provided));
  }
  return lines;
}

void InventoryGenerator::family_candidates(Writer& out, long count) {
  out.line("candidates:");
  Random random(options_.seed ^ 0x5a17e);
  for (long c = 0; c < count; ++c) {
    // A suite: every leaf of a group, half the time most of a second one.
    const int group = pick_group(random);
    std::vector<int> chosen;
    for (const int leaf : leaves_of_group_[group]) {
      if (random.chance(60))
        chosen.push_back(leaf);
    }
    if (chosen.empty())
      chosen.push_back(leaves_of_group_[group].front());
    const std::string vendor(kVendors[c % kVendors.size()]);
    const std::int64_t annual = rounded_price(random, 500'000, 26);
    out.line("  - id: cand-" + padded(c + 1, 5));
    out.line("    name: " + vendor + " " + std::string(kDomains[capabilities_[group].domain]) +
             " suite " + std::to_string(c + 1));
    out.line("    vendor: " + vendor);
    out.line("    capabilities: [" + capability_list(chosen) + "]");
    out.line("    channels: [web, mobile, phone, email, chat]");
    out.line("    cost: {annual: " + money(annual) +
             ", acquire: " + money(rounded_share(annual, random.between(50, 150))) + "}");
    out.line("    fit: {functional: " + std::to_string(random.between(3, 5)) +
             ", technical: " + std::to_string(random.between(3, 5)) + "}");
    out.line("    owner: Group IT");
  }
}

}  // namespace appmix::bench
