// An exception thrown on a worker thread reaches the caller after every
// worker has finished, instead of ending the process through std::terminate.
#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>

#include "setcover/parallel.h"

namespace appmix::setcover {
namespace {

TEST_CASE("every worker runs once") {
  for (const int workers : {0, 1, 2, 5}) {
    std::atomic<int> calls{0}, sum{0};
    run_workers(workers, [&](int worker) {
      ++calls;
      sum += worker;
    });
    const int expected = workers < 1 ? 1 : workers;
    CHECK(calls == expected);
    CHECK(sum == expected * (expected - 1) / 2);
  }
}

TEST_CASE("an exception on a worker thread is rethrown to the caller after the others finish") {
  std::atomic<int> finished{0};
  const auto work = [&](int worker) {
    if (worker == 2 || worker == 3)
      throw std::runtime_error("worker " + std::to_string(worker));
    ++finished;
  };
  std::string message;
  try {
    run_workers(4, work);
  } catch (const std::runtime_error& error) {
    message = error.what();
  }
  CHECK(message == "worker 2");  // the lowest worker that threw, whatever the timing
  CHECK(finished == 2);
}

TEST_CASE("an exception on the calling thread's worker waits for the threads too") {
  std::atomic<int> finished{0};
  CHECK_THROWS_AS(run_workers(3,
                              [&](int worker) {
                                if (worker == 0)
                                  throw std::logic_error("broken invariant");
                                ++finished;
                              }),
                  std::logic_error);
  CHECK(finished == 2);
}

}  // namespace
}  // namespace appmix::setcover
