// What a YAML tag means to the inventory format. The format is plain YAML
// without tags; a tag from YAML's core schema either restates a type (which
// is harmless: `!!int 5` is the number 5) or marks a scalar as text
// (`!!str 5`), and any other tag is ignored with a warning. This file knows
// the tag strings as yaml-cpp reports them, not yaml-cpp itself.
#pragma once

#include <string>
#include <string_view>

namespace appmix::inventory {

enum class TagMeaning {
  plain,        // no tag on a plain scalar or a collection: typed by its text
  text,         // quoted, block scalar, "!" or "!!str": the author wrote text
  core_type,    // !!int, !!float, !!bool, !!null, !!map, !!seq: read as untagged
  unsupported,  // any other tag: read as untagged, with a warning
};

// `tag` as yaml-cpp's event parser reports it: "?" for a plain node, "!" for
// a quoted or block scalar (or the non-specific tag), else the resolved tag
// ("tag:yaml.org,2002:int" for !!int, "!custom" for a local tag).
TagMeaning tag_meaning(std::string_view tag);

// The tag as the user wrote it in its short form: "!!int", "!custom".
std::string display_tag(std::string_view tag);

}  // namespace appmix::inventory
