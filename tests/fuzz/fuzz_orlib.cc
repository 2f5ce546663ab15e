// libFuzzer target for the OR-Library reader (setcover/orlib_reader.h):
// bytes -> OrlibParser, fed whole and again in two pieces split at a place
// the input picks. Besides crashes, hangs and leaks (the sanitizers' job), it
// checks what the reader promises: the split never changes the outcome, an
// instance is never larger than the text can describe (memory follows the
// data, not the header), and an error has a sane place and a message of
// printable ASCII only (no raw byte reaches a terminal).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "setcover/orlib_reader.h"

namespace {

using appmix::fuzz::require;
using appmix::setcover::ReadResult;

bool printable_ascii(std::string_view text) {
  for (const char c : text) {
    if (c < 0x20 || c > 0x7e)
      return false;
  }
  return true;
}

void check(const ReadResult& read, std::size_t size) {
  require(read.instance.has_value() != read.error.has_value());
  if (read.instance) {
    // Every row, column and entry needs at least one number of the text,
    // and every number at least one byte (plus a separator).
    require(static_cast<std::size_t>(read.instance->num_rows()) <= size);
    require(static_cast<std::size_t>(read.instance->num_columns()) <= size);
    require(static_cast<std::size_t>(read.instance->num_nonzeros()) <= size);
    return;
  }
  const auto& error = *read.error;
  require(!error.message.empty() && printable_ascii(error.message));
  require(printable_ascii(error.declared_message));
  require(error.position.line >= 0 && error.position.column >= 0);
  require((error.position.line == 0) == (error.position.column == 0));
  require(error.declared_at.line >= 0 && error.declared_at.column >= 0);
}

bool same(const ReadResult& a, const ReadResult& b) {
  if (a.instance.has_value() != b.instance.has_value())
    return false;
  if (a.instance) {
    return a.layout == b.layout && a.instance->num_rows() == b.instance->num_rows() &&
           a.instance->num_columns() == b.instance->num_columns() &&
           a.instance->num_nonzeros() == b.instance->num_nonzeros() &&
           a.instance->costs() == b.instance->costs();
  }
  return a.error->problem == b.error->problem && a.error->message == b.error->message &&
         a.error->position.line == b.error->position.line &&
         a.error->position.column == b.error->position.column;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ReadResult whole = appmix::setcover::parse_orlib(text);
  check(whole, size);

  const std::size_t split = size == 0 ? 0 : data[0] % (size + 1);
  appmix::setcover::OrlibParser parser;
  parser.feed(text.substr(0, split));
  parser.feed(text.substr(split));
  require(same(whole, parser.finish()));
  return 0;
}
