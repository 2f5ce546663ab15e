// The only file that includes yaml-cpp. It drives yaml-cpp's event parser
// and builds the Node tree itself, so that it sees every anchor and alias
// (to bound alias expansion), every key of a map (to report duplicates
// instead of keeping one silently), and whether a scalar was quoted.
#include "inventory/yaml_reader.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <map>
#include <memory>
#include <sstream>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "inventory/invalid_escape.h"
#include "inventory/line_positions.h"
#include "inventory/text_checks.h"
#include "inventory/yaml_tags.h"

namespace appmix::inventory {
namespace {

using base::Location;
using base::make_diagnostic;

// LinePositions for yaml-cpp's marks; a null mark (no place known) is 0:0.
class Positions : public LinePositions {
 public:
  using LinePositions::LinePositions;
  Location at(const YAML::Mark& mark) {
    if (mark.is_null())
      return Location{file(), 0, 0};
    return LinePositions::at(mark.line, mark.column);
  }
  std::pair<int, int> line_column(const YAML::Mark& mark) {
    if (mark.is_null())
      return {0, 0};
    return LinePositions::line_column(mark.line, mark.column);
  }
  std::string_view text_at(const YAML::Mark& mark) const {
    return LinePositions::text_at(mark.line, mark.column);
  }
};

// Limit on the scalar text that alias expansion may copy in one file, so a
// huge anchored scalar aliased many times cannot exhaust memory either.
constexpr std::uint64_t kMaxAliasExpansionBytes = 16u << 20;

constexpr std::uint32_t kNoNode = UINT32_MAX;

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

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(Positions& positions, base::Diagnostics& out, std::size_t source_bytes,
              std::size_t max_nodes)
      : positions_(positions), out_(out), max_nodes_(max_nodes) {
    // A typical inventory has one node per 9 bytes or so; reserving up front
    // avoids moving the arena (and holding two copies) as it grows. Untouched
    // reserved pages cost address space only.
    nodes_.reserve(std::min<std::size_t>(source_bytes / 8 + 16, max_nodes_));
    // Scalar text is never longer than its source (escapes only shorten it).
    text_.reserve(source_bytes);
  }

