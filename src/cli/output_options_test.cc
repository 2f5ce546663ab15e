#include "cli/output_options.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using appmix::cli::OutputOptions;

namespace {

OutputOptions check_like() {
  OutputOptions options;
  options.formats = {"text", "json", "sarif", "github"};
  return options;
}

}  // namespace

TEST_CASE("--format wins, else the extension of -o, else the default") {
  OutputOptions options = check_like();
  CHECK(appmix::cli::chosen_format(options) == "text");
  options.output = "out/results.sarif";
  CHECK(appmix::cli::chosen_format(options) == "sarif");
  options.output = "results.json";
  CHECK(appmix::cli::chosen_format(options) == "json");
  options.output = "results.md";  // markdown is not a check format
  CHECK(appmix::cli::chosen_format(options) == "text");
  options.output = "results.json";
  options.format = "github";
  CHECK(appmix::cli::chosen_format(options) == "github");
}

TEST_CASE("color: always beats NO_COLOR, never and -o turn it off") {
  OutputOptions options = check_like();
  ::setenv("NO_COLOR", "1", 1);
  options.color = "always";
  CHECK(appmix::cli::use_color(options));
  options.color = "auto";
  CHECK_FALSE(appmix::cli::use_color(options));
  ::unsetenv("NO_COLOR");
  options.color = "never";
  CHECK_FALSE(appmix::cli::use_color(options));
  options.color = "auto";
  options.output = "results.txt";
  CHECK_FALSE(appmix::cli::use_color(options));
}

TEST_CASE("color auto: TERM=dumb means no color") {
  OutputOptions options = check_like();
  ::unsetenv("NO_COLOR");
  ::setenv("TERM", "dumb", 1);
  CHECK_FALSE(appmix::cli::use_color(options));
  CHECK_FALSE(appmix::cli::use_color_on_stderr(options));
  options.color = "always";
  CHECK(appmix::cli::use_color_on_stderr(options));
  ::unsetenv("TERM");
}

TEST_CASE("-o conflicts: an input under any spelling, or a new part of an input directory") {
  namespace fs = std::filesystem;
  const fs::path folder =
      fs::temp_directory_path() / ("appmix-output-test-" + std::to_string(::getpid()));
  fs::create_directories(folder / "sub");
  std::ofstream(folder / "inventory.yaml") << "appmix: 1\n";
  OutputOptions options = check_like();
  const std::string input = (folder / "inventory.yaml").string();
  options.output = (folder / "." / "inventory.yaml").string();
  CHECK(appmix::cli::output_conflict(options, {input}).has_value());
  options.output = (folder / "results.json").string();  // does not exist yet
  CHECK_FALSE(appmix::cli::output_conflict(options, {input}));
  std::ofstream(folder / "results.json") << "{}\n";
  CHECK_FALSE(appmix::cli::output_conflict(options, {input, "-"}));
  options.output = "-";
  CHECK_FALSE(appmix::cli::output_conflict(options, {input}));

  // A directory input: a new .yaml/.yml anywhere inside it would become a part.
  const std::string directory = folder.string();
  options.output = (folder / "sub" / "new.yml").string();
  const auto conflict = appmix::cli::output_conflict(options, {directory});
  REQUIRE(conflict.has_value());
  CHECK(conflict->find("would put an inventory file into the input directory") !=
        std::string::npos);
  options.output = (folder / "sub" / ".." / ".." / "elsewhere.yaml").string();
  CHECK_FALSE(appmix::cli::output_conflict(options, {directory}));
  options.output = (folder / "results.sarif").string();
  CHECK_FALSE(appmix::cli::output_conflict(options, {directory}));
  fs::remove_all(folder);
}

TEST_CASE("-o: an empty name, or an extension naming a format the command lacks") {
  const auto parse = [](std::vector<std::string> arguments) {
    CLI::App app{"test", "appmix"};
    CLI::App* check = app.add_subcommand("check");
    OutputOptions options = check_like();
    appmix::cli::add_output_options(*check, options);
    arguments.insert(arguments.begin(), "check");
    std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them reversed
    try {
      app.parse(arguments);
    } catch (const CLI::ParseError& error) {
      return std::string(error.what());
    }
    return std::string();
  };
  CHECK(parse({"-o", "out.sarif"}).empty());
  CHECK(parse({"-o", "out.txt"}).empty());
  CHECK(parse({"-o", "report.html", "--format", "json"}).empty());  // --format decides
  CHECK(parse({"-o", "report.html"}) ==
        "-o: 'report.html' names the html format, which check does not write (formats: text, "
        "json, sarif, github); choose one with --format or change the extension");
  CHECK(parse({"-o", ""}) == "-o: an empty file name; name a file, or - for standard output");
  // An extension that names no format is not silently text (batch -o x.xlsx).
  CHECK(parse({"-o", "clients.xlsx"}) ==
        "-o: 'clients.xlsx' has an extension that names no format check writes (formats: text, "
        "json, sarif, github); choose one with --format, or name the file .txt or without an "
        "extension");
  CHECK(parse({"-o", "clients.xlsx", "--format", "text"}).empty());
  CHECK(parse({"-o", "/dev/stdout"}).empty());
  CHECK(parse({"-o", "findings.log"}).empty());
  CHECK(parse({"--format", "jsn"}) ==
        "--format: 'jsn' is not one of text, json, sarif, github (did you mean 'json'?)");
  CHECK(parse({"--format", "xml"}) == "--format: 'xml' is not one of text, json, sarif, github");
}
