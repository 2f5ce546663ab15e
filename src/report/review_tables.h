// The tables of the portfolio review document, built once in a
// format-neutral form that the HTML and Markdown writers only render: which
// rows, in which order, cut where, with which columns. Cells hold plain text
// or product references; each writer escapes and styles them its own way
// (a product is "name id" with the id muted in HTML, "name (id)" in
// Markdown). It knows no output format.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/overlap.h"
#include "base/diagnostic.h"
#include "plan/review.h"

namespace appmix::report {

enum class Tone { plain, good, bad };  // "bad": a breach or an unsanctioned app

struct ReviewCell {
  std::string text;           // plain, unescaped; with `products`, shown after them
  std::vector<int> products;  // product indices; one: a product, more: a list of names
  bool product_list = false;  // products as a list of names, the first `limit` of them
  std::size_t limit = 8;
  std::string note;  // a second line in smaller type (a location), may be empty
  Tone tone = Tone::plain;
  bool code = false;  // an identifier (a rule id), shown in monospace
};

struct ReviewColumn {
  std::string header;
  bool numeric = false;
  bool nowrap = false;  // short codes ("2027-Q1", "migrate") never split across lines
};

struct ReviewTable {
  std::vector<ReviewColumn> columns;
  std::vector<std::vector<ReviewCell>> rows;
  std::string more;  // what the rows cut off hold; empty when every row is shown
};

// Apps to retire, candidates to add, apps to keep: by annual cost, highest
// first, the first kTopRows of them.
ReviewTable retire_table(const plan::Review& review);
ReviewTable add_table(const plan::Review& review);
ReviewTable keep_table(const plan::Review& review);
ReviewTable forced_table(const plan::Review& review);
// The cost–apps frontier, one row per point, the change against the
// recommendation and whether the point is proven.
ReviewTable frontier_table(const plan::Review& review);
// The decisions a cheaper quote would change first: the kTopRows smallest
// margins, each with its sentence.
ReviewTable closest_decisions_table(const plan::Review& review);
ReviewTable waves_table(const plan::Review& review);
// Nominal money by horizon year, with cumulative savings.
ReviewTable cash_table(const plan::Review& review);
// Notices to give, by date; one due within 30 days of the review date in
// the "bad" tone.
ReviewTable notices_table(const plan::Review& review);
ReviewTable repoints_table(const plan::Review& review);
ReviewTable time_table(const plan::Review& review);
// Feedback platforms today, then the candidates added as one.
ReviewTable feedback_table(const plan::Review& review);
ReviewTable exposed_table(const plan::Review& review);  // unsanctioned with personal data
ReviewTable journeys_table(const plan::Review& review);
// The integration plan: the new integrations, the journeys each serves and
// how many hand-offs it joins.
ReviewTable integrations_table(const plan::Review& review);
// Agent systems per business unit, today and after, against the policy.
ReviewTable agents_table(const plan::Review& review);
ReviewTable gaps_table(const plan::Review& review);
ReviewTable policies_table(const plan::Review& review);
ReviewTable findings_table(const base::Diagnostics& findings);
ReviewTable similar_pairs_table(const plan::Review& review, const analysis::Overlap& overlap);
ReviewTable model_table(const plan::Review& review);
ReviewTable search_table(const plan::Review& review);

}  // namespace appmix::report
