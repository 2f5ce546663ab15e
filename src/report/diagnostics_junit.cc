// check --format junit: JUnit XML as GitLab, Jenkins and most CI servers read
// it. One <testsuite> per inventory; in it one <testcase> per rule with
// findings (name = rule id), whose <failure> lists every finding that fails
// the check as file:line:col lines; findings that do not fail it (warnings
// without --strict, notes) go to the testcase's <system-out>, so the case
// passes and the reader still shows them. An inventory without findings has
// one passing testcase, "check", so no suite is empty.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "report/diagnostics_writers.h"
#include "report/escape.h"

namespace appmix::report {
namespace {

std::string place(const base::Location& location) {
  std::string text = location.file;
  if (location.line > 0)
    text += fmt::format(":{}", location.line);
  if (location.line > 0 && location.column > 0)
    text += fmt::format(":{}", location.column);
  return text;
}

std::string finding_line(const base::Diagnostic& diagnostic) {
  std::string line =
      fmt::format("{}: {}: {} [{}]\n", place(diagnostic.location),
                  base::severity_name(diagnostic.severity), diagnostic.message, diagnostic.rule);
  if (!diagnostic.help.empty())
    line += fmt::format("  help: {}\n", diagnostic.help);
  for (const base::Note& note : diagnostic.notes)
    line += fmt::format("  {}: note: {}\n", place(note.location), note.message);
  return line;
}

}  // namespace

std::vector<JunitSuite> junit_suites(const std::vector<std::string>& paths,
                                     const std::vector<std::vector<std::string>>& files_of,
                                     const base::Diagnostics& diagnostics) {
  std::vector<JunitSuite> suites;
  std::set<std::string> names;
  const auto add_suite = [&](const std::string& wanted) {
    std::string name = wanted;
    for (int n = 2; !names.insert(name).second; ++n)
      name = fmt::format("{} ({})", wanted, n);
    suites.push_back({name, {}});
  };
  std::map<std::string, std::size_t> suite_of_file;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    add_suite(paths[i] == "-" ? "<stdin>" : paths[i]);
    // The PATH first: a missing file or an empty directory is reported at
    // it, and has no file of its own.
    suite_of_file.emplace(paths[i] == "-" ? "<stdin>" : paths[i], i);
    for (const std::string& file : files_of[i])
      suite_of_file.emplace(file, i);
  }
  for (const base::Diagnostic& diagnostic : diagnostics) {
    auto it = suite_of_file.find(diagnostic.location.file);
    if (it == suite_of_file.end()) {
      it = suite_of_file.emplace(diagnostic.location.file, suites.size()).first;
      add_suite(diagnostic.location.file);
    }
    suites[it->second].diagnostics.push_back(diagnostic);
  }
  return suites;
}

std::string write_diagnostics_junit(const std::vector<JunitSuite>& suites, bool strict) {
  auto fails = [strict](const base::Diagnostic& diagnostic) {
    return diagnostic.severity == base::Severity::error ||
           (strict && diagnostic.severity == base::Severity::warning);
  };
  std::string body;
  std::size_t all_tests = 0;
  std::size_t all_failures = 0;
  for (const JunitSuite& suite : suites) {
    std::map<std::string, std::vector<const base::Diagnostic*>> by_rule;
    for (const base::Diagnostic& diagnostic : suite.diagnostics)
      by_rule[diagnostic.rule].push_back(&diagnostic);
    std::string cases;
    std::size_t failures = 0;
    const std::string classname = xml_text("appmix.check." + suite.name, true);
    for (const auto& [rule, findings] : by_rule) {
      std::string failing;
      std::string passing;
      std::size_t failing_count = 0;
      for (const base::Diagnostic* diagnostic : findings) {
        if (fails(*diagnostic)) {
          failing += finding_line(*diagnostic);
          ++failing_count;
        } else {
          passing += finding_line(*diagnostic);
        }
      }
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"0\">\n", classname,
                           xml_text(rule, true));
      if (failing_count > 0) {
        ++failures;
        const base::Diagnostic& first = **std::find_if(
            findings.begin(), findings.end(), [&](const base::Diagnostic* d) { return fails(*d); });
        cases += fmt::format(
            "      <failure type=\"{}\" message=\"{}\">{}</failure>\n", xml_text(rule, true),
            xml_text(
                fmt::format("{}: {}{}", place(first.location), first.message,
                            failing_count > 1 ? fmt::format(" (and {} more)", failing_count - 1)
                                              : std::string()),
                true),
            xml_text(failing, false));
      }
      if (!passing.empty())
        cases += fmt::format("      <system-out>{}</system-out>\n", xml_text(passing, false));
      cases += "    </testcase>\n";
    }
    std::size_t tests = by_rule.size();
    if (by_rule.empty()) {
      cases +=
          fmt::format("    <testcase classname=\"{}\" name=\"check\" time=\"0\"/>\n", classname);
      tests = 1;
    }
    body += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\" "
        "time=\"0\">\n{}  </testsuite>\n",
        xml_text(suite.name, true), tests, failures, cases);
    all_tests += tests;
    all_failures += failures;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"appmix check\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
      "time=\"0\">\n{}</testsuites>\n",
      all_tests, all_failures, body);
}

}  // namespace appmix::report
