// The stylesheet of the HTML review document, inlined into the page: screen
// (laptop and phone) and print (A4, a page per section). It holds no
// inventory text, so nothing in it needs escaping.
#pragma once

#include <string_view>

namespace appmix::report {

std::string_view review_stylesheet();

}  // namespace appmix::report
