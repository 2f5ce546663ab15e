// Streaming output for results too large to hold whole (overlap's pairs of a
// 20,000-app inventory run to hundreds of megabytes of JSON): a writer
// appends text to a SinkBuffer, which hands it on to a ByteSink in pieces of
// about a megabyte. It knows nothing of where the bytes end up (the command
// line decides: stdout or an atomic -o file).
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace appmix::report {

// Receives the output in order, one piece at a time.
using ByteSink = std::function<void(std::string_view)>;

class SinkBuffer {
 public:
  explicit SinkBuffer(const ByteSink& sink) : sink_(sink) {}
  ~SinkBuffer() { flush(); }
  SinkBuffer(const SinkBuffer&) = delete;
  SinkBuffer& operator=(const SinkBuffer&) = delete;

  // Append here, then call ready() at a convenient point.
  std::string& text() { return text_; }
  // Hands the text on once a piece is big enough.
  void ready() {
    if (text_.size() >= kPieceBytes)
      flush();
  }
  void flush() {
    if (!text_.empty())
      sink_(text_);
    text_.clear();
  }

 private:
  static constexpr std::size_t kPieceBytes = std::size_t{1} << 20;
  const ByteSink& sink_;
  std::string text_;
};

}  // namespace appmix::report
