#include "lsp/protocol.h"

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
