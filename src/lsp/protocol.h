// JSON-RPC 2.0 as LSP uses it: parsing a message body, the error codes, and
// building responses and notifications. Messages are nlohmann::json values
// throughout the server; this file is where text becomes JSON and back, so
// that no other file meets a parse error or invalid UTF-8 on the way out.
#pragma once

#include <nlohmann/json.hpp>

#include "lsp/text_lines.h"

#include <optional>
#include <string>
#include <string_view>

namespace appmix::lsp {

using Json = nlohmann::json;

// JSON-RPC's and LSP's error codes.
enum class ErrorCode : int {
  parse_error = -32700,
  invalid_request = -32600,
  method_not_found = -32601,
  invalid_params = -32602,
  internal_error = -32603,
  server_not_initialized = -32002,
  request_failed = -32803,
  request_cancelled = -32800,
};

// A request that cannot be answered: the handler throws it, the server
// answers with the code and message.
struct RequestError {
  ErrorCode code = ErrorCode::request_failed;
  std::string message;
};

// Nesting deeper than this is refused before parsing: no message a client
// sends comes close, and a value that deep is an attack on whoever reads it.
inline constexpr int kMaxJsonDepth = 64;

// The message, or nothing when `body` is not JSON or nests too deeply.
std::optional<Json> parse_message(std::string_view body);

// Serialises a message; text that is not valid UTF-8 (from a document, say)
// is written with U+FFFD instead of failing.
std::string serialise(const Json& message);

// A Position (0-based line, UTF-16 character) read from `position`, or a
// RequestError (InvalidParams): both must be whole numbers, and are clamped
// to [0, 2^30] so that no client number overflows an int.
Position read_position(const Json& position);
Range read_range(const Json& range);

Json response(const Json& id, Json result);
Json error_response(const Json& id, ErrorCode code, std::string message);
Json notification(std::string_view method, Json params);

}  // namespace appmix::lsp
