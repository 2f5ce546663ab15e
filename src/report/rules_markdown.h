// docs/rules.md, generated from the rule table (base::all_rules()) so the
// documentation cannot drift from the ids the tool emits. A test compares
// the committed file with this text.
#pragma once

#include <string>

namespace appmix::report {

std::string rules_markdown();

}  // namespace appmix::report
