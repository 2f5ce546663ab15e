// Vocabulary of the set-cover library: strong row and column indices (a row
// index cannot be passed where a column index is expected), the cost type and
// the one random engine every randomised step receives explicitly. It knows
// nothing about instances or algorithms.
#pragma once

#include <compare>
#include <cstdint>

namespace appmix::setcover {

// Costs are exact integers (OR-Library costs, or money in minor units), so sums
// never round and a lower bound proves optimality once rounded up. 64 bits hold
// the total of any instance we can store.
using Cost = std::int64_t;

// 0-based dense indices. 32 bits: instances have far fewer than 2^31 rows or
// columns, and halving the index width halves the matrix memory.
template <class Tag>
struct StrongIndex {
  std::int32_t value = 0;
  constexpr StrongIndex() = default;
  constexpr explicit StrongIndex(std::int32_t index) : value(index) {}
  friend constexpr auto operator<=>(StrongIndex, StrongIndex) = default;
};
struct RowTag {};
struct ColumnTag {};
using RowIndex = StrongIndex<RowTag>;
using ColumnIndex = StrongIndex<ColumnTag>;

// Whether the caller forces a column into or out of every solution.
enum class Fixing : std::uint8_t { kFree, kIn, kOut };

// SplitMix64 (Steele, Lea & Flood 2014): small, fast and identical on every
// platform, unlike the std distributions. Draws are made with the helpers
// below, never with std::uniform_*_distribution.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound) for bound > 0 (the modulo bias is negligible here).
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }
  // Uniform in [0, 1) with 53 random bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

}  // namespace appmix::setcover
