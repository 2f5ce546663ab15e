// How inventory text is made safe in each output format (cli.md: "Every
// format escapes inventory text by its own rules"). Ids, names and owners come
// from the user's files, so none of them is trusted to be free of control
// characters, pipes, quotes or formula prefixes. It knows nothing of which
// format a command writes.
#pragma once

#include <string>
#include <string_view>

namespace appmix::report {

// Control characters as escapes (\t, \n, \r, \x1b), so text cannot drive a
// terminal or inject lines into a CI log; everything else unchanged.
std::string terminal_text(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF,
// with quotes doubled; a field starting with =, +, - or @ gets a leading '
// so spreadsheets do not run it as a formula.
std::string csv_cell(std::string_view text);

// Text inside a Markdown table cell or paragraph: pipes, backticks,
// backslashes and the characters that start emphasis or links are escaped
// with a backslash; line breaks become spaces; control characters as in
// terminal_text.
std::string markdown_text(std::string_view text);

// The message of a GitHub Actions workflow command (after "::"): '%', CR
// and LF as %25, %0D, %0A, so text cannot end the command or start another.
std::string github_message(std::string_view text);

// Text for HTML element content and attribute values: & < > " ' as entities;
// control characters as in terminal_text (they are parse errors in HTML).
std::string html_text(std::string_view text);

// Text for XML 1.0 (JUnit): the same entities as html_text; in an attribute
// (`attribute`), line breaks and tabs as character references so readers
// keep them; other control characters, which XML 1.0 cannot hold, as
// U+FFFD.
std::string xml_text(std::string_view text, bool attribute);

}  // namespace appmix::report
