// Runs one piece of work per worker on threads of its own, and makes an
// exception in any of them reach the caller: a std::thread whose function
// throws ends the process through std::terminate, so each worker's exception
// is captured and the first one (by worker number, so the choice does not
// depend on timing) is rethrown once every thread has been joined. It knows
// nothing of what the work is.
#pragma once

#include <functional>

namespace appmix::setcover {

// Calls work(w) for every w in [0, workers): w = 0 on the calling thread, the
// others on new threads. Returns when all have finished; if any threw,
// rethrows the exception of the lowest w that threw. workers < 1 runs one.
void run_workers(int workers, const std::function<void(int)>& work);

}  // namespace appmix::setcover
