#include "base/suggest.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace appmix::base {

TEST_CASE("edit_distance counts insertions, deletions and substitutions") {
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("", "abc", 5) == 3);
  CHECK(edit_distance("same", "same", 0) == 0);
  SUBCASE("gives up past the limit") {
    CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3);
  }
}

TEST_CASE("closest_match suggests near ids only") {
  const std::vector<std::string> ids = {"feedback.surveys", "feedback.reviews", "crm"};
  CHECK(closest_match("feedback.survey", ids) == "feedback.surveys");
  CHECK(closest_match("Feedback.Surveys", ids) == "feedback.surveys");
  CHECK_FALSE(closest_match("billing", ids).has_value());
  CHECK(normalise_id("Contact Centre") == "contact-centre");
}

}  // namespace appmix::base
