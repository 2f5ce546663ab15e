#include "inventory/yaml_tags.h"

#include <array>
#include <string_view>

namespace appmix::inventory {
namespace {

constexpr std::string_view kCorePrefix = "tag:yaml.org,2002:";

}  // namespace

TagMeaning tag_meaning(std::string_view tag) {
  if (tag.empty())
    return TagMeaning::plain;
  if (tag == "!")
    return TagMeaning::text;
  if (!tag.starts_with(kCorePrefix))
    return TagMeaning::unsupported;
  const std::string_view name = tag.substr(kCorePrefix.size());
  if (name == "str")
    return TagMeaning::text;
  // The types of YAML 1.2's core schema; the YAML 1.1 extras (!!timestamp,
  // !!binary, !!set, !!omap, ...) are not part of the format.
  static constexpr std::array<std::string_view, 6> kCoreTypes = {"int",  "float", "bool",
                                                                 "null", "map",   "seq"};
  for (const std::string_view type : kCoreTypes) {
    if (name == type)
      return TagMeaning::core_type;
  }
  return TagMeaning::unsupported;
}

std::string display_tag(std::string_view tag) {
  if (tag.starts_with(kCorePrefix))
    return "!!" + std::string(tag.substr(kCorePrefix.size()));
  if (tag.starts_with("!"))
    return std::string(tag);
  return "!<" + std::string(tag) + ">";  // a verbatim tag
}

}  // namespace appmix::inventory
