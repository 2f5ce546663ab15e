#include "cli/usage_error.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "base/suggest.h"
#include "cli/exit_code.h"

namespace appmix::cli {
namespace {

// Arguments reach messages as given; they must not drive the terminal.
std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames())
      names.push_back("--" + name);
    for (const std::string& name : option->get_snames())
      names.push_back("-" + name);
  }
  return names;
}

// The first word CLI11 could not place: on the command it was given to (the
// parsed subcommand), else on the application.
const CLI::App* owner_of_leftover(const CLI::App& app, std::string& word) {
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (!sub->parsed())
      continue;
    for (const std::string& left : sub->remaining()) {
      if (left != "--") {
        word = left;
        return sub;
      }
    }
  }
  for (const std::string& left : app.remaining()) {
    if (left != "--") {
      word = left;
      return &app;
    }
  }
  return nullptr;
}

}  // namespace

void print_error(std::string_view message) {
  std::fputs(fmt::format("appmix: error: {}\n", printable(message)).c_str(), stderr);
}

int usage_error(std::string_view message) {
  print_error(message);
  return kUsage;
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  const std::optional<std::string> match = base::closest_match(word, candidates);
  return match ? fmt::format(" (did you mean '{}'?)", *match) : std::string();
}

namespace {

// The allowed values one of whose '-'-separated parts starts with `word`.
std::vector<std::string> starting_a_part(std::string_view word,
                                         const std::vector<std::string>& allowed) {
  std::vector<std::string> found;
  for (const std::string& value : allowed) {
    for (std::size_t start = 0; start <= value.size();) {
      const std::size_t end = std::min(value.find('-', start), value.size());
      if (value.compare(start, std::min(word.size(), end - start), word) == 0 &&
          word.size() <= end - start) {
        found.push_back(value);
        break;
      }
      start = end + 1;
    }
  }
  return found;
}

}  // namespace

CLI::Validator one_of(std::vector<std::string> allowed,
                      std::vector<std::pair<std::string, std::string>> hints) {
  std::string listed;
  for (const std::string& value : allowed)
    listed += (listed.empty() ? "" : "|") + value;
  return CLI::Validator(
      [allowed, hints](std::string& value) -> std::string {
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
          return "";
        std::string message =
            "'" + value + "' is not one of " + fmt::format("{}", fmt::join(allowed, ", "));
        std::string suggestion = did_you_mean(value, allowed);
        if (suggestion.empty() && !value.empty()) {
          const std::vector<std::string> parts = starting_a_part(value, allowed);
          if (parts.size() == 1)
            suggestion = fmt::format(" (did you mean '{}'?)", parts[0]);
          else if (parts.size() > 1)
            suggestion = fmt::format(" (did you mean '{}'?)", fmt::join(parts, "' or '"));
        }
        for (const auto& [word, meant] : hints) {
          if (suggestion.empty() && word == value)
            suggestion = fmt::format(" (did you mean '{}'?)", meant);
        }
        return message + suggestion;
      },
      listed);
}

int report_parse_error(CLI::App& app, const CLI::ParseError& error) {
  if (error.get_exit_code() == 0)  // --help, --version: CLI11 prints them
    return app.exit(error) == 0 ? kSuccess : kUsage;
  std::string word;
  if (const CLI::App* owner = owner_of_leftover(app, word)) {
    if (word.size() > 1 && word.front() == '-') {
      const std::string name = word.substr(0, word.find('='));
      const std::vector<std::string> names = option_names(*owner);
      const std::string command =
          owner == &app ? "appmix" : fmt::format("appmix {}", owner->get_name());
      return usage_error(
          fmt::format("unknown option '{}' for {}{}", name, command, did_you_mean(name, names)));
    }
    return usage_error(fmt::format("unexpected argument '{}'", word));
  }
  return usage_error(error.what());
}

}  // namespace appmix::cli
