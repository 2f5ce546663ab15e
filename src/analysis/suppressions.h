// Suppression comments in inventory files: `# appmix: ignore[RULE-ID] reason`
// at the end of a finding's line, or alone on the line just above it,
// silences the findings of those rules there (several ids comma-separated).
// Only warnings can be silenced: an error means the inventory does not load,
// and no comment changes that. A suppression without a reason, with an
// unknown rule id, or that silences nothing is a warning of its own
// (suppression-*), which no comment silences. It reads the comments from the
// raw text and knows nothing of YAML beyond where a comment starts.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/source.h"

namespace appmix::analysis {

struct SuppressionRule {
  std::string rule;
  base::Location location;  // of the id inside the comment
};

struct Suppression {
  base::Location location;  // of the '#'
  int target_line = 0;      // the line whose findings it silences
  std::vector<SuppressionRule> rules;
  std::string reason;  // trimmed; may be empty
};

// Every suppression comment in `bytes` (valid UTF-8), in file order. A '#'
// starts a comment at the start of a line or after a blank, outside quotes.
std::vector<Suppression> find_suppressions(std::string_view file, std::string_view bytes);

// `diagnostics` without the warnings a suppression in `sources` silences,
// plus the suppression-* warnings about the comments themselves; sorted.
// Unused suppressions are reported only when `diagnostics` has no error (the
// policies, whose findings they may silence, run only then).
base::Diagnostics apply_suppressions(base::Diagnostics diagnostics,
                                     std::span<const inventory::SourceFile> sources);

}  // namespace appmix::analysis
