#include "report/overlap_writers.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "inventory/loader.h"

namespace appmix::report {
namespace {

// a and c serve hq, b and c serve shop; all three provide chat.
constexpr std::string_view kInventory =
    "appmix: 1\n"
    "organisation: {}\n"
    "business_units: [{{id: shop, name: Shop}}, {{id: hq, name: HQ}}]\n"
    "capabilities: [{{id: chat, name: Chat}}, {{id: mail, name: Mail}}]\n"
    "apps:\n"
    "  - {{id: c, name: C, business_units: all, capabilities: [chat]}}\n"
    "  - {{id: a, name: A, business_units: [hq], capabilities: [mail, chat]}}\n"
    "  - {{id: b, name: B, business_units: [shop], capabilities: [chat]}}\n";

OverlapReport report_of(std::string_view organisation, analysis::OverlapOptions options = {}) {
  inventory::Sources sources;
  sources.files.push_back({"inv.yaml", fmt::format(kInventory, organisation)});
  inventory::LoadResult loaded = inventory::load_inventory_from_sources(std::move(sources));
  REQUIRE(loaded.inventory.has_value());
  OverlapReport report;
  report.provenance.version = "9.9.9";
  report.provenance.inputs.push_back({"inv.yaml", "abc123"});
  report.organisation = loaded.inventory->organisation;
  report.min_similarity = options.min_similarity;
  report.top = options.top;
  report.overlap = analysis::analyse_overlap(*loaded.inventory, options);
  return report;
}

// Collects the pieces a writer hands on: how many, and the largest.
struct Collected {
  std::string text;
  int pieces = 0;
  std::size_t largest = 0;
  ByteSink sink() {
    return [this](std::string_view piece) {
      text += piece;
      ++pieces;
      largest = std::max(largest, piece.size());
    };
  }
};

template <typename Write>
std::string written(const Write& write) {
  Collected collected;
  write(collected.sink());
  return collected.text;
}

}  // namespace

TEST_CASE("text: summary, pairs, redundancy, capabilities; control characters escaped") {
  const OverlapReport report = report_of("\"Acme \\e[31m\"");
  const std::string text =
      written([&](const ByteSink& sink) { write_overlap_text(report, false, sink); });
  CHECK(text ==
        "Overlap of today's apps: Acme \\x1b[31m\n"
        "  3 apps\n"
        "  1 capability provided by more than one app\n"
        "  3 pairs of apps share a capability\n"
        "  2 redundancies in 2 business units\n"
        "\n"
        "Pairs of apps sharing capabilities, most similar first\n"
        "  jaccard  app  app  shared  units using both  across units\n"
        "   1.0000  b    c    chat    shop              yes\n"
        "   0.5000  a    b    chat    -                 yes\n"
        "   0.5000  a    c    chat    hq                yes\n"
        "\n"
        "Redundant in a business unit: more providers than needed (2)\n"
        "  business unit  capability  apps  needed  provided by\n"
        "  hq             chat           2       1  a, c\n"
        "  shop           chat           2       1  b, c\n"
        "\n"
        "Capabilities provided by more than one app (1)\n"
        "  capability  apps  units  provided by (units using it)\n"
        "  chat           3      2  a (hq)\n"
        "                           b (shop)\n"
        "                           c (all units)\n");
  const std::string colored =
      written([&](const ByteSink& sink) { write_overlap_text(report, true, sink); });
  CHECK(colored.rfind("\x1b[1mOverlap of today's apps: Acme \\x1b[31m\x1b[0m\n", 0) == 0);
}

TEST_CASE("text: --top and --min-similarity say what they left out") {
  analysis::OverlapOptions options;
  options.top = 1;
  options.min_similarity = 0.5;
  const std::string text = written(
      [&](const ByteSink& sink) { write_overlap_text(report_of("Acme", options), false, sink); });
  CHECK(text.find("  3 pairs of apps share a capability, 3 with Jaccard >= 0.5\n") !=
        std::string::npos);
  CHECK(text.find("most similar first (top 1 of 3)\n"
                  "  jaccard  app  app  shared  units using both  across units\n"
                  "   1.0000  b    c    chat    shop              yes\n"
                  "  ... 2 more: --top N shows more, --format json lists every pair\n") !=
        std::string::npos);

  options.top.reset();
  options.min_similarity = 1.0;
  analysis::OverlapOptions none;
  none.top = 0;
  CHECK(written([&](const ByteSink& sink) {
          write_overlap_text(report_of("Acme", none), false, sink);
        }).find("(top 0 of 3)\n  ... 3 more:") != std::string::npos);
}

TEST_CASE("markdown escapes inventory text and lists every pair") {
  const OverlapReport report = report_of("\"A|B *C*\"");
  const std::string text =
      written([&](const ByteSink& sink) { write_overlap_markdown(report, sink); });
  CHECK(text.rfind("# Overlap of today's apps: A\\|B \\*C\\*\n\n"
                   "3 apps; 1 capability provided by more than one app; 3 pairs of apps share "
                   "a capability; 2 redundancies in 2 business units.\n",
                   0) == 0);
  CHECK(text.find("| app | app | Jaccard | shared | units using both | across units |\n"
                  "|---|---|---:|---|---|---|\n"
                  "| b | c | 1.0000 | chat | shop | yes |\n"
                  "| a | b | 0.5000 | chat | - | yes |\n"
                  "| a | c | 0.5000 | chat | hq | yes |\n") != std::string::npos);
  CHECK(text.find("| hq | chat | 2 | 1 | a, c |\n") != std::string::npos);
  CHECK(text.find("| chat | a, b, c | hq, shop |\n") != std::string::npos);
}

TEST_CASE("csv: a header, then one row per pair in the JSON order") {
  analysis::OverlapOptions options;
  options.min_similarity = 0.5;
  const std::string text =
      written([&](const ByteSink& sink) { write_overlap_csv(report_of("Acme", options), sink); });
  CHECK(text ==
        "app_a,app_b,jaccard,shared_count,union_count,shared,within,across\r\n"
        "b,c,1.0000,1,1,chat,shop,true\r\n"
        "a,b,0.5000,1,2,chat,,true\r\n"
        "a,c,0.5000,1,2,chat,hq,true\r\n");
}

TEST_CASE("json: cli.md's fields, one line per entry, provenance first") {
  const std::string text =
      written([&](const ByteSink& sink) { write_overlap_json(report_of("Acme"), sink); });
  CHECK(text ==
        "{\n"
        "  \"appmix\": {\n"
        "    \"version\": \"9.9.9\",\n"
        "    \"inputs\": [\n"
        "      {\n"
        "        \"path\": \"inv.yaml\",\n"
        "        \"sha256\": \"abc123\"\n"
        "      }\n"
        "    ]\n"
        "  },\n"
        "  \"capabilities\": [\n"
        "    {\"capability\": \"chat\", \"apps\": [\"a\", \"b\", \"c\"], \"business_units\": "
        "[\"hq\", \"shop\"], \"providers\": [{\"app\": \"a\", \"business_units\": [\"hq\"]}, "
        "{\"app\": \"b\", \"business_units\": [\"shop\"]}, {\"app\": \"c\", "
        "\"business_units\": [\"hq\", \"shop\"]}]}\n"
        "  ],\n"
        "  \"pairs\": [\n"
        "    {\"apps\": [\"b\", \"c\"], \"shared\": [\"chat\"], \"jaccard\": 1.0, \"within\": "
        "[\"shop\"], \"across\": true},\n"
        "    {\"apps\": [\"a\", \"b\"], \"shared\": [\"chat\"], \"jaccard\": 0.5, \"within\": "
        "[], \"across\": true},\n"
        "    {\"apps\": [\"a\", \"c\"], \"shared\": [\"chat\"], \"jaccard\": 0.5, \"within\": "
        "[\"hq\"], \"across\": true}\n"
        "  ],\n"
        "  \"redundant\": [\n"
        "    {\"business_unit\": \"hq\", \"capability\": \"chat\", \"apps\": [\"a\", \"c\"], "
        "\"needed\": 1},\n"
        "    {\"business_unit\": \"shop\", \"capability\": \"chat\", \"apps\": [\"b\", \"c\"], "
        "\"needed\": 1}\n"
        "  ],\n"
        "  \"summary\": {\n"
        "    \"apps\": 3,\n"
        "    \"capabilities\": 1,\n"
        "    \"overlapping_pairs\": 3,\n"
        "    \"pairs\": 3,\n"
        "    \"min_similarity\": 0.0,\n"
        "    \"redundant\": 2\n"
        "  }\n"
        "}\n");
}

TEST_CASE("large results are handed on in pieces of about a megabyte") {
  // 400 apps that all provide one capability: 79,800 pairs, several MiB.
  std::string inventory =
      "appmix: 1\norganisation: Acme\nbusiness_units: [{id: hq, name: HQ}]\n"
      "capabilities: [{id: chat, name: Chat}]\napps:\n";
  for (int a = 0; a < 400; ++a)
    inventory += fmt::format(
        "  - {{id: app{}, name: A, business_units: all, "
        "capabilities: [chat]}}\n",
        a);
  inventory::Sources sources;
  sources.files.push_back({"inv.yaml", inventory});
  inventory::LoadResult loaded = inventory::load_inventory_from_sources(std::move(sources));
  REQUIRE(loaded.inventory.has_value());
  OverlapReport report;
  report.overlap = analysis::analyse_overlap(*loaded.inventory, {});
  REQUIRE(report.overlap.pairs.size() == 79800);

  using Writer = void (*)(const OverlapReport&, const ByteSink&);
  for (const Writer write :
       {Writer{write_overlap_json}, Writer{write_overlap_markdown}, Writer{write_overlap_csv}}) {
    Collected collected;
    write(report, collected.sink());
    CHECK(collected.text.size() > (std::size_t{3} << 20));
    CHECK(collected.pieces >= 3);
    CHECK(collected.largest < (std::size_t{1} << 20) + 4096);  // one entry past the mark
  }
  Collected json;
  write_overlap_json(report, json.sink());
  CHECK(json.text.substr(json.text.size() - 2) == "}\n");
  std::size_t pair_lines = 0;
  for (std::size_t at = json.text.find("\n    {\"apps\": ["); at != std::string::npos;
       at = json.text.find("\n    {\"apps\": [", at + 1))
    ++pair_lines;
  CHECK(pair_lines == 79800);
  CHECK(json.text.find("\"overlapping_pairs\": 79800") != std::string::npos);
}

}  // namespace appmix::report
