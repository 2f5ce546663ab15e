#include "cli/review_document.h"

#include "analysis/overlap.h"
#include "report/provenance.h"
#include "report/review_writers.h"

namespace appmix::cli {

std::string render_review_document(const analysis::CheckedInventory& checked,
                                   const plan::Review& review, DocumentFormat format) {
  // The ten most similar pairs are shown; the analysis keeps only those.
  analysis::OverlapOptions overlap_options;
  overlap_options.top = 10;
  const analysis::Overlap overlap = analysis::analyse_overlap(*checked.inventory, overlap_options);
  report::ReviewDocument document;
  document.review = &review;
  document.overlap = &overlap;
  document.findings = checked.diagnostics;
  document.provenance.version = APPMIX_VERSION;
  report::add_inputs(document.provenance, checked.sources);
  return format == DocumentFormat::html ? report::write_review_html(document)
                                        : report::write_review_markdown(document);
}

}  // namespace appmix::cli
