#include "inventory/csv_reader.h"

#include <csv.h>

#include <new>

#include "inventory/line_positions.h"
#include "inventory/source.h"
#include "inventory/text_checks.h"

namespace appmix::inventory {
namespace {

// What libcsv's callbacks fill in. libcsv reports a field only when it has
// consumed the byte that ends it, so the text is fed one byte at a time and
// the start of each field is remembered here to place it.
struct Collector {
  std::vector<CsvRow> rows;
  CsvRow current;
  std::size_t field_start = 0;
  int field_line = 1;                // of field_start
  int field_column = 1;              // of field_start, in code points
  bool start_at_next_byte = true;    // after a separator: the next byte starts a field
  bool start_after_newline = false;  // after a row: the next byte that is no CR/LF does
};

void on_field(void* data, std::size_t size, void* context) {
  auto& collector = *static_cast<Collector*>(context);
  CsvCell cell;
  if (data != nullptr)
    cell.text.assign(static_cast<const char*>(data), size);
  cell.line = collector.field_line;
  cell.column = collector.field_column;
  if (collector.current.cells.empty())
    collector.current.line = cell.line;
  collector.current.cells.push_back(std::move(cell));
  collector.start_at_next_byte = true;
}

void on_row_end(int /*terminator*/, void* context) {
  auto& collector = *static_cast<Collector*>(context);
  collector.rows.push_back(std::move(collector.current));
  collector.current = CsvRow{};
  collector.start_at_next_byte = false;
  collector.start_after_newline = true;
}

// RFC 4180 has no blanks around fields, but spreadsheets and people write
// "a, b"; libcsv trims spaces and tabs from unquoted fields by default.
class Parser {
 public:
  explicit Parser(char separator) {
    csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    csv_set_delim(&parser_, static_cast<unsigned char>(separator));
  }
  ~Parser() { csv_free(&parser_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  csv_parser* get() { return &parser_; }

 private:
  csv_parser parser_{};
};

}  // namespace

char detect_separator(std::string_view text) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;
  for (const char c : text.substr(bom_length(text))) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r'))
      break;
    else if (!quoted && c == ',')
      ++commas;
    else if (!quoted && c == ';')
      ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

std::optional<CsvTable> read_csv(std::string_view file, std::string_view bytes,
                                 base::Diagnostics& out) {
  LinePositions positions(file, bytes);
  CsvTable table;
  table.separator = detect_separator(bytes);
  Parser parser(table.separator);
  Collector collector;
  // The place of the byte at `at`, counted on as the bytes are fed: a place
  // looked up from the line's start for each cell made a row of 200,000
  // cells quadratic (issue 22).
  int line = 1;
  int column = 1;
  for (std::size_t at = bom_length(bytes); at < bytes.size(); ++at) {
    const char byte = bytes[at];
    if (collector.start_at_next_byte ||
        (collector.start_after_newline && byte != '\r' && byte != '\n')) {
      collector.field_start = at;
      collector.field_line = line;
      collector.field_column = column;
      collector.start_at_next_byte = false;
      collector.start_after_newline = false;
    }
    if (csv_parse(parser.get(), &byte, 1, on_field, on_row_end, &collector) != 1) {
      if (csv_error(parser.get()) == CSV_ENOMEM) {
        throw std::bad_alloc();
      }
      out.push_back(base::make_diagnostic(
          "csv-syntax", positions.at_byte(at),
          byte == '"' ? "a quote inside a field that does not start with a quote"
                      : "text after the closing quote of a field"));
      return std::nullopt;
    }
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) {
      ++column;  // continuation bytes (10xxxxxx) do not start a code point
    }
  }
  if (csv_fini(parser.get(), on_field, on_row_end, &collector) != 0) {
    out.push_back(base::make_diagnostic("csv-syntax", positions.at_byte(collector.field_start),
                                        "a quoted field is not closed: the file ends inside it"));
    return std::nullopt;
  }
  table.rows = std::move(collector.rows);
  return table;
}

std::optional<CsvTable> read_csv_file(const std::string& path, base::Diagnostics& out,
                                      bool& unreadable) {
  Sources sources = discover_sources(path);
  base::append(out, std::move(sources.diagnostics));
  unreadable = unreadable || sources.unreadable;
  if (sources.files.size() != 1)
    return std::nullopt;
  const SourceFile& source = sources.files.front();
  if (check_binary(source.path, source.bytes, out) || check_utf8(source.path, source.bytes, out) ||
      check_empty(source.path, source.bytes, out)) {
    return std::nullopt;
  }
  return read_csv(source.path, source.bytes, out);
}

}  // namespace appmix::inventory
