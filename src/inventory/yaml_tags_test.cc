#include "inventory/yaml_tags.h"

#include <doctest/doctest.h>

namespace appmix::inventory {

TEST_CASE("libyaml's tag strings are read as the format reads them") {
  CHECK(tag_meaning("") == TagMeaning::plain);
  CHECK(tag_meaning("!") == TagMeaning::text);
  CHECK(tag_meaning("tag:yaml.org,2002:str") == TagMeaning::text);
  CHECK(tag_meaning("tag:yaml.org,2002:int") == TagMeaning::core_type);
  CHECK(tag_meaning("tag:yaml.org,2002:float") == TagMeaning::core_type);
  CHECK(tag_meaning("tag:yaml.org,2002:bool") == TagMeaning::core_type);
  CHECK(tag_meaning("tag:yaml.org,2002:map") == TagMeaning::core_type);
  CHECK(tag_meaning("tag:yaml.org,2002:timestamp") == TagMeaning::unsupported);
  CHECK(tag_meaning("tag:yaml.org,2002:binary") == TagMeaning::unsupported);
  CHECK(tag_meaning("!Ref") == TagMeaning::unsupported);
  CHECK(tag_meaning("tag:example.com,2000:app") == TagMeaning::unsupported);
  CHECK(tag_meaning("?") == TagMeaning::unsupported);  // a verbatim !<?>
}

TEST_CASE("tags are shown in the short form the user wrote") {
  CHECK(display_tag("tag:yaml.org,2002:timestamp") == "!!timestamp");
  CHECK(display_tag("!Ref") == "!Ref");
  CHECK(display_tag("tag:example.com,2000:app") == "!<tag:example.com,2000:app>");
}

}  // namespace appmix::inventory
