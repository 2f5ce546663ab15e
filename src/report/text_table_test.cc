#include "report/text_table.h"

#include <doctest/doctest.h>

#include <climits>

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

TEST_CASE("numbers and money carry thousands separators") {
  CHECK(with_thousands(0) == "0");
  CHECK(with_thousands(999) == "999");
  CHECK(with_thousands(1000) == "1,000");
  CHECK(with_thousands(-1234567) == "-1,234,567");
  CHECK(with_thousands(LLONG_MIN) == "-9,223,372,036,854,775,808");
  CHECK(money_text(123456789, 2) == "1,234,567.89");
  CHECK(money_text(120000, 2) == "1,200");
  CHECK(money_text(-5, 2) == "-0.05");
  CHECK(money_text(1200, 0) == "1,200");
  CHECK(money_text(1001, 3) == "1.001");
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

TEST_CASE("rounded money for the summary cards") {
  CHECK(rounded_money(41200000, 2) == "412,000");
  CHECK(rounded_money(41200050, 2) == "412,001");
  CHECK(rounded_money(69521401918, 2) == "695.2 m");
  CHECK(rounded_money(341883650462, 2) == "3.42 bn");
  CHECK(rounded_money(-150000000, 0) == "-150.0 m");
  CHECK(rounded_money(999, 0) == "999");
}

TEST_CASE("html_text shows control characters as escapes") {
  CHECK(html_text("a\x1b[31mb\n") == "a\\x1b[31mb\\n");
}

}  // namespace appmix::report
