#include "setcover/parallel.h"

#include <exception>
#include <thread>
#include <vector>

namespace appmix::setcover {

void run_workers(int workers, const std::function<void(int)>& work) {
  if (workers <= 1) {
    work(0);
    return;
  }
  std::vector<std::exception_ptr> failures(workers);
  const auto guarded = [&](int worker) {
    try {
      work(worker);
    } catch (...) {
      failures[worker] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(workers - 1);
  for (int worker = 1; worker < workers; ++worker) {
    try {
      threads.emplace_back(guarded, worker);
    } catch (...) {  // no thread to run it on (std::system_error): run it here
      guarded(worker);
    }
  }
  guarded(0);
  for (std::thread& thread : threads)
    thread.join();
  for (const std::exception_ptr& failure : failures) {
    if (failure)
      std::rethrow_exception(failure);
  }
}

}  // namespace appmix::setcover
