// The base protocol of LSP: each message is a header part ("Content-Length:
// N", other headers ignored, lines ending in CRLF) and N bytes of JSON. This
// file only cuts the byte stream into message bodies and writes them back
// framed; it knows nothing of JSON-RPC. A message larger than the limit is
// read past and dropped, so memory stays bounded and the stream stays in
// step whatever a client sends.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace appmix::lsp {

// The largest message body kept: the largest inventory file (64 MiB, as
// inventory::kMaxSourceBytes) JSON-escaped needs more in the worst case, but
// a file that large is refused by the loader anyway.
inline constexpr std::size_t kMaxMessageBytes = std::size_t{80} << 20;

enum class ReadStatus {
  message,     // `body` holds one message
  end,         // the stream ended (between messages, or inside one)
  bad_header,  // a header part without a valid Content-Length; skipped
  too_large,   // the body was longer than kMaxMessageBytes; read and dropped
};

ReadStatus read_message(std::istream& in, std::string& body);

// Writes one framed message and flushes.
void write_message(std::ostream& out, std::string_view body);

}  // namespace appmix::lsp
