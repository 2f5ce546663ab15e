// The only file that includes libyaml (yaml.h). It pulls libyaml's events
// and builds the Node tree itself, so that it sees every anchor and alias
// (to bound alias expansion), every key of a map (to report duplicates
// instead of keeping one silently), and the style of every scalar.
#include "inventory/yaml_reader.h"

#include <fmt/format.h>
#include <yaml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "inventory/invalid_escape.h"
#include "inventory/line_positions.h"
#include "inventory/text_checks.h"
#include "inventory/yaml_errors.h"
#include "inventory/yaml_tags.h"

namespace appmix::inventory {
namespace {

using base::Location;
using base::make_diagnostic;

// Limit on the scalar text that alias expansion may copy in one file, so a
// huge anchored scalar aliased many times cannot exhaust memory either.
constexpr std::uint64_t kMaxAliasExpansionBytes = 16u << 20;

constexpr std::uint32_t kNoNode = UINT32_MAX;

std::string_view as_text(const char* text) {
  return text == nullptr ? std::string_view() : std::string_view(text);
}
std::string_view as_text(const yaml_char_t* text) {
  return as_text(reinterpret_cast<const char*>(text));
}

// One node as parsed, in a flat arena. An alias is its own node pointing at
// its target, so nothing is copied until the tree is built at the end. The
// arena holds no heap blocks of its own (scalar text lives in one string,
// children in sibling links): a large inventory has hundreds of thousands of
// nodes, and a string and a vector each cost allocations and page faults
// that showed in profiles of `check`.
struct RawNode {
  Node::Kind kind = Node::Kind::null;
  bool is_alias = false;
  bool complete = false;  // collections: the end event was seen
  bool quoted = false;
  bool text_tag = false;
  bool implicit_null = false;    // an empty value, not a written ~ or null
  std::uint32_t target = 0;      // for aliases
  int line = 0;                  // 1-based; the file name is added when building Nodes
  int column = 0;                // 1-based, in code points
  std::uint32_t text_begin = 0;  // scalar text: a range of TreeBuilder::text_
  std::uint32_t text_size = 0;
  std::uint32_t first_child = kNoNode;  // sequence items, or key, value, key, value...
  std::uint32_t last_child = kNoNode;
  std::uint32_t next_sibling = kNoNode;
  std::uint32_t child_count = 0;
  int height = 0;           // collections nested in the expanded subtree
  std::uint64_t size = 1;   // nodes in the expanded subtree
  std::uint64_t bytes = 0;  // scalar text in the expanded subtree
};

// Calls f(index) for each child of `node`, in order.
template <typename F>
void for_each_child(const std::vector<RawNode>& nodes, const RawNode& node, F&& f) {
  for (std::uint32_t child = node.first_child; child != kNoNode; child = nodes[child].next_sibling)
    f(child);
}

// Thrown by the handler to abandon a file once a limit has been reported.
struct StopParsing {};

// Thrown by EventReader when libyaml reports a syntax error; the details
// stay in the parser.
struct SyntaxError {};

// libyaml's event parser over the bytes of one file.
class EventReader {
 public:
  explicit EventReader(std::string_view bytes) {
    if (yaml_parser_initialize(&parser_) == 0)
      throw std::bad_alloc();
    // No encoding is set: libyaml then skips a UTF-8 byte-order mark (the
    // text checks rejected any other), and its places do not count it.
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(bytes.data()),
                                 bytes.size());
  }
  ~EventReader() {
    yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  EventReader(const EventReader&) = delete;
  EventReader& operator=(const EventReader&) = delete;

  // The next event, valid until the next call.
  const yaml_event_t& next() {
    yaml_event_delete(&event_);
    if (yaml_parser_parse(&parser_, &event_) == 0) {
      if (parser_.error == YAML_MEMORY_ERROR)
        throw std::bad_alloc();
      throw SyntaxError{};
    }
    return event_;
  }

  const yaml_parser_t& parser() const { return parser_; }

 private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
};

// LinePositions for libyaml's marks, which count code points (mark.index).
class Positions : public LinePositions {
 public:
  using LinePositions::LinePositions;
  Location at(const yaml_mark_t& mark) { return LinePositions::at(mark.index); }
};

// The null words of YAML's core schema; an empty plain scalar (`key:` with
// nothing after it) is null too.
bool is_null_word(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

class TreeBuilder {
 public:
  TreeBuilder(Positions& positions, base::Diagnostics& out, std::size_t source_bytes,
              std::size_t max_nodes)
      : positions_(positions), out_(out), max_nodes_(max_nodes) {
    // A typical inventory has one node per 9 bytes or so; reserving up front
    // avoids moving the arena (and holding two copies) as it grows. Untouched
    // reserved pages cost address space only.
    nodes_.reserve(std::min<std::size_t>(source_bytes / 8 + 16, max_nodes_));
    // Scalar text is hardly ever longer than its source (escapes shorten it,
    // all but \L and \P).
    text_.reserve(source_bytes);
  }

  std::optional<std::uint32_t> root() const { return root_; }
  bool limit_reached() const { return limit_reached_; }
  const std::vector<RawNode>& nodes() const { return nodes_; }
  std::string_view text(const RawNode& node) const {
    return std::string_view(text_).substr(node.text_begin, node.text_size);
  }

  // Builds the nodes of one document from its events, up to and including
  // DOCUMENT-END. Returns true when a '...' line ended the document.
  bool read_document(EventReader& events) {
    for (;;) {
      const yaml_event_t& event = events.next();
      switch (event.type) {
        case YAML_SCALAR_EVENT:
          scalar(event);
          break;
        case YAML_ALIAS_EVENT:
          alias(event);
          break;
        case YAML_SEQUENCE_START_EVENT:
          open(event.start_mark, Node::Kind::sequence, as_text(event.data.sequence_start.tag),
               as_text(event.data.sequence_start.anchor));
          break;
        case YAML_MAPPING_START_EVENT:
          open(event.start_mark, Node::Kind::map, as_text(event.data.mapping_start.tag),
               as_text(event.data.mapping_start.anchor));
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          close();
          break;
        case YAML_DOCUMENT_END_EVENT:
          return event.data.document_end.implicit == 0;
        default:  // the stream and document starts are read by parse_yaml
          break;
      }
    }
  }

 private:
  void scalar(const yaml_event_t& event) {
    const auto& scalar = event.data.scalar;
    const std::string_view value(reinterpret_cast<const char*>(scalar.value), scalar.length);
    const std::string_view tag = as_text(scalar.tag);
    const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE;
    // Untagged (or with a tag the format ignores), a plain scalar is typed by
    // its text and a quoted or block scalar is text. A core tag decides:
    // `!!int "5"` is the number, `!!str 5` is text.
    TagMeaning meaning = read_tag(event.start_mark, tag);
    if (meaning == TagMeaning::plain || meaning == TagMeaning::unsupported)
      meaning = plain ? TagMeaning::plain : TagMeaning::text;
    const bool is_text = meaning == TagMeaning::text;
    const bool is_null = plain && !is_text && is_null_word(value);
    const std::uint32_t index =
        add(event.start_mark, is_null ? Node::Kind::null : Node::Kind::scalar);
    RawNode& node = nodes_[index];
    if (is_null) {
      // libyaml places an empty value just after its ':'; such a value is
      // given its key's place instead (see keep_key()).
      node.implicit_null = value.empty();
    } else {
      node.quoted = is_text;
      node.text_tag = is_text && !tag.empty() && tag != "!";  // the messages name !!str
      node.bytes = value.size();
      node.text_begin = static_cast<std::uint32_t>(text_.size());
      node.text_size = static_cast<std::uint32_t>(value.size());
      text_ += value;
    }
    finish(index, as_text(scalar.anchor));
  }

  void alias(const yaml_event_t& event) {
    const yaml_mark_t& mark = event.start_mark;
    const std::string_view name = as_text(event.data.alias.anchor);
    const auto found = anchors_.find(std::string(name));
    if (found == anchors_.end()) {
      // Anchor names are letters, digits, '-' and '_' (libyaml checks), so
      // they are safe to show.
      out_.push_back(make_diagnostic(
          "yaml-syntax", positions_.at(mark),
          fmt::format("the alias '*{0}' names no anchor; define '&{0}' on a value before it",
                      name)));
      throw StopParsing{};
    }
    if (!nodes_[found->second].complete) {
      // An alias inside the node it names would expand forever.
      out_.push_back(make_diagnostic("yaml-syntax", positions_.at(mark),
                                     "an alias refers to a node that contains it"));
      throw StopParsing{};
    }
    const RawNode& target = nodes_[found->second];
    expansion_nodes_ += target.size;
    expansion_bytes_ += target.bytes;
    if (expansion_nodes_ > kMaxAliasExpansionNodes) {
      out_.push_back(
          make_diagnostic("alias-expansion-limit", positions_.at(mark),
                          fmt::format("alias expansion adds more than {} nodes in this file",
                                      kMaxAliasExpansionNodes)));
      throw StopParsing{};
    }
    if (expansion_bytes_ > kMaxAliasExpansionBytes) {
      out_.push_back(make_diagnostic(
          "alias-expansion-limit", positions_.at(mark),
          fmt::format("alias expansion copies more than {} MiB of text in this file",
                      kMaxAliasExpansionBytes >> 20)));
      throw StopParsing{};
    }
    check_depth(mark, static_cast<int>(stack_.size()) + target.height);
    RawNode alias;
    alias.kind = target.kind;
    alias.is_alias = true;
    alias.target = found->second;
    alias.complete = true;
    place(alias, mark);
    alias.size = target.size;
    alias.bytes = target.bytes;
    alias.height = target.height;
    nodes_.push_back(std::move(alias));
    attach(static_cast<std::uint32_t>(nodes_.size() - 1));
  }

  // A tag outside the format is read as if absent, with a warning, so that a
  // habit from other YAML tools (`!Ref`, `!!timestamp`) never changes a value
  // silently.
  TagMeaning read_tag(const yaml_mark_t& mark, std::string_view tag) {
    const TagMeaning meaning = tag_meaning(tag);
    if (meaning == TagMeaning::unsupported) {
      out_.push_back(make_diagnostic(
          "unsupported-tag", positions_.at(mark),
          fmt::format("the YAML tag '{}' is not part of the inventory format and is ignored",
                      display_tag(tag))));
    }
    return meaning;
  }

  std::uint32_t add(const yaml_mark_t& mark, Node::Kind kind) {
    if (nodes_.size() >= max_nodes_) {
      const std::string message =
          max_nodes_ == kMaxFileNodes
              ? fmt::format("the file holds more than {} million YAML nodes",
                            kMaxFileNodes / 1'000'000)
              : fmt::format("the inventory's files hold more than {} million YAML nodes together",
                            kMaxFileNodes / 1'000'000);
      out_.push_back(make_diagnostic("file-too-large", positions_.at(mark), message));
      limit_reached_ = true;
      throw StopParsing{};
    }
    RawNode node;
    node.kind = kind;
    place(node, mark);
    node.complete = kind == Node::Kind::scalar || kind == Node::Kind::null;
    nodes_.push_back(std::move(node));
    return static_cast<std::uint32_t>(nodes_.size() - 1);
  }

  void finish(std::uint32_t index, std::string_view anchor) {
    if (!anchor.empty())
      anchors_[std::string(anchor)] = index;
    attach(index);
  }

  void attach(std::uint32_t index) {
    if (stack_.empty()) {
      root_ = index;
      return;
    }
    RawNode& parent = nodes_[stack_.back()];
    if (parent.last_child == kNoNode) {
      parent.first_child = index;
    } else {
      nodes_[parent.last_child].next_sibling = index;
    }
    parent.last_child = index;
    ++parent.child_count;
  }

  void open(const yaml_mark_t& mark, Node::Kind kind, std::string_view tag,
            std::string_view anchor) {
    read_tag(mark, tag);
    check_depth(mark, static_cast<int>(stack_.size()) + 1);
    const std::uint32_t index = add(mark, kind);
    // Registered now so that an alias inside the node finds it incomplete.
    if (!anchor.empty())
      anchors_[std::string(anchor)] = index;
    attach(index);
    stack_.push_back(index);
  }

  void close() {
    const std::uint32_t index = stack_.back();
    stack_.pop_back();
    if (nodes_[index].kind == Node::Kind::map)
      drop_bad_keys(nodes_[index]);
    RawNode& node = nodes_[index];
    node.complete = true;
    for_each_child(nodes_, node, [&](std::uint32_t child) {
      node.size += nodes_[child].size;
      node.bytes += nodes_[child].bytes;
      node.height = std::max(node.height, nodes_[child].height);
    });
    node.height += 1;
  }

  // Keys must be scalars (the format's keys are words); a key given twice
  // keeps its first value, and the second is reported with the first as a note.
  void drop_bad_keys(RawNode& map) {
    KeyIndex seen;
    std::uint32_t kept_last = kNoNode;
    std::uint32_t key = map.first_child;
    map.first_child = kNoNode;
    map.child_count = 0;
    while (key != kNoNode && nodes_[key].next_sibling != kNoNode) {
      const std::uint32_t value = nodes_[key].next_sibling;
      const std::uint32_t next_key = nodes_[value].next_sibling;
      if (keep_key(key, value, seen)) {
        if (kept_last == kNoNode) {
          map.first_child = key;
        } else {
          nodes_[kept_last].next_sibling = key;
        }
        kept_last = value;
        map.child_count += 2;
      }
      key = next_key;
    }
    if (kept_last != kNoNode)
      nodes_[kept_last].next_sibling = kNoNode;
    map.last_child = kept_last;
  }

  // The keys kept so far in one map. Most maps have a handful of keys: those
  // are compared in place; a hash index is built only past kSmallMap keys.
  struct KeyIndex {
    static constexpr std::size_t kSmallMap = 16;
    std::array<std::uint32_t, kSmallMap> small{};
    std::size_t small_count = 0;
    std::unordered_map<std::string_view, std::uint32_t> large;
  };

  std::optional<std::uint32_t> find_key(const KeyIndex& seen, std::string_view text) const {
    if (!seen.large.empty()) {
      const auto found = seen.large.find(text);
      return found == seen.large.end() ? std::nullopt : std::optional(found->second);
    }
    for (std::size_t i = 0; i < seen.small_count; ++i) {
      if (this->text(resolve(seen.small[i])) == text)
        return seen.small[i];
    }
    return std::nullopt;
  }

  void remember_key(KeyIndex& seen, std::string_view text, std::uint32_t key) const {
    if (seen.large.empty() && seen.small_count < KeyIndex::kSmallMap) {
      seen.small[seen.small_count++] = key;
      return;
    }
    if (seen.large.empty()) {
      for (std::size_t i = 0; i < seen.small_count; ++i)
        seen.large.emplace(this->text(resolve(seen.small[i])), seen.small[i]);
    }
    seen.large.emplace(text, key);
  }

  // Whether the entry key: value stays in its map.
  bool keep_key(std::uint32_t key, std::uint32_t value, KeyIndex& seen) {
    const RawNode& resolved = resolve(key);
    if (resolved.kind != Node::Kind::scalar) {
      out_.push_back(make_diagnostic(
          "wrong-type", where(nodes_[key]),
          fmt::format("a map key must be a string, not {}", kind_phrase(resolved.kind))));
      return false;
    }
    const std::string_view key_text = text(resolved);
    if (const auto first = find_key(seen, key_text)) {
      auto diagnostic = make_diagnostic("duplicate-key", where(nodes_[key]),
                                        fmt::format("duplicate key '{}' in this map", key_text));
      diagnostic.notes.push_back(base::Note{where(nodes_[*first]), "first defined here"});
      out_.push_back(std::move(diagnostic));
      return false;
    }
    remember_key(seen, key_text, key);
    RawNode& value_node = nodes_[value];
    if (value_node.implicit_null) {
      value_node.line = nodes_[key].line;
      value_node.column = nodes_[key].column;
    }
    return true;
  }

  void place(RawNode& node, const yaml_mark_t& mark) {
    std::tie(node.line, node.column) = positions_.line_column(mark.index);
  }

  Location where(const RawNode& node) const {
    return Location{positions_.file(), node.line, node.column};
  }

  const RawNode& resolve(std::uint32_t index) const {
    const RawNode& node = nodes_[index];
    return node.is_alias ? nodes_[node.target] : node;
  }

  static std::string_view kind_phrase(Node::Kind kind) {
    switch (kind) {
      case Node::Kind::null:
        return "empty (null)";
      case Node::Kind::scalar:
        return "a scalar";
      case Node::Kind::sequence:
        return "a sequence";
      case Node::Kind::map:
        return "a map";
    }
    return "a value";
  }

  void check_depth(const yaml_mark_t& mark, int depth) {
    if (depth <= kMaxNestingDepth)
      return;
    out_.push_back(
        make_diagnostic("nesting-too-deep", positions_.at(mark),
                        fmt::format("the YAML nests deeper than {} levels (level {} opens here)",
                                    kMaxNestingDepth, depth)));
    throw StopParsing{};
  }

  Positions& positions_;
  base::Diagnostics& out_;
  std::size_t max_nodes_;
  bool limit_reached_ = false;
  std::vector<RawNode> nodes_;
  std::string text_;  // the text of every scalar, one after another
  std::vector<std::uint32_t> stack_;
  // Anchor names to nodes; a name defined again names the later node.
  std::unordered_map<std::string, std::uint32_t> anchors_;
  std::optional<std::uint32_t> root_;
  std::uint64_t expansion_nodes_ = 0;
  std::uint64_t expansion_bytes_ = 0;
};

// How far the reading got when a syntax error stopped it.
enum class Stage {
  first_document,
  after_end_marker,    // the first document ended with a '...' line
  after_implicit_end,  // the first document's top-level value ended, with no marker
  second_document,     // a '---' started a second document
};

// Reads the events of a document whose DOCUMENT-START has been read, up to
// its end, and nothing else: a syntax error in it still throws.
void skip_document(EventReader& events) {
  while (events.next().type != YAML_DOCUMENT_END_EVENT) {
  }
}

// Builds the Node for raw node `index`. Depth is bounded by the checks above
// (kMaxNestingDepth), so the recursion is too. An alias builds its target's
// subtree again: expansion was bounded while parsing.
void build(const TreeBuilder& builder, std::uint32_t index,
           const std::shared_ptr<const std::string>& file, Node& node) {
  const std::vector<RawNode>& nodes = builder.nodes();
  const RawNode& raw = nodes[index];
  const RawNode& source = raw.is_alias ? nodes[raw.target] : raw;
  node.kind = source.kind;
  node.location = NodeLocation{file, raw.line, raw.column};
  node.text = builder.text(source);
  node.quoted = source.quoted;
  node.text_tag = source.text_tag;
  if (source.kind == Node::Kind::sequence) {
    node.items.resize(source.child_count);
    std::size_t i = 0;
    for_each_child(nodes, source,
                   [&](std::uint32_t child) { build(builder, child, file, node.items[i++]); });
  } else if (source.kind == Node::Kind::map) {
    node.entries.resize(source.child_count / 2);
    std::size_t i = 0;
    for_each_child(nodes, source, [&](std::uint32_t child) {
      auto& entry = node.entries[i / 2];
      build(builder, child, file, i % 2 == 0 ? entry.first : entry.second);
      ++i;
    });
  }
}

// libyaml follows YAML 1.1, where NEL (U+0085), LS (U+2028) and PS (U+2029)
// are line breaks; to YAML 1.2, to editors and to appmix's line numbers they
// are not. Rather than let one split a value or end a comment unseen, the
// file is rejected at the first one. Returns true when it reported.
bool check_unicode_line_breaks(std::string_view bytes, LinePositions& positions,
                               base::Diagnostics& out) {
  for (std::size_t i = bytes.find_first_of("\xC2\xE2"); i != std::string_view::npos;
       i = bytes.find_first_of("\xC2\xE2", i + 1)) {
    const std::string_view rest = bytes.substr(i, 3);
    const char* name = rest.starts_with("\xC2\x85") ? "U+0085 (next line)"
                       : rest == "\xE2\x80\xA8"     ? "U+2028 (line separator)"
                       : rest == "\xE2\x80\xA9"     ? "U+2029 (paragraph separator)"
                                                    : nullptr;
    if (name != nullptr) {
      out.push_back(make_diagnostic(
          "yaml-syntax", positions.at_byte(i),
          fmt::format("the character {} would be read as a line break; replace it with a space "
                      "or a real line break",
                      name)));
      return true;
    }
  }
  return false;
}

// libyaml rejects an escape such as "\uD800" (a lone surrogate) or one beyond
// U+10FFFF at its first hex digit, without the value: the digits are read
// again here, and the escape is reported as text that is not Unicode.
void report_invalid_escape(std::size_t digits_at, std::string_view bytes, LinePositions& positions,
                           base::Diagnostics& out) {
  const std::size_t count = digits_at > 0 && bytes[digits_at - 1] == 'u' ? 4 : 8;
  std::uint64_t code = 0;
  const std::string_view digits = bytes.substr(digits_at, count);
  std::from_chars(digits.data(), digits.data() + digits.size(), code, 16);
  const std::size_t line_start = bytes.rfind('\n', digits_at) + 1;  // npos + 1 == 0
  const std::size_t line_end = std::min(bytes.find('\n', digits_at), bytes.size());
  const InvalidEscape escape =
      describe_invalid_escape(bytes.substr(line_start, line_end - line_start),
                              digits_at - line_start + digits.size(), code);
  out.push_back(make_diagnostic("invalid-utf8", positions.at_byte(line_start + escape.byte_column),
                                escape.message));
}

void report_syntax_error(const yaml_parser_t& parser, Stage stage, std::string_view bytes,
                         Positions& positions, base::Diagnostics& out) {
  const std::string_view problem = as_text(parser.problem);
  if (parser.error == YAML_READER_ERROR) {
    // The text checks leave libyaml's reader one thing to reject: a character
    // that YAML does not allow in a file (C0 and C1 controls but tab and line
    // breaks, DEL, U+FFFE, U+FFFF). libyaml gives its byte offset.
    const auto value = static_cast<unsigned>(parser.problem_value);
    out.push_back(make_diagnostic(
        "yaml-syntax", positions.at_byte(parser.problem_offset),
        problem == "control characters are not allowed"
            ? fmt::format("the {} U+{:04X} is not allowed in YAML; remove it, or write it as the "
                          "escape \\u{:04X} in a double-quoted string",
                          value < 0xA0 ? "control character" : "noncharacter", value, value)
            : fmt::format("{} (byte offset {})", problem, parser.problem_offset)));
    return;
  }
  const yaml_mark_t& mark = parser.problem_mark;
  if (problem == "found invalid Unicode character escape code") {
    report_invalid_escape(positions.byte_offset(mark.index), bytes, positions, out);
    return;
  }
  if (problem == "did not find expected <document start>" && stage == Stage::after_end_marker) {
    out.push_back(make_diagnostic(
        "multiple-documents", positions.at(mark),
        "a second YAML document starts here; an inventory file holds one document"));
    return;
  }
  if (problem == "did not find expected <document start>" && stage == Stage::after_implicit_end) {
    // libyaml ends a document whose top-level value cannot go on (a scalar,
    // or a map left by a line indented less than its keys); the text after it
    // is a mistake inside the document, not a second one.
    out.push_back(
        make_diagnostic("yaml-syntax", positions.at(mark),
                        "the document's top-level value ended before this point; check the "
                        "indentation, or look for a stray ']' or '}'"));
    return;
  }
  const std::size_t offset = positions.byte_offset(mark.index);
  const std::string_view text = bytes.substr(offset, bytes.find('\n', offset) - offset);
  const Location context = positions.at(parser.context_mark);
  const SyntaxMessage described =
      describe_yaml_error(YamlError{problem, as_text(parser.context), context.line, context.column,
                                    text, offset == bytes.size()});
  out.push_back(make_diagnostic("yaml-syntax", described.at_context ? context : positions.at(mark),
                                described.message));
}

}  // namespace

ParsedFile parse_yaml(const SourceFile& file, std::size_t max_nodes) {
  ParsedFile parsed;
  parsed.diagnostics = check_text(file.path, file.bytes);
  if (base::has_errors(parsed.diagnostics))
    return parsed;

  Positions positions(file.path, file.bytes);
  if (check_unicode_line_breaks(file.bytes, positions, parsed.diagnostics))
    return parsed;
  TreeBuilder builder(positions, parsed.diagnostics, file.bytes.size(), max_nodes);
  EventReader events(file.bytes);
  bool usable = true;
  Stage stage = Stage::first_document;
  try {
    events.next();  // STREAM-START
    if (events.next().type == YAML_DOCUMENT_START_EVENT) {
      stage = builder.read_document(events) ? Stage::after_end_marker : Stage::after_implicit_end;
      const yaml_event_t& after = events.next();
      if (after.type == YAML_DOCUMENT_START_EVENT) {
        stage = Stage::second_document;
        const yaml_mark_t start = after.start_mark;
        // A syntax error in the second document is reported instead.
        skip_document(events);
        parsed.diagnostics.push_back(make_diagnostic(
            "multiple-documents", positions.at(start),
            "a second YAML document starts here; an inventory file holds one document"));
      }
    }
  } catch (const StopParsing&) {
    usable = false;
    parsed.node_limit_reached = builder.limit_reached();
  } catch (const SyntaxError&) {
    report_syntax_error(events.parser(), stage, file.bytes, positions, parsed.diagnostics);
    // A syntax error in a second document leaves the first one whole.
    usable = stage == Stage::after_end_marker || stage == Stage::second_document;
  }
  if (!usable || !builder.root()) {
    if (usable) {
      parsed.diagnostics.push_back(make_diagnostic("empty-file", Location{file.path, 0, 0},
                                                   "the file holds no YAML document"));
    }
    return parsed;
  }
  parsed.node_count = builder.nodes().size();
  const RawNode& root = builder.nodes()[*builder.root()];
  if (root.kind == Node::Kind::null) {
    parsed.diagnostics.push_back(make_diagnostic("empty-file",
                                                 Location{file.path, root.line, root.column},
                                                 "the file holds only an empty YAML document"));
    return parsed;
  }
  parsed.root.emplace();
  build(builder, *builder.root(), std::make_shared<const std::string>(file.path), *parsed.root);
  return parsed;
}

}  // namespace appmix::inventory
