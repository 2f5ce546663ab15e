// A code frame: the source line of a diagnostic's place under a gutter with
// its line number, and a caret underline beneath the span, as rustc, ruff
// and ShellCheck print them:
//      |
//   17 |     capabilities: [feedback.survey]
//      |                    ^^^^^^^^^^^^^^^
// It works on the bytes already read (never reads a file): columns count
// code points as Locations do, tabs are expanded, control characters, bidi
// overrides and invalid bytes are shown escaped, and a line wider than the
// terminal is elided around the span. It knows nothing of rules or formats.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/source.h"

namespace appmix::report {

struct LineLayout;

// The bytes of one file read, with the start of every line indexed once,
// so that frames of many findings in a large file cost no rescans.
class SourceText {
 public:
  explicit SourceText(std::string_view bytes);

  // Whether the bytes hold 1-based line `number` (the empty line after a
  // final line break counts: a parser that met the end of the file points
  // there).
  bool has_line(int number) const;
  // Line `number` without its line break (nor a CR before it, nor the
  // byte-order mark of line 1); "" when there is no such line.
  std::string_view line(int number) const;
  // What code frames need of line `number` (which must exist), read on
  // first use and kept: frames of many findings on one long line then cost
  // no rescans either. Not safe to call from two threads at once.
  const LineLayout& layout(int number) const;

 private:
  std::string_view bytes_;
  std::vector<std::size_t> starts_;  // byte offset of each line's first byte
  mutable std::map<int, std::shared_ptr<const LineLayout>> layouts_;
};

// Every file read, by the path diagnostics name it with.
using SourceTexts = std::map<std::string, SourceText, std::less<>>;

// Views into `files`, which must outlive the result. A path read twice
// (a PATH given twice) keeps its first bytes.
SourceTexts source_texts(const std::vector<inventory::SourceFile>& files);

inline constexpr int kTabStop = 4;
// Narrowest width a frame is fitted into, whatever the terminal says.
inline constexpr int kMinFrameWidth = 40;

struct FrameStyle {
  int width = 120;                // columns a frame line may fill, gutter included
  std::string_view indent;        // before every frame line
  std::string_view caret_style;   // ANSI style of the underline; empty: no color
  std::string_view gutter_style;  // ANSI style of line number and bar; empty: no color
};

// The frame of `location` in `source`, or "" when the location names no
// line, or a line the bytes do not hold. A location with a line but no
// column shows the line without an underline.
std::string code_frame(const SourceText& source, const base::Location& location, base::Span span,
                       const FrameStyle& style);

}  // namespace appmix::report
