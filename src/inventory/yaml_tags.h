// What a YAML tag means to the inventory format. The format is plain YAML
// without tags; a tag from YAML's core schema either restates a type (which
// is harmless: `!!int 5` is the number 5) or marks a scalar as text
// (`!!str 5`), and any other tag is ignored with a warning. This file knows
// the tag strings as libyaml reports them, not libyaml itself.
#pragma once

#include <string>
#include <string_view>

namespace appmix::inventory {

enum class TagMeaning {
  plain,        // no tag: typed by its text (a plain scalar) or its style
  text,         // "!" or "!!str": the author wrote text
  core_type,    // !!int, !!float, !!bool, !!null, !!map, !!seq: read as untagged
  unsupported,  // any other tag: read as untagged, with a warning
};

// `tag` as libyaml's event parser reports it: empty for no tag, "!" for the
// non-specific tag, else the resolved tag ("tag:yaml.org,2002:int" for
// !!int, "!custom" for a local tag, the URI of a verbatim tag).
TagMeaning tag_meaning(std::string_view tag);

// The tag as the user wrote it in its short form: "!!int", "!custom".
std::string display_tag(std::string_view tag);

}  // namespace appmix::inventory
