#include "inventory/yaml_reader.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace appmix::inventory {
namespace {

ParsedFile parse(std::string_view text) {
  return parse_yaml(SourceFile{"f.yaml", std::string(text)});
}

std::string where(const base::Location& l) {
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// "rule at file:line:col: message" for each diagnostic, one per line.
std::string render(const base::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += d.rule + " at " + where(d.location) + ": " + d.message + "\n";
    for (const auto& note : d.notes)
      out += "  note at " + where(note.location) + ": " + note.message + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("scalars, sequences and maps keep their text, quoting and places") {
  const auto parsed = parse(
      "\xEF\xBB\xBF"
      "n\xC3\xA4me: \"Caf\xC3\xA9\"\r\nlist: [a, 'b', 2]\nplain: 1000\n");
  REQUIRE(parsed.root);
  CHECK(parsed.diagnostics.empty());
  const Node& root = *parsed.root;
  CHECK(root.is_map());
  REQUIRE(root.entries.size() == 3);
  const Node* name = root.find("n\xC3\xA4me");
  REQUIRE(name);
  CHECK(name->text == "Caf\xC3\xA9");
  CHECK(name->quoted);
  CHECK(where(name->location) == "f.yaml:1:7");  // code points, the byte-order mark not counted
  const Node* list = root.find("list");
  REQUIRE(list);
  REQUIRE(list->items.size() == 3);
  CHECK(where(list->location) == "f.yaml:2:7");
  CHECK_FALSE(list->items[0].quoted);
  CHECK(list->items[1].quoted);
  CHECK(where(list->items[2].location) == "f.yaml:2:16");
  CHECK_FALSE(root.find("plain")->quoted);
}

TEST_CASE("nulls") {
  const auto parsed = parse("a: ~\nb: null\nc:\nd: \"null\"\ne: |\n  text\n");
  REQUIRE(parsed.root);
  const Node& root = *parsed.root;
  CHECK(root.find("a")->is_null());
  CHECK(root.find("b")->is_null());
  CHECK(root.find("c")->is_null());
  // An empty value sits at its key, not at the next line's token.
  CHECK(where(root.find("c")->location) == "f.yaml:3:1");
  CHECK(root.find("d")->is_scalar());
  CHECK(root.find("e")->text == "text\n");
  CHECK(root.find("e")->quoted);  // a block scalar is not a plain scalar
  // An empty list item sits just after its '-'.
  const auto list = parse("a:\n  -\n  - x\n");
  REQUIRE(list.root);
  CHECK(list.root->find("a")->items.at(0).is_null());
  CHECK(where(list.root->find("a")->items.at(0).location) == "f.yaml:2:4");
}

TEST_CASE("duplicate keys keep the first and name both places") {
  const auto parsed = parse("a: 1\nb:\n  x: 1\n  'x': 2\na: 3\n");
  REQUIRE(parsed.root);
  CHECK(render(parsed.diagnostics) ==
        "duplicate-key at f.yaml:4:3: duplicate key 'x' in this map\n"
        "  note at f.yaml:3:3: first defined here\n"
        "duplicate-key at f.yaml:5:1: duplicate key 'a' in this map\n"
        "  note at f.yaml:1:1: first defined here\n");
  CHECK(parsed.root->entries.size() == 2);
  CHECK(parsed.root->find("a")->text == "1");
  CHECK(parsed.root->find("b")->entries.size() == 1);
}

TEST_CASE("keys that are not scalars are dropped as wrong-type") {
  const auto parsed = parse("[a]: 1\n{b: c}: 2\n? ~\n: 3\nok: 4\n");
  REQUIRE(parsed.root);
  CHECK(render(parsed.diagnostics) ==
        "wrong-type at f.yaml:1:1: a map key must be a string, not a sequence\n"
        "wrong-type at f.yaml:2:1: a map key must be a string, not a map\n"
        "wrong-type at f.yaml:3:3: a map key must be a string, not empty (null)\n");
  REQUIRE(parsed.root->entries.size() == 1);
  CHECK(parsed.root->entries[0].first.text == "ok");
}

TEST_CASE("documents") {
  SUBCASE("a second document is an error; the first is still read") {
    const auto parsed = parse("---\na: 1\n---\nb: 2\n");
    CHECK(render(parsed.diagnostics) ==
          "multiple-documents at f.yaml:3:1: a second YAML document starts here; an inventory "
          "file holds one document\n");
    REQUIRE(parsed.root);
    CHECK(parsed.root->find("a"));
  }
  SUBCASE("an empty document is an empty file") {
    const auto parsed = parse("---\n...\n");
    CHECK(render(parsed.diagnostics) ==
          "empty-file at f.yaml:2:1: the file holds only an empty YAML document\n");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("a document that is only null") {
    CHECK(parse("~\n").diagnostics.at(0).rule == "empty-file");
  }
  SUBCASE("text after a '...' that ends the first document is a second document") {
    const auto parsed = parse("a: 1\n...\nb: 2\n");
    CHECK(render(parsed.diagnostics) ==
          "multiple-documents at f.yaml:3:1: a second YAML document starts here; an inventory "
          "file holds one document\n");
    REQUIRE(parsed.root);
    CHECK(parsed.root->find("a"));
  }
  SUBCASE("text that a document's top-level value cannot take is a syntax error in it") {
    const auto parsed = parse("   indented by mistake\n# a comment\nappmix: 1\n");
    CHECK(render(parsed.diagnostics) ==
          "yaml-syntax at f.yaml:3:1: the document's top-level value ended before this point; "
          "check the indentation, or look for a stray ']' or '}'\n");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("a scalar document is returned for the next layer to reject") {
    const auto parsed = parse("hello\n");
    REQUIRE(parsed.root);
    CHECK(parsed.root->is_scalar());
  }
}

TEST_CASE("syntax errors are explained at 1-based places") {
  SUBCASE("unclosed flow sequence") {
    const auto parsed = parse("a: [1, 2\n");
    CHECK(render(parsed.diagnostics) ==
          "yaml-syntax at f.yaml:2:1: expected ',' or ']' here: the list opened with '[' at line "
          "1, column 4 is not closed (or a ',' is missing between two items)\n");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("bad indentation, column in code points") {
    const auto parsed = parse("\xC3\xA9: 1\n  b: 2\n c: 3\n");
    CHECK(render(parsed.diagnostics) ==
          "yaml-syntax at f.yaml:2:4: a ':' followed by a space cannot start a map value here; "
          "quote the value if it contains ': ', or check the indentation\n");
  }
  SUBCASE("a key without ':' is shown at the key") {
    CHECK(render(parse("apps:\n  - id: a\n    n\xC3\xA4me\n  - id: b\n").diagnostics) ==
          "yaml-syntax at f.yaml:3:5: expected ':' after this key, on the same line; if the line "
          "continues the value above, indent it further\n");
  }
  SUBCASE("unknown alias") {
    CHECK(render(parse("a: *nowhere\n").diagnostics) ==
          "yaml-syntax at f.yaml:1:4: the alias '*nowhere' names no anchor; define '&nowhere' on "
          "a value before it\n");
  }
  SUBCASE("an error in a second document keeps the first") {
    const auto parsed = parse("a: 1\n---\nb: [\n");
    CHECK(render(parsed.diagnostics) ==
          "yaml-syntax at f.yaml:4:1: expected a value here, but the file ends (is a '[' or '{' "
          "left open?)\n");
    CHECK(parsed.root);
  }
}

TEST_CASE("characters that libyaml rejects or reads as YAML 1.1 does") {
  SUBCASE("a control character, at its code-point column") {
    CHECK(render(parse("\xC3\xA9: x\x1By\n").diagnostics) ==
          "yaml-syntax at f.yaml:1:5: the control character U+001B is not allowed in YAML; remove "
          "it, or write it as the escape \\u001B in a double-quoted string\n");
    CHECK(render(parse("\xEF\xBB\xBF"
                       "a: \"\xC2\x80\"\n")
                     .diagnostics) ==
          "yaml-syntax at f.yaml:1:5: the control character U+0080 is not allowed in YAML; remove "
          "it, or write it as the escape \\u0080 in a double-quoted string\n");
    CHECK(parse("a: \xEF\xBF\xBF\n")
              .diagnostics.at(0)
              .message.starts_with("the noncharacter U+FFFF is not allowed"));
  }
  SUBCASE("NEL, LS and PS would be line breaks") {
    CHECK(render(parse("a: x\n# note\xE2\x80\xA8"
                       "b: 2\n")
                     .diagnostics) ==
          "yaml-syntax at f.yaml:2:7: the character U+2028 (line separator) would be read as a "
          "line break; replace it with a space or a real line break\n");
    CHECK(parse("a: \"x\xC2\x85y\"\n")
              .diagnostics.at(0)
              .message.starts_with("the character U+0085 (next line)"));
    CHECK(parse("a: x\xE2\x80\xA9\n")
              .diagnostics.at(0)
              .message.starts_with("the character U+2029 (paragraph separator)"));
  }
  SUBCASE("an escape that names no character is invalid text, at its backslash") {
    CHECK(render(parse("\xC3\xA9: \"x\\uD800\"\n").diagnostics) ==
          "invalid-utf8 at f.yaml:1:6: the escape for U+D800 is not a Unicode character (a lone "
          "surrogate half, or beyond U+10FFFF); write the character itself\n");
    CHECK(render(parse("a: \"\\U00110000\"\n").diagnostics) ==
          "invalid-utf8 at f.yaml:1:5: the escape for U+110000 is not a Unicode character (a "
          "lone surrogate half, or beyond U+10FFFF); write the character itself\n");
    CHECK(render(parse("a: \"\\uD83D\\uDE00\"\n").diagnostics) ==
          "invalid-utf8 at f.yaml:1:5: a UTF-16 surrogate pair is not a YAML escape; write "
          "\\U0001F600 or the character itself\n");
  }
  SUBCASE("a lone CR is a line break to libyaml, a column to appmix") {
    const auto parsed = parse("a: 1\rb: 2\nc: 3\n");
    REQUIRE(parsed.root);
    CHECK(parsed.diagnostics.empty());
    CHECK(where(parsed.root->entries.at(1).first.location) == "f.yaml:1:6");
    CHECK(where(parsed.root->find("c")->location) == "f.yaml:2:4");
  }
  SUBCASE("YAML 1.1 words and directives change nothing") {
    const auto parsed = parse("%YAML 1.2\n%TAG !e! tag:example.com,2000:\n---\na: yes\nb: ~\n");
    REQUIRE(parsed.root);
    CHECK(parsed.root->find("a")->text == "yes");
    CHECK_FALSE(parsed.root->find("a")->quoted);
    CHECK(parsed.root->find("b")->is_null());
    CHECK(render(parse("%YAML 2.0\n---\na: 1\n").diagnostics) ==
          "yaml-syntax at f.yaml:1:1: appmix reads YAML 1.1 and 1.2; write '%YAML 1.2' or "
          "remove the directive\n");
  }
}

TEST_CASE("tags decide how a scalar is read") {
  const auto parsed = parse(
      "a: !!str null\nb: !Ref ~\nc: !!int\nd: !Ref \"40\"\ne: !!int \"5\"\nf: ! 5\ng: !!str\n");
  REQUIRE(parsed.root);
  const Node& root = *parsed.root;
  CHECK(root.find("a")->is_scalar());  // !!str marks text, even a null word
  CHECK(root.find("a")->text_tag);
  CHECK(root.find("b")->is_null());  // a tag the format ignores changes nothing
  CHECK(root.find("c")->is_null());
  CHECK(root.find("d")->quoted);
  CHECK_FALSE(root.find("e")->quoted);  // the core tag says it is a number
  CHECK(root.find("f")->quoted);
  CHECK_FALSE(root.find("f")->text_tag);  // the messages of text_tag name !!str
  CHECK(root.find("g")->is_scalar());
  CHECK(root.find("g")->text.empty());
  CHECK(render(parsed.diagnostics) ==
        "unsupported-tag at f.yaml:2:4: the YAML tag '!Ref' is not part of the inventory format "
        "and is ignored\n"
        "unsupported-tag at f.yaml:4:4: the YAML tag '!Ref' is not part of the inventory format "
        "and is ignored\n");
}

TEST_CASE("anchors and aliases") {
  SUBCASE("an alias is a copy placed at the alias") {
    const auto parsed = parse("base: &b {annual: 5}\napp:\n  cost: *b\n");
    REQUIRE(parsed.root);
    CHECK(parsed.diagnostics.empty());
    const Node* cost = parsed.root->find("app")->find("cost");
    REQUIRE(cost);
    CHECK(cost->find("annual")->text == "5");
    CHECK(where(cost->location) == "f.yaml:3:9");
  }
  SUBCASE("an alias inside its own anchor") {
    CHECK(render(parse("a: &x [1, *x]\n").diagnostics) ==
          "yaml-syntax at f.yaml:1:11: an alias refers to a node that contains it\n");
  }
  SUBCASE("a merge key reaches the next layer as a plain key; only its alias is expanded") {
    const auto parsed = parse("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n");
    REQUIRE(parsed.root);
    const Node* merge = parsed.root->find("item")->find("<<");
    REQUIRE(merge);
    CHECK(merge->is_map());
    CHECK_FALSE(parsed.root->find("item")->entries[0].first.quoted);
    CHECK_FALSE(parsed.root->find("item")->find("x"));
  }
  SUBCASE("an expansion bomb stops at the limit, quickly") {
    std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
      // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "a" + to_string.
      const std::string name = std::to_string(i);
      const std::string previous = std::to_string(i - 1);
      bomb.append("a").append(name).append(": &a").append(name).append(" [");
      for (int k = 0; k < 10; ++k)
        bomb.append(k ? ", *a" : "*a").append(previous);
      bomb += "]\n";
    }
    const auto start = std::chrono::steady_clock::now();
    const auto parsed = parse(bomb);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(render(parsed.diagnostics) ==
          "alias-expansion-limit at f.yaml:5:45: alias expansion adds more than 100000 nodes "
          "in this file\n");
    CHECK_FALSE(parsed.root);
  }
  SUBCASE("100,000 expanded nodes pass") {
    std::string text = "a: &a [" + std::string("x");
    for (int i = 1; i < 999; ++i)
      text += ", x";
    text += "]\nb: [";  // the anchored list has 1,000 nodes with itself
    for (int i = 0; i < 100; ++i)
      text += i ? ", *a" : "*a";
    text += "]\n";
    CHECK(parse(text).diagnostics.empty());
    CHECK(parse(text.substr(0, text.size() - 2) + ", x, *a]\n").diagnostics.at(0).rule ==
          "alias-expansion-limit");
  }
  SUBCASE("a huge scalar aliased many times") {
    std::string text = "a: &a " + std::string(1 << 20, 'x') + "\nb: [";
    for (int i = 0; i < 20; ++i)
      text += i ? ", *a" : "*a";
    text += "]\n";
    CHECK(render(parse(text).diagnostics) ==
          "alias-expansion-limit at f.yaml:2:69: alias expansion copies more than 16 MiB of "
          "text in this file\n");
  }
  SUBCASE("aliases cannot nest deeper than the limit") {
    const std::string deep40 = std::string(40, '[') + "x" + std::string(40, ']');
    const std::string text =
        "a: &a " + deep40 + "\nb: " + std::string(30, '[') + "*a" + std::string(30, ']') + "\n";
    CHECK(render(parse(text).diagnostics) ==
          "nesting-too-deep at f.yaml:2:34: the YAML nests deeper than 64 levels (level 71 opens "
          "here)\n");
  }
}

TEST_CASE("64 levels, the limit, parse in flow and block style") {
  const auto depth = [](const Node& root) {
    int levels = 0;
    for (const Node* node = &root; node != nullptr;) {
      ++levels;
      node = node->is_sequence() && !node->items.empty() ? &node->items[0]
             : node->is_map() && !node->entries.empty()  ? &node->entries[0].second
                                                         : nullptr;
    }
    return levels - 1;  // the innermost scalar is not a level
  };
  const auto flow = parse(std::string(64, '[') + "x" + std::string(64, ']'));
  REQUIRE(flow.root);
  CHECK(flow.diagnostics.empty());
  CHECK(depth(*flow.root) == 64);
  std::string block;
  for (int i = 0; i < 64; ++i)
    block += std::string(i, ' ') + "k:\n";
  block += std::string(64, ' ') + "leaf\n";
  const auto parsed = parse(block);
  REQUIRE(parsed.root);
  CHECK(depth(*parsed.root) == 64);
}

TEST_CASE("text problems stop before YAML") {
  CHECK(parse("").diagnostics.at(0).rule == "empty-file");
  CHECK(parse("a: \xFF\n").diagnostics.at(0).rule == "invalid-utf8");
  CHECK_FALSE(parse("a: \xFF\n").root);
  CHECK(parse(std::string(10000, '[')).diagnostics.at(0).rule == "nesting-too-deep");
}

TEST_CASE("hostile fixtures in tests/data/hostile") {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(APPMIX_SOURCE_DIR) / "tests" / "data" / "hostile";
  const std::map<std::string, std::string> expected = {
      {"alias-bomb.yaml", "alias-expansion-limit"},
      {"binary.yaml", "binary-file"},
      {"empty.yaml", "empty-file"},
      {"comments-only.yaml", "empty-file"},
      {"invalid-utf8.yaml", "invalid-utf8"},
      {"utf16.yaml", "invalid-utf8"},
      {"deep-flow.yaml", "nesting-too-deep"},
      {"deep-block.yaml", "nesting-too-deep"},
      {"two-documents.yaml", "multiple-documents"},
      {"self-alias.yaml", "yaml-syntax"},
      {"duplicate-keys.yaml", "duplicate-key"},
  };
  for (const auto& entry : expected) {
    const std::string& name = entry.first;  // not a structured binding: CAPTURE's lambda uses it
    const std::string& rule = entry.second;
    CAPTURE(name);
    std::ifstream in(folder / name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const auto parsed = parse_yaml(SourceFile{name, bytes.str()});
    REQUIRE_FALSE(parsed.diagnostics.empty());
    CHECK(parsed.diagnostics.front().rule == rule);
  }
}

}  // namespace appmix::inventory

namespace appmix::inventory {

TEST_CASE("a node budget shared by the parts of a directory stops the file that exceeds it") {
  const SourceFile file{"part.yaml", "a: [1, 2, 3]\nb: x\n"};
  const ParsedFile whole = parse_yaml(file);
  REQUIRE(whole.root);
  CHECK(whole.node_count == 8);  // map, a, [], 1, 2, 3, b, x
  CHECK_FALSE(whole.node_limit_reached);

  const ParsedFile short_budget = parse_yaml(file, 5);
  CHECK_FALSE(short_budget.root);
  CHECK(short_budget.node_limit_reached);
  REQUIRE(short_budget.diagnostics.size() == 1);
  CHECK(short_budget.diagnostics[0].rule == "file-too-large");
  CHECK(short_budget.diagnostics[0].message ==
        "the inventory's files hold more than 8 million YAML nodes together");
}

}  // namespace appmix::inventory
