#include "report/escape.h"

#include <doctest/doctest.h>

namespace appmix::report {
namespace {

TEST_CASE("HTML and XML share their entities; control characters differ by format") {
  const std::string text = "<a href=\"x\">R&D's</a>";
  const std::string escaped = "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;";
  CHECK(html_text(text) == escaped);
  CHECK(xml_text(text, false) == escaped);
  CHECK(xml_text(text, true) == escaped);
  // HTML shows a control character as a visible escape; XML 1.0 cannot hold
  // it, so it becomes U+FFFD. Line breaks and tabs survive in XML, as
  // references inside an attribute.
  CHECK(html_text("a\x1b"
                  "b") == "a\\x1bb");
  CHECK(xml_text("a\x1b"
                 "b",
                 false) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(xml_text("a\nb\tc", false) == "a\nb\tc");
  CHECK(xml_text("a\nb\tc", true) == "a&#10;b&#9;c");
}

}  // namespace
}  // namespace appmix::report
