// --as-of DATE of check, overlap, recommend, report, batch and diff: the
// review date of the inventory format's Time section. A value that is not a
// real date YYYY-MM-DD is a usage error that shows the expected form.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>

#include "base/calendar.h"
#include "model/time_money.h"

namespace appmix::cli {

// Adds --as-of to `command`, writing into `as_of` (which must outlive
// parsing).
void add_as_of_option(CLI::App& command, std::optional<base::CivilDate>& as_of);

// The request the pipeline takes: the option; the clock is read only if
// neither it nor the inventory gives a date (model::AsOfRequest).
model::AsOfRequest as_of_request(const std::optional<base::CivilDate>& as_of);

}  // namespace appmix::cli
