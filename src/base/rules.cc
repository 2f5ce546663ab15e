#include "base/rules.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace appmix::base {
namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;
constexpr Span kCharacter = Span::character;
constexpr Span kItem = Span::rest_of_line;

// Keep sorted by id: all_rules() promises that order and find_rule() relies on it.
constexpr std::array kRules = {
    Rule{"alias-expansion-limit", E, "YAML aliases expand to more than 100,000 nodes in one file",
         "Write the repeated parts out or reduce the number of aliases; the limit stops "
         "expansion bombs."},
    Rule{"baseline-stale", Severity::note, "a baseline entry matches no finding any more",
         "Run check --write-baseline again so the baseline only shrinks."},
    Rule{"binary-file", E, "the file is not text",
         "Check the path: an inventory is a UTF-8 YAML text file.", kCharacter},
    Rule{"conflicting-setting", E, "a top-level setting has different values in two parts",
         "Give the setting one value, or set it in one part only."},
    Rule{"contract-ended", W,
         "a contract_end lies before the review date: the contract has renewed",
         "Update contract_end to the end of the current term (the message names it), or set "
         "as_of (or --as-of) to the date the inventory describes."},
    Rule{"csv-duplicate-column", E, "two columns of a CSV file map to the same field",
         "Remove or rename one of the two columns (or its line in the --map file)."},
    Rule{"csv-extra-cells", E, "a CSV row has more cells than the header has columns",
         "Quote cells that contain the separator, or add a header for the extra column."},
    Rule{"csv-missing-column", E, "a CSV file lacks a column that every app needs",
         "Add the column (name or id, and business_units), or map one with --map."},
    Rule{"csv-syntax", E, "a CSV file is not well-formed (RFC 4180)",
         "Quote a field that contains quotes, the separator or a line break, and double the "
         "quotes inside it: \"say \"\"hi\"\"\"."},
    Rule{"csv-unknown-column", E, "a CSV column names no field of an app",
         "Rename the column to an app key (dotted for nested ones, such as cost.annual), map it "
         "with --map, or remove it."},
    Rule{"duplicate-id", E, "an id is defined twice",
         "Ids are unique across units, channels, capabilities, apps, candidates and journeys; "
         "rename or remove one of the two.",
         kItem},
    Rule{"duplicate-key", E, "a YAML map has the same key twice",
         "Remove one of the two entries; YAML keeps only one of them silently."},
    Rule{"duplicate-policy", E, "a policy is set in two parts", "Set each policy in one part only.",
         kItem},
    Rule{"duplicate-reference", W, "a list names the same id twice",
         "Remove the repeated id; it counts once."},
    Rule{"empty-file", E, "the file has no YAML content",
         "Add inventory content, or remove the file from the inventory folder."},
    Rule{"file-too-large", E,
         "an input file is larger than appmix reads (64 MiB, 8 million YAML nodes)",
         "Split the inventory into several files in one directory.", kCharacter},
    Rule{"invalid-boolean", E, "a boolean is not spelled true or false",
         "Write true or false; YAML 1.1 spellings such as yes, no, on and off are not accepted."},
    Rule{"invalid-currency", E, "the currency is not an ISO 4217 code",
         "Use a three-letter ISO 4217 code such as EUR, USD or GBP."},
    Rule{"invalid-date", E, "a date is not a real YYYY-MM-DD date",
         "Write the date as YYYY-MM-DD, for example 2027-03-31."},
    Rule{"invalid-enum", E, "a value is not one of the allowed words",
         "Use one of the values the format lists for this key."},
    Rule{"invalid-id", E, "an id does not match [a-z0-9][a-z0-9._-]* (at most 64 characters)",
         "Use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit."},
    Rule{"invalid-money", E, "a money amount is not a plain non-negative decimal number",
         "Write a plain number such as 1200 or 1200.50, without currency symbols, thousands "
         "separators or more decimals than the currency has."},
    Rule{"invalid-number", E, "a number is malformed",
         "Write a plain decimal number without quotes, signs, exponents, hex or octal."},
    Rule{"invalid-utf8", E, "the text is not valid UTF-8, or an escape names no character",
         "Save the file as UTF-8; in double-quoted strings, write the character itself or a \\u "
         "escape of a Unicode character.",
         kCharacter},
    Rule{"io-error", E, "a file could not be opened or read",
         "Check that the path exists and is readable."},
    Rule{"missing-key", E, "a required key is missing",
         "Add the key; the format lists which keys each section requires.", kItem},
    Rule{"missing-version", E, "no part of the inventory says appmix: 1",
         "Add 'appmix: 1' at the top of the inventory (or of one of its parts).", kCharacter},
    Rule{"multiple-documents", E, "a file holds more than one YAML document",
         "Keep one document per file; split the others into files of their own."},
    Rule{"nesting-too-deep", E, "the YAML nests deeper than 64 levels",
         "Flatten the structure; no inventory needs more than a few levels.", kCharacter},
    Rule{"no-inventory-files", E, "a directory holds no *.yaml or *.yml file",
         "Point at a directory that contains inventory files, or at a file."},
    Rule{"orlib-extra-data", E, "an OR-Library file has numbers after the end of the instance",
         "Remove the extra numbers, or fix the counts before them: the header and the count "
         "of each row (or column) say where the instance ends."},
    Rule{"orlib-not-an-integer", E, "an OR-Library file holds a word that is not an integer",
         "An OR-Library file holds only integers separated by blanks; fix or remove the word "
         "(shown with bytes outside printable ASCII as \\xNN escapes)."},
    Rule{"orlib-out-of-range", E, "a number in an OR-Library file is outside what its place allows",
         "Fix the number or the count it is measured against: indices are 1-based and at most "
         "the number of rows or columns in the header; costs and counts are 0 to 2147483647."},
    Rule{"orlib-too-large", E,
         "an OR-Library file holds more than 128 MiB of text (after decompression)",
         "Check that the file is an OR-Library instance; the largest known ones hold under "
         "70 MB of text, and a small .gz that expands past the limit is a decompression bomb."},
    Rule{"orlib-truncated", E, "an OR-Library file ends before the data its header declares",
         "Check the counts in the header (rows, columns) and of each row or column against the "
         "data that follows; the file may have been cut short."},
    Rule{"out-of-range", E, "a number is outside the allowed range",
         "Use a value within the range the format gives for this key."},
    Rule{"parent-cycle", E, "capability parents form a cycle",
         "Break the cycle: a capability cannot be its own ancestor."},
    Rule{"policy-max-agent-systems", W,
         "the agents of a business unit use more apps than max_agent_systems allows",
         "Integrate or consolidate the systems on the unit's agent steps, or raise the limit.",
         kItem},
    Rule{"policy-max-providers", W, "more apps provide a capability than its policy allows",
         "Retire or merge apps until the capability has at most the allowed providers.", kItem},
    Rule{"policy-max-systems-per-journey", W, "a journey touches more apps than allowed",
         "Consolidate the apps the journey's steps use.", kItem},
    Rule{"policy-personal-data-unsanctioned", W,
         "an unsanctioned app holds personal or sensitive data",
         "Sanction the app (bring it under IT oversight) or move its data to a sanctioned app.",
         kItem},
    Rule{"policy-require-owner", W, "an app names no owner",
         "Add an owner: the accountable person or team.", kItem},
    Rule{"quoted-number", W, "a number is written in quotes",
         "Remove the quotes (or the !!str tag): numbers are written plain."},
    Rule{"suppression-missing-reason", W, "an appmix: ignore comment gives no reason",
         "Say why the finding is accepted after the bracket: # appmix: ignore[RULE] reason."},
    Rule{"suppression-unknown-rule", W, "an appmix: ignore comment names an unknown rule id",
         "Use a rule id from docs/rules.md, as printed in brackets after a finding."},
    Rule{"suppression-unused", W, "an appmix: ignore comment silences no finding",
         "Remove the comment, or move it onto the finding's line or alone on the line above."},
    Rule{"symlink-loop", W, "a directory was reached a second time through a link",
         "Remove the link that leads back into the inventory; the directory was read once."},
    Rule{"unknown-key", E, "a key is not part of the format",
         "Fix the spelling or remove the key; unknown keys are errors so that typos never pass."},
    Rule{"unknown-reference", E, "a reference names an id that is not defined",
         "Fix the id or define it."},
    Rule{"unknown-version", E, "the format version is not supported",
         "This appmix reads format version 1: write 'appmix: 1'."},
    Rule{"unsupported-tag", W, "a YAML tag that the format does not use; it is ignored",
         "Remove the tag: the format reads plain YAML values, typed by how they are written."},
    Rule{"wrong-type", E, "a value has the wrong type",
         "Use the type the format gives for this key (string, number, list or map)."},
    Rule{"yaml-syntax", E, "the file is not well-formed YAML",
         "Fix the YAML syntax at the position given.", kCharacter},
};

constexpr bool is_sorted_by_id() {
  for (std::size_t i = 1; i < kRules.size(); ++i) {
    if (!(kRules[i - 1].id < kRules[i].id))
      return false;
  }
  return true;
}
static_assert(is_sorted_by_id(), "kRules must be sorted by id, without repeats");

}  // namespace

std::span<const Rule> all_rules() {
  return kRules;
}

const Rule* find_rule(std::string_view id) {
  auto it = std::lower_bound(kRules.begin(), kRules.end(), id,
                             [](const Rule& rule, std::string_view key) { return rule.id < key; });
  if (it == kRules.end() || it->id != id)
    return nullptr;
  return &*it;
}

const Rule& rule_or_die(std::string_view id) {
  const Rule* rule = find_rule(id);
  if (rule == nullptr)
    throw std::logic_error("unknown rule id '" + std::string(id) + "'");
  return *rule;
}

}  // namespace appmix::base
