#include "lsp/completion_context.h"

#include <algorithm>
#include <climits>

namespace appmix::lsp {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

std::size_t indent_of(std::string_view line) {
  std::size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ')
    ++indent;
  return indent;
}

// After the indentation, "- " (repeated) starts list items; the content
// starts after them.
std::size_t content_column(std::string_view line, std::size_t from) {
  while (from + 1 < line.size() && line[from] == '-' && line[from + 1] == ' ') {
    from += 2;
    while (from < line.size() && line[from] == ' ')
      ++from;
  }
  if (from + 1 == line.size() && line[from] == '-')
    ++from;
  return from;
}

// The key a line writes ("key:" or "key: value"), or empty.
std::string key_of(std::string_view content) {
  std::size_t end = 0;
  while (end < content.size() && content[end] != ':' && content[end] != ' ' &&
         content[end] != '#' && content[end] != '{' && content[end] != '[')
    ++end;
  if (end == 0 || end >= content.size() || content[end] != ':')
    return {};
  if (end + 1 < content.size() && content[end + 1] != ' ')
    return {};  // "a:b" is a scalar, not a key
  return std::string(content.substr(0, end));
}

bool skippable(std::string_view line) {
  const std::size_t indent = indent_of(line);
  return indent == line.size() || line[indent] == '#' || line.substr(indent) == "\r";
}

// The key of a line's content; `colon` is set past its ':' when there is one.
std::string key_and_colon(std::string_view content, std::size_t& colon) {
  std::string key = key_of(content);
  colon = key.empty() ? std::string_view::npos : key.size() + 1;
  return key;
}

}  // namespace

CompletionContext completion_context(const TextLines& lines, Position cursor) {
  CompletionContext context;
  const std::string_view line = lines.line(cursor.line);
  const std::size_t line_start = lines.byte_offset({cursor.line, 0});
  const std::size_t at = std::min(
      lines.byte_offset(cursor) - std::min(lines.byte_offset(cursor), line_start), line.size());
  const std::string_view before = line.substr(0, at);

  std::size_t word_begin = at;
  while (word_begin > 0 && is_word_char(before[word_begin - 1]))
    --word_begin;
  context.word = std::string(before.substr(word_begin));
  context.word_start = lines.position_of_byte(line_start + word_begin);

  const std::size_t indent = indent_of(before);
  const std::size_t content = content_column(before, indent);
  const bool item = content > indent;  // the line starts a list item
  std::size_t colon = std::string_view::npos;
  const std::string key = key_and_colon(before.substr(content), colon);
  if (!key.empty()) {
    context.value = true;
    context.key = key;
  }

  // Walk up: a line whose content starts left of `target` is a parent (its
  // key encloses the cursor); an item line whose dash is left of it opens
  // the item the cursor is in (its key is a sibling). Either way the walk
  // goes on from that line's own column.
  const bool in_item = item && key.empty();  // "- word": an item of the enclosing list
  std::vector<std::string> path;
  std::size_t target = content;
  for (int above = cursor.line - 1; above >= 0 && target > 0; --above) {
    const std::string_view text = lines.line(above);
    if (skippable(text))
      continue;
    const std::size_t text_indent = indent_of(text);
    const std::size_t text_content = content_column(text, text_indent);
    const bool text_item = text_content > text_indent;
    if (text_content < target) {
      std::size_t ignored = 0;
      if (std::string text_key = key_and_colon(text.substr(text_content), ignored);
          !text_key.empty())
        path.push_back(std::move(text_key));
      target = text_item ? text_indent : text_content;
    } else if (text_item && text_indent < target) {
      target = text_indent;
    }
  }
  std::reverse(path.begin(), path.end());

  if (in_item && !path.empty()) {
    // "- word" under "key:": the value of that key, unless the list holds maps.
    static const std::vector<std::string> kItemLists = {
        "business_units", "channels", "capabilities", "apps", "candidates", "journeys"};
    const bool map_items = (path.size() == 1 && std::find(kItemLists.begin(), kItemLists.end(),
                                                          path[0]) != kItemLists.end()) ||
                           (path.size() == 2 && path[0] == "journeys" && path[1] == "steps");
    if (!map_items) {
      context.value = true;
      context.key = path.back();
      path.pop_back();
    }
  }
  context.path = std::move(path);
  return context;
}

}  // namespace appmix::lsp
