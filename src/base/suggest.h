// "Did you mean ...?": edit distance and the closest known word.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace appmix::base {

// Levenshtein distance, or max_distance + 1 when it exceeds max_distance.
// O(|a| * max_distance) time (only a band around the diagonal is computed),
// O(|b|) memory.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance);

// The candidate closest to `word` within a distance that scales with the
// word's length (about a third of it, at least 1, at most 3); ties go to the
// first candidate in byte order. A candidate equal to `word` after lower-casing
// and turning spaces into '-' always matches.
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates);

// Lower-case, with spaces and underscores around words turned into '-':
// "Feedback Surveys" -> "feedback-surveys". Used to suggest a valid id.
std::string normalise_id(std::string_view text);

}  // namespace appmix::base
