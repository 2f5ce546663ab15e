#include "base/suggest.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace appmix::base {

TEST_CASE("edit_distance counts insertions, deletions and substitutions") {
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("", "abc", 5) == 3);
  CHECK(edit_distance("same", "same", 0) == 0);
  SUBCASE("gives up past the limit") {
    CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3);
    CHECK(edit_distance("abcdef", "uvwxyz", 10) == 6);
    CHECK(edit_distance("abc", "abcdefg", 3) == 4);
    CHECK(edit_distance("abcdefg", "abc", 4) == 4);
  }
  SUBCASE("the band around the diagonal gives the full table's answer") {
    // Every pair of words of up to four letters over a small alphabet, against a plain
    // full-table Levenshtein.
    const auto full = [](std::string_view a, std::string_view b) {
      std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
      for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
      for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
      for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
          d[i][j] = std::min(
              {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      }
      return d[a.size()][b.size()];
    };
    std::vector<std::string> words = {""};
    for (std::size_t from = 0; from < words.size() && words.size() < 121; ++from) {
      for (const char c : {'a', 'b', 'c'})
        words.push_back(words[from] + c);
    }
    for (const std::string& a : words) {
      for (const std::string& b : words) {
        for (std::size_t limit = 0; limit <= 4; ++limit) {
          const std::size_t expected = std::min(full(a, b), limit + 1);
          CHECK_MESSAGE(std::min(edit_distance(a, b, limit), limit + 1) == expected,
                        a << " " << b << " " << limit);
        }
      }
    }
  }
}

TEST_CASE("edit_distance and closest_match on ids of 400,000 characters") {
  // The whole table of two such ids took minutes (issue 22): only a band is
  // computed now.
  const std::string id(400'000, 'c');
  std::string typo = id;
  typo[200'000] = 'd';
  CHECK(edit_distance(id, typo, 3) == 1);
  CHECK(edit_distance(id, id + "xy", 3) == 2);
  CHECK(edit_distance(id, std::string(400'000, 'd'), 3) == 4);
  const std::vector<std::string> ids = {"crm", id};
  CHECK(closest_match(typo, ids) == id);
  CHECK_FALSE(closest_match(std::string(400'000, 'd'), ids).has_value());
}

TEST_CASE("closest_match suggests near ids only") {
  const std::vector<std::string> ids = {"feedback.surveys", "feedback.reviews", "crm"};
  CHECK(closest_match("feedback.survey", ids) == "feedback.surveys");
  CHECK(closest_match("Feedback.Surveys", ids) == "feedback.surveys");
  CHECK_FALSE(closest_match("billing", ids).has_value());
  CHECK(normalise_id("Contact Centre") == "contact-centre");
}

}  // namespace appmix::base
