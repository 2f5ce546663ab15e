#include "lsp/protocol.h"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace appmix::lsp {
namespace {

// Counts bracket depth outside strings; a cheap pass before the parser.
bool nests_too_deeply(std::string_view body) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t at = 0; at < body.size(); ++at) {
    const char c = body[at];
    if (in_string) {
      if (c == '\\')
        ++at;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth)
        return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

}  // namespace

std::optional<Json> parse_message(std::string_view body) {
  if (nests_too_deeply(body))
    return std::nullopt;
  Json message = Json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded())
    return std::nullopt;
  return message;
}

std::string serialise(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

namespace {

// Far past any real text, and far enough below INT_MAX that the line after
// it (line + 1) is still an int.
constexpr std::uint64_t kLargestCoordinate = INT_MAX / 2;

int whole_number(const Json& value) {
  if (value.is_number_unsigned())
    return static_cast<int>(std::min(value.get<std::uint64_t>(), kLargestCoordinate));
  if (value.is_number_integer())
    return 0;  // negative
  throw RequestError{ErrorCode::invalid_params, "a position needs whole numbers"};
}

}  // namespace

Position read_position(const Json& position) {
  if (!position.is_object() || !position.contains("line") || !position.contains("character"))
    throw RequestError{ErrorCode::invalid_params, "a position needs 'line' and 'character'"};
  return {whole_number(position["line"]), whole_number(position["character"])};
}

Range read_range(const Json& range) {
  if (!range.is_object() || !range.contains("start") || !range.contains("end"))
    throw RequestError{ErrorCode::invalid_params, "a range needs 'start' and 'end'"};
  return {read_position(range["start"]), read_position(range["end"])};
}

Json response(const Json& id, Json result) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

Json error_response(const Json& id, ErrorCode code, std::string message) {
  return Json{{"jsonrpc", "2.0"},
              {"id", id},
              {"error", {{"code", static_cast<int>(code)}, {"message", std::move(message)}}}};
}

Json notification(std::string_view method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace appmix::lsp
