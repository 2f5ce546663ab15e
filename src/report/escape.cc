#include "report/escape.h"

#include <fmt/format.h>

namespace appmix::report {

std::string terminal_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string csv_cell(std::string_view text) {
  std::string value;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
    value.push_back('\'');
  value.append(text);
  if (value.find_first_of(",\"\r\n") == std::string::npos)
    return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"')
      quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

std::string markdown_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '|':
      case '`':
      case '\\':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '\n':
      case '\r':
        out.push_back(' ');
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
          out += terminal_text(std::string_view(&c, 1));
        else
          out.push_back(c);
    }
  }
  return out;
}

namespace {

// The entity of a character that HTML and XML markup give a meaning to, or
// nullptr. &#39; rather than &apos;, which HTML 4 lacks: one spelling
// serves both.
const char* markup_entity(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return nullptr;
  }
}

bool is_control(char c) {
  return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
}

}  // namespace

std::string html_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (const char* entity = markup_entity(c))
      out += entity;
    else if (is_control(c))
      // Control characters are parse errors in HTML: shown as escapes, as
      // in a terminal (line breaks and tabs too: names are one line).
      out += terminal_text(std::string_view(&c, 1));
    else
      out.push_back(c);
  }
  return out;
}

std::string xml_text(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (const char* entity = markup_entity(c))
      out += entity;
    else if (c == '\n')
      out += attribute ? "&#10;" : "\n";
    else if (c == '\t')
      out += attribute ? "&#9;" : "\t";
    else if (is_control(c))
      out += "\xEF\xBF\xBD";  // U+FFFD: XML 1.0 cannot hold the others at all
    else
      out.push_back(c);
  }
  return out;
}

std::string github_message(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out.push_back(c);
  }
  return out;
}

}  // namespace appmix::report
