// Writes an output file so that it is either complete or absent: the bytes go
// to a temporary file in the target's folder, renamed over the target only on
// commit(). Destroying an uncommitted AtomicOutput removes the temporary file,
// so a failed run never leaves a half-written file behind.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace appmix::base {

class AtomicOutput {
 public:
  explicit AtomicOutput(std::filesystem::path target);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  // Each returns false and sets error() on failure.
  bool write(std::string_view bytes);
  bool commit();

  const std::string& error() const { return error_; }

 private:
  bool open();

  std::filesystem::path target_;
  std::filesystem::path temporary_;
  int fd_ = -1;
  bool committed_ = false;
  std::string error_;
};

// Writes all of `bytes` to `target` atomically; on failure returns false and
// puts a message in `error`.
bool write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                           std::string& error);

}  // namespace appmix::base
