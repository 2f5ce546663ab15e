// The one printer of errors the command line itself reports, as opposed to
// diagnostics about an input: "appmix: error: MESSAGE" on stderr, control
// characters escaped (a message may quote an argument). Usage errors exit 2;
// a command's own I/O failure (an -o that cannot be written, a file init
// will not overwrite) uses the same form with its own exit code. It also
// turns CLI11's parse errors into that form, with "did you mean" for
// misspelt options, so every command gets the same behaviour.
#pragma once

#include <CLI/CLI.hpp>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace appmix::cli {

// Prints "appmix: error: MESSAGE\n" to stderr.
void print_error(std::string_view message);

// print_error(message), then kUsage, for `return usage_error("...");`.
int usage_error(std::string_view message);

// " (did you mean 'NAME'?)" for the candidate closest to `word`, or "".
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

// A validator for a value from a fixed list. The message names every allowed
// value and the closest one: by spelling ('jsn' -> 'json'), else those the
// word starts a part of ('cost' -> 'cost-increase'), else a hint for a word
// of another vocabulary (`hints`: {"money", "cost"}). Its description,
// "a|b|c", is what --help and the bash completion show.
CLI::Validator one_of(std::vector<std::string> allowed,
                      std::vector<std::pair<std::string, std::string>> hints = {});

// After app.parse() threw: prints help or the version when that was asked
// for (exit 0), else the error in our form (an unknown option named, with a
// suggestion from the options of the command it was given to) and kUsage.
int report_parse_error(CLI::App& app, const CLI::ParseError& error);

}  // namespace appmix::cli
