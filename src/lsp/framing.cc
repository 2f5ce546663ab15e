#include "lsp/framing.h"

#include <algorithm>
#include <charconv>
#include <istream>
#include <ostream>

namespace appmix::lsp {
namespace {

// A header line longer than this is not a header a client writes.
constexpr std::size_t kMaxHeaderLine = 4096;

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

// One header line without its line break; false at the end of the stream.
bool read_header_line(std::istream& in, std::string& line, bool& overlong) {
  line.clear();
  overlong = false;
  for (;;) {
    const int c = in.get();
    if (c == std::char_traits<char>::eof())
      return false;
    if (c == '\n')
      break;
    if (line.size() < kMaxHeaderLine)
      line.push_back(static_cast<char>(c));
    else
      overlong = true;
  }
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  return true;
}

}  // namespace

ReadStatus read_message(std::istream& in, std::string& body) {
  std::string line;
  bool overlong = false;
  bool seen_any = false;
  std::size_t length = 0;
  bool has_length = false;
  for (;;) {
    if (!read_header_line(in, line, overlong))
      return ReadStatus::end;
    if (line.empty()) {
      if (!seen_any)
        continue;  // stray blank lines between messages
      break;
    }
    seen_any = true;
    const std::size_t colon = line.find(':');
    if (overlong || colon == std::string::npos)
      continue;
    if (!equals_ignoring_case(trim(line.substr(0, colon)), "content-length"))
      continue;
    const std::string_view value = trim(std::string_view(line).substr(colon + 1));
    std::size_t parsed = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (error != std::errc() || end != value.data() + value.size() || value.empty())
      continue;
    length = parsed;
    has_length = true;
  }
  // With a length the body is read past even when another header line was
  // garbage, so the stream stays in step.
  if (!has_length)
    return ReadStatus::bad_header;
  if (length > kMaxMessageBytes) {
    in.ignore(static_cast<std::streamsize>(length));
    return in.gcount() == static_cast<std::streamsize>(length) ? ReadStatus::too_large
                                                               : ReadStatus::end;
  }
  body.resize(length);
  in.read(body.data(), static_cast<std::streamsize>(length));
  if (in.gcount() != static_cast<std::streamsize>(length))
    return ReadStatus::end;
  return ReadStatus::message;
}

void write_message(std::ostream& out, std::string_view body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n";
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  out.flush();
}

}  // namespace appmix::lsp
