// file:// URIs (RFC 8089, as editors send them) to local paths and back.
// Other schemes (untitled:, git:) name no file of the workspace and give
// nothing. Knows nothing of the protocol beyond the URI text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace appmix::lsp {

// The absolute, lexically normal path of a file:// URI (percent-escapes
// decoded), or nothing for another scheme, a remote host or a NUL byte.
std::optional<std::string> path_of_uri(std::string_view uri);

// The file:// URI of an absolute path, with every byte outside RFC 3986's
// unreserved set and '/' percent-escaped.
std::string uri_of_path(std::string_view path);

}  // namespace appmix::lsp
