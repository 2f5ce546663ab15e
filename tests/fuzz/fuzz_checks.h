// What every libFuzzer target here checks besides the sanitizers: a broken
// promise aborts (libFuzzer then saves the input), and a diagnostic always
// has a rule, a sane place and a message of valid UTF-8 (no raw invalid
// byte reaches a terminal). Header-only: each target is one file.
#pragma once

#include <cstdlib>

#include "base/diagnostic.h"
#include "inventory/text_checks.h"

namespace appmix::fuzz {

inline void require(bool condition) {
  if (!condition)
    std::abort();
}

inline void check_diagnostics(const base::Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) {
    require(!d.rule.empty());
    require(d.location.line >= 0 && d.location.column >= 0);
    require(inventory::is_valid_utf8(d.message));
  }
}

}  // namespace appmix::fuzz
