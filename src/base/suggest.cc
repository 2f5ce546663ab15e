#include "base/suggest.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace appmix::base {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t max_distance) {
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  const std::size_t too_far = max_distance + 1;
  if (length_gap > max_distance)
    return too_far;
  // Only the cells within max_distance of the diagonal can lead to a
  // distance within it: the band makes two long ids cost O(|a| * limit),
  // where the whole table of two 400,000-character ids took minutes. Cells
  // outside the band count as too_far.
  std::vector<std::size_t> row(b.size() + 1, too_far);
  for (std::size_t j = 0; j <= std::min(b.size(), max_distance); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t first = i > max_distance ? i - max_distance : 1;
    const std::size_t last = std::min(b.size(), i + max_distance);
    std::size_t diagonal = row[first - 1];
    row[first - 1] = first == 1 ? std::min(i, too_far) : too_far;
    std::size_t row_min = row[first - 1];
    for (std::size_t j = first; j <= last; ++j) {
      const std::size_t above = row[j];
      const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute, too_far});
      diagonal = above;
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > max_distance)
      return too_far;
  }
  return row[b.size()];
}

std::string normalise_id(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isspace(byte)) {
      if (!out.empty() && out.back() != '-')
        out.push_back('-');
    } else {
      out.push_back(static_cast<char>(std::tolower(byte)));
    }
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out;
}

std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates) {
  const std::string normalised = normalise_id(word);
  const std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  const std::string* best = nullptr;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    std::size_t distance = candidate == normalised ? 0 : edit_distance(word, candidate, limit);
    if (distance < best_distance ||
        (distance == best_distance && best != nullptr && distance <= limit && candidate < *best)) {
      best = &candidate;
      best_distance = distance;
    }
  }
  if (best == nullptr || best_distance > limit)
    return std::nullopt;
  return *best;
}

}  // namespace appmix::base
