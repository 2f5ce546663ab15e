#include "lsp/completion_context.h"

#include <doctest/doctest.h>

#include <string>

namespace appmix::lsp {
namespace {

// The context at the end of `text` (the cursor after its last character).
CompletionContext at_end(const std::string& text) {
  const TextLines lines(text);
  const int last = lines.line_count() - 1;
  return completion_context(lines, {last, static_cast<int>(lines.line(last).size())});
}

using Path = std::vector<std::string>;

TEST_CASE("a value in a flow list of an app") {
  const CompletionContext context =
      at_end("apps:\n  - id: crm\n    name: CRM\n    capabilities: [sell, he");
  CHECK(context.value);
  CHECK(context.key == "capabilities");
  CHECK(context.path == Path{"apps"});
  CHECK(context.word == "he");
  CHECK(context.word_start == Position{3, 25});
}

TEST_CASE("a block list item is the value of the list's key") {
  const CompletionContext context =
      at_end("capabilities:\n  - id: sell\n    needed_by:\n      - onl");
  CHECK(context.value);
  CHECK(context.key == "needed_by");
  CHECK(context.path == Path{"capabilities"});
}

TEST_CASE("keys: of an item on its first line, of a nested map, at the top level") {
  CHECK(at_end("apps:\n  - id: a\n  - ").path == Path{"apps"});
  CHECK_FALSE(at_end("apps:\n  - id: a\n  - ").value);
  CHECK(at_end("apps:\n  - id: a\n    cost:\n      ann").path == Path{"apps", "cost"});
  CHECK(at_end("apps:\n  - cost:\n      ").path == Path{"apps", "cost"});
  const CompletionContext top = at_end("appmix: 1\n\n# a comment\npol");
  CHECK(top.path.empty());
  CHECK_FALSE(top.value);
}

TEST_CASE("steps of a journey, and the max_providers map") {
  const CompletionContext step = at_end(
      "journeys:\n  - id: j\n    steps:\n      - name: a\n        apps: [x]\n      - name: b\n"
      "        channel: ");
  CHECK(step.value);
  CHECK(step.key == "channel");
  CHECK(step.path == Path{"journeys", "steps"});
  CHECK(at_end("journeys:\n  - id: j\n    steps:\n      - ").path == Path{"journeys", "steps"});
  CHECK(at_end("policies:\n  max_providers:\n    sell: 1\n    li").path ==
        Path{"policies", "max_providers"});
}

TEST_CASE("any text gives a context, never a failure") {
  for (const char* text : {"", "-", "- - -", ":", "a:b", "  \t- [", "\xFF\xFE: [", "key: 'x: y"}) {
    const CompletionContext context = at_end(text);
    CHECK(context.word.size() <= std::string(text).size());
  }
}

}  // namespace
}  // namespace appmix::lsp
