// THE table of rule ids. Every diagnostic names one of these; the SARIF rules
// array and docs/rules.md are generated from it. Ids are kebab-case and never
// renamed once released (tools and CI configurations match on them).
#pragma once

#include <span>
#include <string_view>

#include "base/diagnostic.h"

namespace appmix::base {

struct Rule {
  std::string_view id;
  Severity default_severity;
  std::string_view summary;  // one line: what the rule checks
  std::string_view help;     // how to fix a finding of this rule
  // What a finding's place points at, for the code frame's underline: most
  // rules name a token, a few a single character or a whole item.
  Span span = Span::token;
};

std::span<const Rule> all_rules();  // sorted by id

// nullptr when unknown.
const Rule* find_rule(std::string_view id);

// For ids written in code: an unknown id is a bug, so this throws
// std::logic_error, which the command line's last catch turns into exit 70
// ("internal error") instead of a crash.
const Rule& rule_or_die(std::string_view id);

}  // namespace appmix::base
