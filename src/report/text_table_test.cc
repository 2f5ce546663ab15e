#include "report/text_table.h"

#include <doctest/doctest.h>

#include "report/escape.h"

namespace appmix::report {

TEST_CASE("text tables align by code points and trim trailing spaces") {
  TextTable table({{"app", Align::left}, {"cost", Align::right}, {"", Align::left}});
  table.add_row({"café", "1,200", "x"});
  table.add_row({"crm-dynamics", "12", ""});
  CHECK(table.render(2, 2) ==
        "  app            cost\n"
        "  café          1,200  x\n"
        "  crm-dynamics     12\n");
  TextTable headless({{}, {}});
  headless.add_row({"a", "b"});
  CHECK(headless.render(0, 1) == "a b\n");
}

TEST_CASE("each format escapes inventory text by its own rules") {
  CHECK(terminal_text("a\x1b]0;x\x07\tb") == "a\\x1b]0;x\\x07\\tb");
  CHECK(csv_cell("plain") == "plain");
  CHECK(csv_cell("a,b") == "\"a,b\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv_cell("-1,5") == "\"'-1,5\"");
  CHECK(csv_cell("@cmd") == "'@cmd");
  CHECK(markdown_text("a|b `c` *d*\nx") == "a\\|b \\`c\\` \\*d\\* x");
  CHECK(html_text("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
}

TEST_CASE("html_text shows control characters as escapes") {
  CHECK(html_text("a\x1b[31mb\n") == "a\\x1b[31mb\\n");
}

}  // namespace appmix::report
