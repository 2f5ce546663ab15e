// Reading typed values out of YAML nodes under the format's typing rules
// (docs/inventory-format.md, Values): booleans spelled true/false only,
// numbers unquoted and plain, money exact in minor units, real dates, valid
// ids, known keys. Each reader reports what is wrong as a diagnostic naming
// the value ("'users' of app 'crm'") and returns nullopt; it never throws.
// Internal to the loader: what items exist and how parts merge live in
// build_*.cc and merge.cc; cross-references in validate_refs.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "inventory/document.h"
#include "inventory/inventory.h"
#include "inventory/money.h"

namespace appmix::inventory {

// "'cost.annual' of app 'crm'", or "'horizon_years'" when owner is empty.
std::string describe(std::string_view key, std::string_view owner);

// Lower-cases ASCII letters only (YAML words such as `True`, `.NaN`).
std::string ascii_lower(std::string_view text);

// Short description of a node's kind for messages: "a list", "a map",
// "nothing", or the scalar quoted: "'yes'".
std::string describe_node(const Node& node);

// --- keys (validate_keys.cc) ------------------------------------------------

// A key an item does not take but a sibling kind does, with the reason
// ("a candidate is always shareable").
struct KeyHint {
  std::string_view key;
  std::string_view reason;
};

// Reports every key of `map` that is not in `known` as unknown-key, with a
// suggestion among `known` or the hint's reason. Keys that are not scalars are
// wrong-type.
void check_keys(const Node& map, std::span<const std::string_view> known, std::string_view owner,
                base::Diagnostics& out, std::span<const KeyHint> hints = {});

// The value of `key`, or nullptr when the key is absent or its value is null
// (an optional key written with no value counts as absent).
const Node* optional_value(const Node& map, std::string_view key);

// The value of a required key; reports missing-key (absent) or wrong-type
// (written with no value) and returns nullptr.
const Node* required_value(const Node& map, std::string_view key, std::string_view owner,
                           base::Diagnostics& out);

// wrong-type unless the node is a map / a list; `what` names the value.
bool expect_map(const Node& node, std::string_view what, base::Diagnostics& out);
bool expect_list(const Node& node, std::string_view what, base::Diagnostics& out);

// Applies YAML merge keys (`<<: *base`, `<<: [*a, *b]`) throughout the tree:
// merged entries come after the map's own, and a key the map already has (or
// an earlier merged map has) wins. A `<<` value that is not a map or a list
// of maps is reported as wrong-type and dropped.
void apply_merge_keys(Node& node, base::Diagnostics& out);

// --- scalars (validate_scalars.cc; numbers in validate_numbers.cc) ----------

// Any scalar as text (names may be quoted or not, numbers read as text).
std::optional<std::string> read_string(const Node& node, std::string_view what,
                                       base::Diagnostics& out);

std::optional<bool> read_bool(const Node& node, std::string_view what, base::Diagnostics& out);

// A whole number in [min, max]: no decimal point, sign, exponent, hex or
// octal; a leading '-' is read and then fails the range.
std::optional<std::int64_t> read_integer(const Node& node, std::string_view what, std::int64_t min,
                                         std::int64_t max, base::Diagnostics& out);

// One of `words`; returns its index.
std::optional<std::size_t> read_enum(const Node& node, std::string_view what,
                                     std::span<const std::string_view> words,
                                     base::Diagnostics& out);

// A plain decimal number as written: digits, at most one '.', an optional
// leading '-'. Shared by money and horizon_years.
struct PlainNumber {
  bool negative = false;
  std::string whole;     // digits before the point, at least one
  std::string fraction;  // digits after the point, may be empty
};

// Either a PlainNumber or why the text is not one, with a suggested fix.
struct NumberReading {
  std::optional<PlainNumber> number;
  bool numeric = false;  // the text looks like an attempt at a number
  std::string problem;   // "has thousands separators"
  std::optional<std::string> suggestion;
};
NumberReading read_plain_number(std::string_view text);

// Reads the node as a plain decimal number; reports quoted-number (warning),
// wrong-type, or `rule` (invalid-number / invalid-money) for malformed text.
std::optional<PlainNumber> read_number_text(const Node& node, std::string_view what,
                                            std::string_view rule, base::Diagnostics& out);

// --- money (validate_money.cc) -----------------------------------------------

// The currency an inventory's money is read in. exponent is nullopt when the
// currency itself is invalid (then only the syntax of amounts is checked).
struct MoneyUnit {
  std::string currency = "EUR";
  std::optional<int> exponent = 2;
};

// A non-negative amount in minor units, at most 10^12 major units.
std::optional<std::int64_t> read_money(const Node& node, std::string_view what,
                                       const MoneyUnit& unit, base::Diagnostics& out);

// horizon_years: a decimal number > 0 and <= 100 with at most 6 decimals.
std::optional<Decimal> read_horizon(const Node& node, std::string_view what,
                                    base::Diagnostics& out);

// discount_rate: a decimal number >= 0 and <= 1 (100 % a year) with at most
// 6 decimals; above 1 it is most likely a percentage, and the message says
// how to write one.
std::optional<Decimal> read_rate(const Node& node, std::string_view what, base::Diagnostics& out);

// notice_days (0..3650) and renewal_months (1..120): whole numbers whose
// bounds keep every date arithmetic in range.
constexpr std::int64_t kMaxNoticeDays = 3650;
constexpr std::int64_t kMaxRenewalMonths = 120;

// An ISO 4217 code such as EUR; suggests the code for 'eur' or '€'.
std::optional<std::string> read_currency(const Node& node, base::Diagnostics& out);

// --- dates (validate_dates.cc) -----------------------------------------------

std::optional<Date> read_date(const Node& node, std::string_view what, base::Diagnostics& out);

// --- ids and references (validate_ids.cc) ------------------------------------

bool is_valid_id(std::string_view text);

// An item's id. Invalid ids are reported (invalid-id, with the normalised
// form when that one is valid) but still returned, so the item keeps its name
// in later messages and references to it do not pile up errors.
std::optional<std::string> read_id(const Node& node, std::string_view what, base::Diagnostics& out);

std::optional<Reference> read_reference(const Node& node, std::string_view what,
                                        base::Diagnostics& out);

// A list of ids; a repeated id is reported (duplicate-reference, a warning)
// and kept once.
std::vector<Reference> read_reference_list(const Node& node, std::string_view what,
                                           base::Diagnostics& out);

// A list of unit ids or the word `all`.
std::optional<UnitSet> read_unit_set(const Node& node, std::string_view what,
                                     base::Diagnostics& out);

}  // namespace appmix::inventory
