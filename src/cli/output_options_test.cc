#include "cli/output_options.h"

#include <doctest/doctest.h>
#include <unistd.h>

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

TEST_CASE("-o is an input when it is the same file under any spelling") {
  namespace fs = std::filesystem;
  const fs::path folder =
      fs::temp_directory_path() / ("appmix-output-test-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  std::ofstream(folder / "inventory.yaml") << "appmix: 1\n";
  OutputOptions options = check_like();
  const std::string input = (folder / "inventory.yaml").string();
  options.output = (folder / "." / "inventory.yaml").string();
  CHECK(appmix::cli::output_is_an_input(options, {input}));
  options.output = (folder / "results.json").string();  // does not exist yet
  CHECK_FALSE(appmix::cli::output_is_an_input(options, {input}));
  std::ofstream(folder / "results.json") << "{}\n";
  CHECK_FALSE(appmix::cli::output_is_an_input(options, {input, "-"}));
  options.output = "-";
  CHECK_FALSE(appmix::cli::output_is_an_input(options, {input}));
  fs::remove_all(folder);
}
