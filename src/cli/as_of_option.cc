#include "cli/as_of_option.h"

#include <fmt/format.h>

namespace appmix::cli {

void add_as_of_option(CLI::App& command, std::optional<base::CivilDate>& as_of) {
  command
      .add_option_function<std::string>(
          "--as-of", [&as_of](const std::string& text) { as_of = base::parse_iso_date(text); },
          "review date YYYY-MM-DD: the horizon starts here and contracts are counted from it "
          "(default: the inventory's as_of, else today)")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            return base::parse_iso_date(text)
                       ? ""
                       : fmt::format("'{}' is not a date YYYY-MM-DD (for example 2026-01-15)",
                                     text);
          },
          "DATE"))
      ->option_text("DATE");
}

model::AsOfRequest as_of_request(const std::optional<base::CivilDate>& as_of) {
  return model::AsOfRequest{as_of, std::nullopt};
}

}  // namespace appmix::cli
