#include "compare/batch_schedule.h"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace appmix::compare {
namespace {

TEST_CASE("rows come back in input order, one write at a time, within the window") {
  for (const int workers : {1, 2, 4}) {
    CAPTURE(workers);
    const std::size_t count = 60;
    const std::size_t window = kRowsAheadPerWorker * static_cast<std::size_t>(workers);
    std::atomic<std::size_t> written{0};
    std::atomic<bool> writing{false};
    std::atomic<bool> outside_window{false};
    std::vector<std::string> order;
    run_in_input_order(
        count, workers,
        [&](std::size_t index) {
          // A row starts only within the window past the next one to write.
          if (index >= written.load() + window)
            outside_window = true;
          BatchRow row;
          row.path = std::to_string(index);
          // Uneven work, so rows finish out of order.
          volatile std::size_t spin = 0;
          for (std::size_t i = 0; i < (count - index) * 2000; ++i)
            spin = spin + i;
          return row;
        },
        [&](const BatchRow& row) {
          CHECK_FALSE(writing.exchange(true));
          order.push_back(row.path);
          ++written;
          writing = false;
        });
    REQUIRE(order.size() == count);
    for (std::size_t i = 0; i < count; ++i)
      CHECK(order[i] == std::to_string(i));
    CHECK_FALSE(outside_window.load());
  }
}

TEST_CASE("an exception in one row stops the run and reaches the caller") {
  std::atomic<std::size_t> made{0};
  CHECK_THROWS_AS(run_in_input_order(
                      1000, 2,
                      [&](std::size_t index) {
                        ++made;
                        if (index == 5)
                          throw std::runtime_error("a bug");
                        return BatchRow{};
                      },
                      [](const BatchRow&) {}),
                  std::runtime_error);
  // The others stopped: they did not go on through all 1000 rows.
  CHECK(made.load() < 1000);
}

}  // namespace
}  // namespace appmix::compare
