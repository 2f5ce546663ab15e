// The portfolio review document of one checked inventory and its review,
// in HTML or Markdown: the overlap analysis it shows (the ten most similar
// pairs), check's findings and the provenance of its inputs. `report`
// writes one; `batch --report-dir` one per inventory.
#pragma once

#include <string>

#include "analysis/checked_inventory.h"
#include "plan/review.h"

namespace appmix::cli {

enum class DocumentFormat { html, markdown };

std::string render_review_document(const analysis::CheckedInventory& checked,
                                   const plan::Review& review, DocumentFormat format);

}  // namespace appmix::cli
