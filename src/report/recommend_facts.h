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

}  // namespace appmix::report
