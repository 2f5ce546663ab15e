#include "report/code_frame.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "inventory/text_checks.h"
#include "inventory/yaml_token.h"

namespace appmix::report {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kEllipsis = "…";

// One code point of the line (or one invalid byte) as the frame shows it.
struct Cell {
  std::size_t byte = 0;   // offset in the line
  std::size_t bytes = 0;  // length in the line
  std::string shown;      // what is printed
  int width = 0;          // terminal columns it takes (one per code point shown)
};

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80)
    return 1;
  if (lead >= 0xC2 && lead <= 0xDF)
    return 2;
  if (lead >= 0xE0 && lead <= 0xEF)
    return 3;
  if (lead >= 0xF0 && lead <= 0xF4)
    return 4;
  return 0;
}

std::uint32_t decode(std::string_view sequence) {
  const auto byte = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(sequence[i]));
  };
  switch (sequence.size()) {
    case 1:
      return byte(0);
    case 2:
      return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
      return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
      return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
             (byte(3) & 0x3F);
  }
}

// Code points a terminal would act on rather than show: C0 and C1 controls,
// DEL, and the bidirectional overrides and isolates that reorder what a
// reader sees ("Trojan Source").
bool is_hidden(std::uint32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F) ||
         (code_point >= 0x202A && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069);
}

// The cell at byte `at` of `line` when it starts at display column `column`
// (a tab reaches the next tab stop).
Cell cell_at(std::string_view line, std::size_t at, int column) {
  Cell cell;
  cell.byte = at;
  const auto lead = static_cast<unsigned char>(line[at]);
  const std::size_t length = sequence_length(lead);
  // Escapes and tab blanks are ASCII: one column per byte shown.
  if (length == 0 || at + length > line.size() ||
      !inventory::is_valid_utf8(line.substr(at, length))) {
    cell.bytes = 1;
    cell.shown = fmt::format("\\x{:02X}", static_cast<unsigned>(lead));
    cell.width = static_cast<int>(cell.shown.size());
    return cell;
  }
  cell.bytes = length;
  const std::uint32_t code_point = decode(line.substr(at, length));
  if (code_point == '\t') {
    cell.shown = std::string(static_cast<std::size_t>(kTabStop - column % kTabStop), ' ');
  } else if (code_point < 0x80 && is_hidden(code_point)) {
    cell.shown = fmt::format("\\x{:02X}", code_point);
  } else if (is_hidden(code_point)) {
    cell.shown = fmt::format("\\u{{{:X}}}", code_point);
  } else {
    cell.shown = std::string(line.substr(at, length));
  }
  cell.width = cell.shown.size() == length ? 1 : static_cast<int>(cell.shown.size());
  return cell;
}

// Where cell `index` of a line starts: its byte and its display column.
struct CellPlace {
  std::size_t index = 0;
  std::size_t byte = 0;
  int position = 0;
};

// The cell at `place`, and `place` moved past it.
Cell next_cell(std::string_view line, CellPlace& place) {
  Cell cell = cell_at(line, place.byte, place.position);
  place.byte += cell.bytes;
  place.position += cell.width;
  ++place.index;
  return cell;
}

constexpr std::size_t kCellsPerCheckpoint = 64;

}  // namespace

// What frames need of a whole line, read once however many findings it has:
// the place of every 64th cell, the line's width and its flow context. A
// frame then costs a walk of at most 64 cells to its place plus its window,
// not a pass over a line that may be 400,000 characters long.
struct LineLayout {
  explicit LineLayout(std::string_view line) : flow(line) {
    CellPlace place;
    while (place.byte < line.size()) {
      if (place.index % kCellsPerCheckpoint == 0)
        checkpoints.push_back(place);
      next_cell(line, place);
    }
    cells = place.index;
    width = place.position;
  }

  // The place of cell `index` (at most `cells`).
  CellPlace place_of_cell(std::string_view line, std::size_t index) const {
    if (index >= cells)
      return {cells, line.size(), width};
    CellPlace place = checkpoints[index / kCellsPerCheckpoint];
    while (place.index < index)
      next_cell(line, place);
    return place;
  }

  // The place of a cell at or before display column `position`, at most
  // kCellsPerCheckpoint cells before it.
  CellPlace place_before(int position) const {
    const auto after =
        std::upper_bound(checkpoints.begin(), checkpoints.end(), position,
                         [](int at, const CellPlace& place) { return at < place.position; });
    return after == checkpoints.begin() ? CellPlace{} : *std::prev(after);
  }

  std::vector<CellPlace> checkpoints;  // of cells 0, 64, 128, ...
  std::size_t cells = 0;
  int width = 0;
  inventory::YamlFlowContext flow;
};

namespace {

// The part of `line` the span at `start` is measured in: all of it, or for a
// long line enough to reach past the widest frame (`span_bytes` bytes are at
// least a quarter as many columns), cut where no blank or ':' ends the part,
// so that a token cut short ends at the cut, as its real end lies beyond.
std::string_view span_scan_part(std::string_view line, std::size_t start, std::size_t span_bytes) {
  if (line.size() - start <= span_bytes)
    return line;
  std::size_t cut = start + span_bytes;
  while (cut < line.size() &&
         (line[cut - 1] == ' ' || line[cut - 1] == '\t' || line[cut - 1] == ':'))
    ++cut;
  return line.substr(0, cut);
}

// The bytes the span at cell `place` covers (at least one).
std::size_t span_bytes(std::string_view line, const LineLayout& layout, const CellPlace& place,
                       base::Span span, int room) {
  const std::string_view part =
      span_scan_part(line, place.byte, 4 * static_cast<std::size_t>(room + 2) + 8);
  switch (span) {
    case base::Span::character:
      return 1;
    case base::Span::token:
      return inventory::yaml_token_length(part, place.byte, layout.flow.in_flow(place.byte));
    case base::Span::rest_of_line:
      return inventory::yaml_rest_of_line_length(part, place.byte);
  }
  return 1;
}

std::string paint(std::string_view style, std::string_view text) {
  if (style.empty() || text.empty())
    return std::string(text);
  return fmt::format("{}{}{}", style, text, kReset);
}

}  // namespace

