// The file side of the OR-Library reader: opening (with the reason of a
// failure), gzip through zlib's streaming reader, and the bound on the text.
// zlib's gzread passes data that is not gzip through unchanged, so one loop
// reads plain files, gzip files and pipes alike, 64 KiB at a time.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "setcover/orlib_reader.h"

namespace appmix::setcover {
namespace {

ReadResult failed(ReadError::Kind kind, ReadError::Problem problem, std::string message) {
  ReadResult result;
  ReadError error;
  error.kind = kind;
  error.problem = problem;
  error.message = std::move(message);
  result.error = std::move(error);
  return result;
}

ReadResult cannot_open(const std::string& path, int error_number) {
  return failed(ReadError::Kind::kIo, ReadError::Problem::kCannotOpen,
                "cannot read '" + path + "': " + std::strerror(error_number));
}

ReadResult cannot_decompress(std::string message) {
  return failed(ReadError::Kind::kIo, ReadError::Problem::kCannotDecompress,
                "cannot decompress: " + message);
}

bool has_gz_name(const std::string& path) {
  return path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
}

// "128 MiB" for whole mebibytes, else the byte count.
std::string size_text(std::int64_t bytes) {
  if (bytes % (1 << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

ReadResult read_orlib_file(const std::string& path, std::int64_t max_text_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return cannot_open(path, errno);
  struct stat status {};
  if (::fstat(fd, &status) != 0 || S_ISDIR(status.st_mode)) {
    const int error_number = S_ISDIR(status.st_mode) ? EISDIR : errno;
    ::close(fd);
    return cannot_open(path, error_number);
  }
  gzFile file = gzdopen(fd, "rb");  // owns fd from here on
  if (file == nullptr) {
    ::close(fd);
    return cannot_open(path, ENOMEM);
  }
  OrlibParser parser;
  std::int64_t total = 0;
  bool first = true;
  std::vector<char> chunk(1 << 16);
  for (;;) {
    errno = 0;
    const int got = gzread(file, chunk.data(), static_cast<unsigned>(chunk.size()));
    if (got < 0) {
      int code = 0;
      std::string message = gzerror(file, &code);
      const int error_number = errno;
      gzclose(file);
      if (code == Z_ERRNO)
        return cannot_open(path, error_number != 0 ? error_number : EIO);
      return cannot_decompress(message);
    }
    if (first) {
      first = false;
      if (has_gz_name(path) && gzdirect(file)) {
        gzclose(file);
        return cannot_decompress("not gzip data (the file name ends in .gz)");
      }
    }
    if (got == 0)
      break;
    total += got;
    if (total > max_text_bytes) {
      const bool compressed = !gzdirect(file);
      gzclose(file);
      return failed(ReadError::Kind::kMalformed, ReadError::Problem::kTooLarge,
                    "the text is larger than appmix reads: more than " + size_text(max_text_bytes) +
                        (compressed ? " after decompression" : ""));
    }
    parser.feed(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
    if (parser.decided())
      break;  // both layouts failed: the rest cannot change the error
  }
  int code = 0;
  const char* message = gzerror(file, &code);
  if (code != Z_OK && code != Z_BUF_ERROR) {
    std::string copy = message;
    gzclose(file);
    return cannot_decompress(copy);
  }
  // Z_BUF_ERROR after the last read: the gzip data ended in mid-stream.
  const bool cut_short = code == Z_BUF_ERROR;
  if (gzclose(file) != Z_OK || cut_short)
    return cannot_decompress(cut_short ? "unexpected end of file" : "corrupt gzip data");
  return parser.finish();
}

}  // namespace appmix::setcover
