// Facts of a review that several recommend writers print the same way: the
// decision word of each product, the id lists of each decision, money in
// major units, how the search ended. Shared so the formats cannot drift
// apart; it decides nothing the plan has not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plan/review.h"
#include "report/ended_by.h"

namespace appmix::report {

// "keep", "retire", "add" or "not-added".
std::string_view decision_name(const plan::Review& review, int product);

// Products of each decision, by id.
std::vector<int> kept_apps(const plan::Review& review);
std::vector<int> retired_apps(const plan::Review& review);
std::vector<int> added_candidates(const plan::Review& review);

// "locked", "--keep", "--retire", or empty.
std::string_view forced_label(const plan::Review& review, int product);

// Money as an exact major-unit decimal for JSON and CSV ("1200.50").
std::string major_units(const plan::Review& review, std::int64_t minor_units);
// Money for people: thousands separators, decimals only when not whole.
std::string money_for_people(const plan::Review& review, std::int64_t minor_units);
// The same with a sign always shown: "+412,000", "-2,927,500", "0".
std::string signed_money(const plan::Review& review, std::int64_t minor_units);

// (before - after) / before, as a fraction; 0 when before is 0.
double savings_fraction(const optimise::Recommendation& recommendation);

// What the money assumes, in words: "over 3 years from 2026-01-15 (--as-of),
// each retired app paid until it can leave", plus ", present values at 8 %
// a year" with a discount rate.
std::string money_assumption(const plan::Review& review);

// A decision margin for people: "retiring crm-b is worth only 12,000 EUR
// over 3 years: a quote that much lower keeps it" ("at least" before an
// unproven price; "required" when the flip would leave a gap).
std::string margin_sentence(const plan::Review& review, const optimise::Margin& margin);

// The margins listed as the closest decisions: the `count` smallest priced
// ones (required ones have no price and are not close).
std::vector<const optimise::Margin*> closest_margins(const plan::Review& review, int count);

// Where the review date came from: "--as-of", "the inventory's as_of",
// "today".
std::string_view review_date_source(const plan::Review& review);

}  // namespace appmix::report
