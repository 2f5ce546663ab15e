// SHA-256 (FIPS 180-4) of a byte string, as lower-case hex. Used for the
// provenance of results ("inputs": [{"path", "sha256"}]); a dependency-free
// implementation because the tool needs nothing else from a crypto library.
// It knows nothing about files: callers hand it the bytes they already read.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace appmix::base {

// Incremental form, for inputs that arrive in pieces.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  std::array<std::uint8_t, 32> finish();  // the object must not be updated afterwards

 private:
  void compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

// 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);
// The digest of the file at `path`, read in pieces (a large file is never
// held whole), as 64 lower-case hex digits; nothing when it cannot be read.
std::optional<std::string> sha256_file_hex(const std::string& path);
std::string to_hex(const std::array<std::uint8_t, 32>& digest);

}  // namespace appmix::base
