// The one id namespace (no id defined twice, across all kinds) and the
// references between items: each must name an item of the right kind.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "base/suggest.h"
#include "inventory/build.h"

namespace appmix::inventory {
namespace {

enum class Kind { unit, channel, capability, app, candidate, journey };
constexpr std::size_t kKinds = 6;

std::string_view kind_name(Kind kind) {
  static constexpr std::array<std::string_view, kKinds> kNames = {
      "business unit", "channel", "capability", "app", "candidate", "journey"};
  return kNames[static_cast<std::size_t>(kind)];
}

std::string with_article(Kind kind) {
  const std::string_view name = kind_name(kind);
  const bool vowel = name.front() == 'a' || name.front() == 'e' || name.front() == 'i' ||
                     name.front() == 'o' || name.front() == 'u';
  return fmt::format("{} {}", vowel ? "an" : "a", name);
}

// The top-level section that defines items of `kind`.
std::string_view section_name(Kind kind) {
  static constexpr std::array<std::string_view, kKinds> kSections = {
      "business_units", "channels", "capabilities", "apps", "candidates", "journeys"};
  return kSections[static_cast<std::size_t>(kind)];
}

struct Definition {
  std::string_view id;
  Kind kind;
  const base::Location* location;
};

// Every definition with an id, in source order (file, line, column), so that
// "first" means first in the files as the user reads them.
std::vector<Definition> definitions(const Inventory& inventory) {
  std::vector<Definition> all;
  auto add = [&all](const auto& items, Kind kind) {
    for (const auto& item : items) {
      if (!item.id.empty())
        all.push_back({item.id, kind, &item.location});
    }
  };
  add(inventory.business_units, Kind::unit);
  add(inventory.channels, Kind::channel);
  add(inventory.capabilities, Kind::capability);
  add(inventory.apps, Kind::app);
  add(inventory.candidates, Kind::candidate);
  add(inventory.journeys, Kind::journey);
  std::stable_sort(all.begin(), all.end(), [](const Definition& a, const Definition& b) {
    return std::tie(a.location->file, a.location->line, a.location->column) <
           std::tie(b.location->file, b.location->line, b.location->column);
  });
  return all;
}

class Resolver {
 public:
  explicit Resolver(const Inventory& inventory) {
    for (const Definition& definition : definitions(inventory)) {
      if (kinds_.emplace(std::string(definition.id), definition.kind).second) {
        ids_[static_cast<std::size_t>(definition.kind)].emplace_back(definition.id);
      }
    }
    for (auto& ids : ids_)
      std::sort(ids.begin(), ids.end());
  }

  // `expected` lists the kinds the reference may name; the first one names
  // the reference in messages.
  void check(const Reference& reference, std::initializer_list<Kind> expected,
             base::Diagnostics& out) const {
    const auto found = kinds_.find(reference.id);
    const Kind wanted = *expected.begin();
    if (found != kinds_.end()) {
      if (std::find(expected.begin(), expected.end(), found->second) != expected.end())
        return;
      auto diagnostic =
          base::make_diagnostic("unknown-reference", reference.location,
                                fmt::format("'{}' is {}, not {}", reference.id,
                                            with_article(found->second), with_article(wanted)));
      diagnostic.help = fmt::format("Name {} defined under '{}' here.", with_article(wanted),
                                    section_name(wanted));
      out.push_back(std::move(diagnostic));
      return;
    }
    std::vector<std::string> candidates;
    for (Kind kind : expected) {
      const auto& ids = ids_[static_cast<std::size_t>(kind)];
      candidates.insert(candidates.end(), ids.begin(), ids.end());
    }
    std::sort(candidates.begin(), candidates.end());
    std::string message = fmt::format("unknown {} '{}'", kind_name(wanted), reference.id);
    const std::string define = fmt::format("define {} '{}' under '{}'", kind_name(wanted),
                                           reference.id, section_name(wanted));
    std::string help;
    if (wanted == Kind::unit && reference.id == "all") {
      message += " (write all without brackets to mean every business unit)";
      help = "Write 'business_units: all' without brackets, or list business unit ids.";
    } else if (auto match = base::closest_match(reference.id, candidates)) {
      message += fmt::format(" (did you mean '{}'?)", *match);
      help = fmt::format("Change it to '{}', or {}.", *match, define);
    } else if (candidates.empty()) {
      help = fmt::format("No {} is defined yet: {}.", kind_name(wanted), define);
    } else {
      help = fmt::format("Name one of the {} ids defined under '{}', or {}.", candidates.size(),
                         section_name(wanted), define);
    }
    auto diagnostic = base::make_diagnostic("unknown-reference", reference.location, message);
    diagnostic.help = std::move(help);
    out.push_back(std::move(diagnostic));
  }

  void check_all(const std::vector<Reference>& references, std::initializer_list<Kind> expected,
                 base::Diagnostics& out) const {
    for (const Reference& reference : references)
      check(reference, expected, out);
  }

 private:
  std::map<std::string, Kind> kinds_;  // first definition of each id
  std::array<std::vector<std::string>, kKinds> ids_;
};

}  // namespace

void check_unique_ids(const Inventory& inventory, base::Diagnostics& out) {
  std::map<std::string_view, const Definition*> first;
  const std::vector<Definition> all = definitions(inventory);
  for (const Definition& definition : all) {
    const auto [at, inserted] = first.emplace(definition.id, &definition);
    if (inserted)
      continue;
    const Definition& earlier = *at->second;
    auto diagnostic = base::make_diagnostic(
        "duplicate-id", *definition.location,
        // The message names no file: the note carries the first definition's
        // place, so SARIF and JSON stay free of the machine's paths.
        fmt::format("duplicate id '{}': {} '{}' is already defined as {}", definition.id,
                    kind_name(definition.kind), definition.id, with_article(earlier.kind)));
    diagnostic.notes.push_back(
        base::Note{*earlier.location, "first defined here", base::Span::rest_of_line});
    out.push_back(std::move(diagnostic));
  }
}

void check_references(const Inventory& inventory, base::Diagnostics& out) {
  const Resolver resolver(inventory);
  for (const Capability& capability : inventory.capabilities) {
    if (capability.parent)
      resolver.check(*capability.parent, {Kind::capability}, out);
    if (capability.needed_by)
      resolver.check_all(capability.needed_by->units, {Kind::unit}, out);
    resolver.check_all(capability.channels, {Kind::channel}, out);
  }
  for (const App& app : inventory.apps) {
    resolver.check_all(app.business_units.units, {Kind::unit}, out);
    resolver.check_all(app.capabilities, {Kind::capability}, out);
    resolver.check_all(app.channels, {Kind::channel}, out);
    resolver.check_all(app.integrations, {Kind::app}, out);
  }
  for (const Candidate& candidate : inventory.candidates) {
    resolver.check_all(candidate.capabilities, {Kind::capability}, out);
    resolver.check_all(candidate.channels, {Kind::channel}, out);
    resolver.check_all(candidate.integrations, {Kind::app, Kind::candidate}, out);
  }
  for (const Journey& journey : inventory.journeys) {
    if (journey.business_unit)
      resolver.check(*journey.business_unit, {Kind::unit}, out);
    for (const JourneyStep& step : journey.steps) {
      if (step.channel)
        resolver.check(*step.channel, {Kind::channel}, out);
      resolver.check_all(step.capabilities, {Kind::capability}, out);
      resolver.check_all(step.apps, {Kind::app}, out);
    }
  }
  for (const MaxProviders& limit : inventory.policies.max_providers) {
    resolver.check(limit.capability, {Kind::capability}, out);
  }
}

}  // namespace appmix::inventory
