// The portfolio review document of `appmix report`: the recommendation, its
// consolidation plan and the overlap analysis in one file a Chief Customer
// Officer takes into a portfolio review. HTML is self-contained (inline CSS
// and SVG, no script, no request; laid out for a laptop, a phone and A4
// paper); Markdown has the same sections as tables, for a wiki page or a
// pull request. Both only arrange figures computed by plan::Review and
// analysis::Overlap.
#pragma once

#include <string>

#include "analysis/overlap.h"
#include "base/diagnostic.h"
#include "plan/review.h"
#include "report/provenance.h"

namespace appmix::report {

struct ReviewDocument {
  const plan::Review* review = nullptr;
  const analysis::Overlap* overlap = nullptr;  // today's overlaps
  base::Diagnostics findings;                  // check's findings on the inventory
  Provenance provenance;
};

std::string write_review_html(const ReviewDocument& document);
std::string write_review_markdown(const ReviewDocument& document);

}  // namespace appmix::report
