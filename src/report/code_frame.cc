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

std::vector<Cell> cells_of(std::string_view line) {
  std::vector<Cell> cells;
  int column = 0;  // display column, for tab stops
  for (std::size_t i = 0; i < line.size();) {
    Cell cell;
    cell.byte = i;
    const auto lead = static_cast<unsigned char>(line[i]);
    const std::size_t length = sequence_length(lead);
    // Escapes and tab blanks are ASCII: one column per byte shown.
    if (length == 0 || i + length > line.size() ||
        !inventory::is_valid_utf8(line.substr(i, length))) {
      cell.bytes = 1;
      cell.shown = fmt::format("\\x{:02X}", static_cast<unsigned>(lead));
      cell.width = static_cast<int>(cell.shown.size());
    } else {
      cell.bytes = length;
      const std::uint32_t code_point = decode(line.substr(i, length));
      if (code_point == '\t') {
        cell.shown = std::string(static_cast<std::size_t>(kTabStop - column % kTabStop), ' ');
      } else if (code_point < 0x80 && is_hidden(code_point)) {
        cell.shown = fmt::format("\\x{:02X}", code_point);
      } else if (is_hidden(code_point)) {
        cell.shown = fmt::format("\\u{{{:X}}}", code_point);
      } else {
        cell.shown = std::string(line.substr(i, length));
      }
      cell.width = cell.shown.size() == length ? 1 : static_cast<int>(cell.shown.size());
    }
    column += cell.width;
    i += cell.bytes;
    cells.push_back(std::move(cell));
  }
  return cells;
}

// The cells [first, last) the span covers, from the cell at the column.
std::size_t span_cells(std::string_view line, const std::vector<Cell>& cells, std::size_t first,
                       base::Span span) {
  if (first >= cells.size())
    return 1;  // the place is the line break: one caret past the text
  std::size_t bytes = 1;
  switch (span) {
    case base::Span::character:
      return 1;
    case base::Span::token:
      bytes = inventory::yaml_token_length(line, cells[first].byte);
      break;
    case base::Span::rest_of_line:
      bytes = inventory::yaml_rest_of_line_length(line, cells[first].byte);
      break;
  }
  const std::size_t end_byte = cells[first].byte + bytes;
  std::size_t last = first + 1;
  while (last < cells.size() && cells[last].byte < end_byte)
    ++last;
  return last - first;
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
  const std::vector<Cell> cells = cells_of(line);

  // Display columns of every cell boundary: position[i] is where cell i starts.
  std::vector<int> position(cells.size() + 1, 0);
  for (std::size_t i = 0; i < cells.size(); ++i)
    position[i + 1] = position[i] + cells[i].width;
  const int total = position.back();

  const bool underlined = location.column > 0;
  const std::size_t first = underlined ? static_cast<std::size_t>(location.column - 1) : 0;
  const std::size_t count = underlined ? span_cells(line, cells, first, span) : 0;
  // A place past the end of the line (on its break) sits one column past the text.
  const int caret_start =
      first < cells.size() ? position[first] : total + static_cast<int>(first - cells.size());
  const int caret_end =
      first < cells.size() ? position[std::min(first + count, cells.size())] : caret_start + 1;

  const std::string number = std::to_string(location.line);
  const std::string pad(number.size(), ' ');
  // Room for the text: the width less indent, gutter and " | ", and one
  // column for each ellipsis.
  const int room = std::max(kMinFrameWidth, style.width) - static_cast<int>(style.indent.size()) -
                   static_cast<int>(number.size()) - 3 - 2;
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
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (position[i] < from || position[i + 1] > to)
      continue;
    if (position[i] >= caret_start && position[i + 1] <= caret_end) {
      if (caret_from < 0)
        caret_from = shown_width;
      caret_to = shown_width + cells[i].width;
    }
    text += cells[i].shown;
    shown_width += cells[i].width;
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
