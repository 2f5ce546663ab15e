#include "base/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace appmix::base {

AtomicOutput::AtomicOutput(std::filesystem::path target) : target_(std::move(target)) {}

AtomicOutput::~AtomicOutput() {
  if (fd_ >= 0)
    ::close(fd_);
  if (!committed_ && !temporary_.empty())
    ::unlink(temporary_.c_str());
}

bool AtomicOutput::open() {
  if (fd_ >= 0)
    return true;
  if (!error_.empty())
    return false;
  std::filesystem::path folder = target_.parent_path();
  if (folder.empty())
    folder = ".";
  std::string pattern = (folder / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  fd_ = ::mkstemp(buffer.data());
  if (fd_ < 0) {
    error_ = "cannot create a file in '" + folder.string() + "': " + std::strerror(errno);
    return false;
  }
  temporary_ = buffer.data();
  // mkstemp creates 0600; give the result the usual permissions under umask.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  return true;
}

bool AtomicOutput::write(std::string_view bytes) {
  if (!open())
    return false;
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR)
        continue;
      error_ = "cannot write '" + target_.string() + "': " + std::strerror(errno);
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

bool AtomicOutput::commit() {
  if (!open())
    return false;
  if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
    fd_ = -1;
    error_ = "cannot write '" + target_.string() + "': " + std::strerror(errno);
    return false;
  }
  fd_ = -1;
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    error_ = "cannot write '" + target_.string() + "': " + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

bool write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                           std::string& error) {
  AtomicOutput output(target);
  if (output.write(bytes) && output.commit())
    return true;
  error = output.error();
  return false;
}

}  // namespace appmix::base