SourceText::SourceText(std::string_view bytes) : bytes_(bytes) {
  starts_.push_back(inventory::bom_length(bytes));
  for (std::size_t at = bytes.find('\n', starts_.back()); at != std::string_view::npos;
       at = bytes.find('\n', at + 1)) {
    starts_.push_back(at + 1);
  }
}

bool SourceText::has_line(int number) const {
  return number > 0 && static_cast<std::size_t>(number) <= starts_.size();
}

std::string_view SourceText::line(int number) const {
  if (!has_line(number))
    return {};
  const std::size_t start = starts_[static_cast<std::size_t>(number - 1)];
  const std::size_t end = static_cast<std::size_t>(number) < starts_.size()
                              ? starts_[static_cast<std::size_t>(number)] - 1
                              : bytes_.size();
  std::string_view text = bytes_.substr(start, end - start);
  if (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  return text;
}

const LineLayout& SourceText::layout(int number) const {
  auto& layout = layouts_[number];
  if (!layout)
    layout = std::make_shared<const LineLayout>(line(number));
  return *layout;
}

SourceTexts source_texts(const std::vector<inventory::SourceFile>& files) {
  SourceTexts texts;
  for (const inventory::SourceFile& file : files)
    texts.emplace(file.path, SourceText(file.bytes));
  return texts;
}

std::string code_frame(const SourceText& source, const base::Location& location, base::Span span,
                       const FrameStyle& style) {
  if (!source.has_line(location.line))
    return "";
  const std::string_view line = source.line(location.line);
  const LineLayout& layout = source.layout(location.line);
  const int total = layout.width;
  const std::string number = std::to_string(location.line);
  const std::string pad(number.size(), ' ');
  // Room for the text: the width less indent, gutter and " | ", and one
  // column for each ellipsis.
  const int room = std::max(kMinFrameWidth, style.width) - static_cast<int>(style.indent.size()) -
                   static_cast<int>(number.size()) - 3 - 2;

  const bool underlined = location.column > 0;
  const std::size_t first = underlined ? static_cast<std::size_t>(location.column - 1) : 0;
  // A place past the end of the line (on its break) sits one column past the
  // text and gets one caret.
  int caret_start = total + static_cast<int>(first - std::min(first, layout.cells));
  int caret_end = caret_start + 1;
  if (first < layout.cells) {
    CellPlace place = layout.place_of_cell(line, first);
    caret_start = place.position;
    if (underlined) {
      const std::size_t end_byte = place.byte + span_bytes(line, layout, place, span, room);
      do {
        next_cell(line, place);
      } while (place.byte < end_byte && place.index < layout.cells);
    }
    caret_end = place.position;
  }

  int from = 0;
  int to = std::max(total, caret_end);
  if (to > room + 2) {
    // Elide around the span: a third of the room before it when it fits,
    // else the span's start at the left edge (its end is cut).
    const int span_width = caret_end - caret_start;
    const int before = span_width >= room ? 0 : std::min(room / 3, room - span_width);
    from = std::max(0, caret_start - before);
    to = from + room;
    if (to > std::max(total, caret_end)) {
      to = std::max(total, caret_end);
      from = std::max(0, to - room);
    }
  }

  std::string text;
  std::string carets;
  if (from > 0)
    text += kEllipsis;
  int shown_width = from > 0 ? 1 : 0;
  int caret_from = -1;
  int caret_to = -1;
  // The cells wholly inside [from, to].
  for (CellPlace place = layout.place_before(from); place.index < layout.cells;) {
    const int position = place.position;
    const Cell cell = next_cell(line, place);
    if (position < from)
      continue;
    if (place.position > to)
      break;
    if (position >= caret_start && place.position <= caret_end) {
      if (caret_from < 0)
        caret_from = shown_width;
      caret_to = shown_width + cell.width;
    }
    text += cell.shown;
    shown_width += cell.width;
  }
  if (caret_from < 0 && underlined) {
    // The place is the line break (or a cell cut away): one caret after the text.
    caret_from = shown_width + std::max(0, caret_start - std::min(to, std::max(total, from)));
    caret_to = caret_from + 1;
  }
  if (to < total)
    text += kEllipsis;
  while (!text.empty() && text.back() == ' ')
    text.pop_back();

  std::string out;
  out += fmt::format("{}{} {}\n", style.indent, pad, paint(style.gutter_style, "|"));
  out += fmt::format("{}{}", style.indent, paint(style.gutter_style, number + " |"));
  out += text.empty() ? "\n" : " " + text + "\n";
  if (underlined) {
    carets = std::string(static_cast<std::size_t>(caret_from), ' ') +
             paint(style.caret_style,
                   std::string(static_cast<std::size_t>(std::max(1, caret_to - caret_from)), '^'));
    out += fmt::format("{}{} {} {}\n", style.indent, pad, paint(style.gutter_style, "|"), carets);
  }
  return out;
}

}  // namespace appmix::report
