#include "cli/batch_reports.h"

#include <doctest/doctest.h>

namespace appmix::cli {
namespace {

TEST_CASE("review documents are named after their inventories, uniquely, in input order") {
  CHECK(report_file_names({"clients/acme.yaml", "north/acme.yml", "-", "clients/beta/",
                           "clients/Kühne & Co.yaml", "...yaml", "acme"}) ==
        std::vector<std::string>{"acme.html", "acme-2.html", "stdin.html", "beta.html",
                                 "K__hne___Co.html", "inventory...html", "acme-3.html"});
}

}  // namespace
}  // namespace appmix::cli
