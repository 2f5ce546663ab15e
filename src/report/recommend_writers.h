// The result of `appmix recommend` in each output format: text (a review a
// Chief Customer Officer reads in two minutes: decision and money first,
// then the plan, then the reasons), json (stable, documented in
// docs/recommend.md), markdown (the same facts as tables) and csv (one row
// per app and candidate with its decision). Each writer turns a computed
// plan::Review into bytes and decides nothing itself.
#pragma once

#include <string>

#include "plan/review.h"
#include "report/provenance.h"

namespace appmix::report {

std::string write_recommend_json(const plan::Review& review, const Provenance& provenance);
std::string write_recommend_text(const plan::Review& review, bool color);
std::string write_recommend_markdown(const plan::Review& review);
std::string write_recommend_csv(const plan::Review& review);

}  // namespace appmix::report