  std::optional<std::uint32_t> root() const { return root_; }
  bool limit_reached() const { return limit_reached_; }
  const std::vector<RawNode>& nodes() const { return nodes_; }
  std::string_view text(const RawNode& node) const {
    return std::string_view(text_).substr(node.text_begin, node.text_size);
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::uint32_t index = add(mark, Node::Kind::null);
    // yaml-cpp places an empty value at the next token, often on a later
    // line; such a value is given its key's place instead (see close()).
    const std::string_view text = positions_.text_at(mark);
    const bool written = text.starts_with("~") || text.starts_with("null") ||
                         text.starts_with("Null") || text.starts_with("NULL");
    nodes_[index].implicit_null = !written;
    finish(index, anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const std::uint32_t index = add(mark, Node::Kind::scalar);
    // yaml-cpp tags plain scalars "?" and quoted or block scalars "!"; other
    // values are explicit tags (yaml-cpp does not say whether a tagged
    // scalar was also quoted, so the tag decides).
    const TagMeaning meaning = read_tag(mark, tag);
    nodes_[index].quoted = meaning == TagMeaning::text;
    nodes_[index].text_tag = meaning == TagMeaning::text && tag != "!";
    nodes_[index].bytes = value.size();
    if (is_valid_utf8(value)) {
      nodes_[index].text_begin = static_cast<std::uint32_t>(text_.size());
      nodes_[index].text_size = static_cast<std::uint32_t>(value.size());
      text_ += value;
    } else {
      // The file is UTF-8, but escapes such as "\uD800" (a lone surrogate)
      // can still produce text that is not.
      out_.push_back(make_diagnostic(
          "invalid-utf8", where(nodes_[index]),
          "the escapes in this string do not form valid UTF-8 (a lone surrogate?)"));
    }
    finish(index, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto found = anchors_.find(anchor);
    if (found == anchors_.end() || !nodes_[found->second].complete) {
      // yaml-cpp rejects unknown anchors itself; an incomplete target is an
      // alias inside the node it names, which would expand forever.
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

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    read_tag(mark, tag);
    open(mark, Node::Kind::sequence, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    read_tag(mark, tag);
    open(mark, Node::Kind::map, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  // A tag outside the format is read as if absent, with a warning, so that a
  // habit from other YAML tools (`!Ref`, `!!timestamp`) never changes a value
  // silently.
  TagMeaning read_tag(const YAML::Mark& mark, const std::string& tag) {
    const TagMeaning meaning = tag_meaning(tag);
    if (meaning == TagMeaning::unsupported) {
      out_.push_back(make_diagnostic(
          "unsupported-tag", positions_.at(mark),
          fmt::format("the YAML tag '{}' is not part of the inventory format and is ignored",
                      display_tag(tag))));
    }
    return meaning;
  }

  std::uint32_t add(const YAML::Mark& mark, Node::Kind kind) {
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

  void finish(std::uint32_t index, YAML::anchor_t anchor) {
    if (anchor != 0)
      anchors_[anchor] = index;
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

  void open(const YAML::Mark& mark, Node::Kind kind, YAML::anchor_t anchor) {
    check_depth(mark, static_cast<int>(stack_.size()) + 1);
    const std::uint32_t index = add(mark, kind);
    // Registered now so that an alias inside the node finds it incomplete.
    if (anchor != 0)
      anchors_[anchor] = index;
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

  void place(RawNode& node, const YAML::Mark& mark) {
    std::tie(node.line, node.column) = positions_.line_column(mark);
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

  void check_depth(const YAML::Mark& mark, int depth) {
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
  std::map<YAML::anchor_t, std::uint32_t> anchors_;
  std::optional<std::uint32_t> root_;
  std::uint64_t expansion_nodes_ = 0;
  std::uint64_t expansion_bytes_ = 0;
};

// Notes where a second document starts, and nothing else.
class DocumentCounter : public YAML::EventHandler {
 public:
  std::optional<YAML::Mark> start;
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (!start)
      start = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

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

void report_yaml_error(const YAML::Exception& error, Positions& positions, base::Diagnostics& out) {
  // yaml-cpp rejects an escape such as "\uD800" (a lone surrogate) or one
  // beyond U+10FFFF with "invalid unicode: <decimal>": text that is not
  // Unicode, so it is reported as such, with the code point in hex.
  const std::string_view invalid = YAML::ErrorMsg::INVALID_UNICODE;
  if (error.msg.starts_with(invalid)) {
    const std::string_view digits = std::string_view(error.msg).substr(invalid.size());
    std::uint64_t code = 0;
    const auto [end, failed] = std::from_chars(digits.data(), digits.data() + digits.size(), code);
    if (failed == std::errc() && end == digits.data() + digits.size()) {
      const InvalidEscape escape = describe_invalid_escape(
          positions.LinePositions::text_at(error.mark.line, 0), error.mark.column, code);
      out.push_back(make_diagnostic(
          "invalid-utf8",
          positions.LinePositions::at(error.mark.line, static_cast<int>(escape.byte_column)),
          escape.message));
      return;
    }
  }
  out.push_back(make_diagnostic("yaml-syntax", positions.at(error.mark), error.msg));
}

}  // namespace

ParsedFile parse_yaml(const SourceFile& file, std::size_t max_nodes) {
  ParsedFile parsed;
  parsed.diagnostics = check_text(file.path, file.bytes);
  if (base::has_errors(parsed.diagnostics))
    return parsed;

  Positions positions(file.path, file.bytes);
  TreeBuilder builder(positions, parsed.diagnostics, file.bytes.size(), max_nodes);
  std::istringstream stream(file.bytes);
  bool usable = true;
  bool first_document_read = false;
  try {
    YAML::Parser parser(stream);
    if (parser.HandleNextDocument(builder)) {
      first_document_read = true;
      DocumentCounter second;
      if (parser.HandleNextDocument(second) && second.start) {
        parsed.diagnostics.push_back(make_diagnostic(
            "multiple-documents", positions.at(*second.start),
            "a second YAML document starts here; an inventory file holds one document"));
      }
    }
  } catch (const StopParsing&) {
    usable = false;
    parsed.node_limit_reached = builder.limit_reached();
  } catch (const YAML::DeepRecursion& error) {
    // yaml-cpp's own recursion guard; the text scan normally reports first.
    parsed.diagnostics.push_back(
        make_diagnostic("nesting-too-deep", positions.at(error.mark),
                        fmt::format("the YAML nests deeper than {} levels", kMaxNestingDepth)));
    usable = false;
  } catch (const YAML::Exception& error) {
    report_yaml_error(error, positions, parsed.diagnostics);
    // A syntax error in a second document leaves the first one whole.
    usable = first_document_read;
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
