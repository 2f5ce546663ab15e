#include "inventory/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "inventory/build.h"
#include "inventory/yaml_reader.h"

namespace appmix::inventory {
namespace {

struct RequiredSection {
  std::string_view key;
  std::string_view meaning;
};
constexpr std::array<RequiredSection, 4> kRequired = {{
    {"organisation", "the name shown in reports"},
    {"business_units", "the business units"},
    {"capabilities", "the capability map"},
    {"apps", "the applications in use today"},
}};

void check_required_sections(std::span<const PartSettings> parts, base::Diagnostics& out) {
  for (const RequiredSection& section : kRequired) {
    const bool present = std::any_of(parts.begin(), parts.end(), [&](const PartSettings& part) {
      return std::find(part.keys.begin(), part.keys.end(), section.key) != part.keys.end();
    });
    if (present)
      continue;
    auto diagnostic = base::make_diagnostic(
        "missing-key", parts.front().start,
        fmt::format("missing key '{}' at the top level ({})", section.key, section.meaning));
    diagnostic.help = fmt::format("Add '{}:' at the top level of one part.", section.key);
    // About the whole part, placed at its start: no token there is wrong.
    diagnostic.span = base::Span::character;
    out.push_back(std::move(diagnostic));
  }
}

}  // namespace

LoadResult load_inventory(const std::string& path) {
  return load_inventory_from_sources(discover_sources(path));
}

LoadResult load_inventory_from_sources(Sources sources) {
  return load_inventory_from_sources(
      std::move(sources),
      [](const SourceFile& file, std::size_t max_nodes) { return parse_yaml(file, max_nodes); });
}

LoadResult load_inventory_from_sources(Sources sources, const FileParser& parse) {
  LoadResult result;
  result.unreadable = sources.unreadable;
  base::Diagnostics& out = result.diagnostics;
  base::append(out, std::move(sources.diagnostics));

  // Parts whose tree could not be read leave holes that would make the
  // whole-inventory checks (missing keys, references) report noise.
  bool complete = !sources.unreadable && !sources.files.empty();
  std::vector<Node> roots;
  // Every part's tree is kept until all settings are merged, so the node limit
  // is shared by the whole directory: memory stays bounded however many files.
  std::size_t nodes_left = kMaxFileNodes;
  for (const SourceFile& file : sources.files) {
    ParsedFile parsed = parse(file, nodes_left);
    base::append(out, std::move(parsed.diagnostics));
    if (parsed.node_limit_reached) {
      complete = false;
      break;
    }
    nodes_left -= std::min(nodes_left, parsed.node_count);
    if (!parsed.root) {
      complete = false;
      continue;
    }
    if (!expect_map(*parsed.root, fmt::format("the top level of {}", file.path), out)) {
      complete = false;
      continue;
    }
    apply_merge_keys(*parsed.root, out);
    roots.push_back(std::move(*parsed.root));
  }

  std::vector<PartSettings> parts;
  for (const Node& root : roots)
    parts.push_back(read_settings(root, out));
  const Settings settings = merge_settings(parts, complete, out);

  Inventory inventory;
  inventory.version = static_cast<int>(settings.version);
  inventory.organisation = settings.organisation;
  inventory.currency = settings.money.currency;
  inventory.currency_exponent = settings.money.exponent.value_or(2);
  inventory.horizon_years = settings.horizon_years;
  inventory.as_of = settings.as_of;
  inventory.discount_rate = settings.discount_rate;
  inventory.notice_days = settings.notice_days;
  inventory.renewal_months = settings.renewal_months;
  inventory.integration_cost = settings.integration_cost;
  for (const Node& root : roots)
    build_part(root, settings.money, inventory, out);
  settle_max_providers(inventory.policies.max_providers, out);

  // Ids defined twice and parent cycles among the parts that were read are
  // real whatever an unread part holds; a missing section or an unknown
  // reference may be in the unread part, so those wait until all are read.
  check_unique_ids(inventory, out);
  check_parent_cycles(inventory, out);
  if (complete) {
    check_required_sections(parts, out);
    check_references(inventory, out);
  }

  base::sort_diagnostics(out);
  if (!base::has_errors(out) && complete)
    result.inventory = std::move(inventory);
  result.sources = std::move(sources.files);
  return result;
}

}  // namespace appmix::inventory
