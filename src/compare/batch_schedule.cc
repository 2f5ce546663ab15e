#include "compare/batch_schedule.h"

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>

#include "setcover/parallel.h"

namespace appmix::compare {
namespace {

// The shared state of one run: which inventory starts next, which row is
// written next, and the finished rows waiting for an earlier one.
class OrderedRows {
 public:
  OrderedRows(std::size_t count, std::size_t window) : count_(count), window_(window) {}

  // The next inventory to start, or nullopt when none is left (or the run
  // was aborted). Blocks while the window of waiting rows is full.
  std::optional<std::size_t> next() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] {
      return aborted_ || next_start_ >= count_ || next_start_ < next_write_ + window_;
    });
    if (aborted_ || next_start_ >= count_)
      return std::nullopt;
    return next_start_++;
  }

  // Stores row `index`, then hands every row that is now next in order to
  // `write`, one at a time, under the lock (so writes never interleave).
  void finish(std::size_t index, BatchRow row, const std::function<void(const BatchRow&)>& write) {
    std::lock_guard lock(mutex_);
    waiting_.emplace(index, std::move(row));
    for (auto it = waiting_.find(next_write_); it != waiting_.end();
         it = waiting_.find(next_write_)) {
      write(it->second);
      waiting_.erase(it);
      ++next_write_;
    }
    ready_.notify_all();
  }

  void abort() {
    std::lock_guard lock(mutex_);
    aborted_ = true;
    ready_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::size_t count_;
  std::size_t window_;
  std::size_t next_start_ = 0;
  std::size_t next_write_ = 0;
  bool aborted_ = false;
  std::map<std::size_t, BatchRow> waiting_;
};

}  // namespace

void run_in_input_order(std::size_t count, int workers,
                        const std::function<BatchRow(std::size_t)>& make_row,
                        const std::function<void(const BatchRow&)>& write_row) {
  workers = std::max(1, workers);
  OrderedRows rows(count, kRowsAheadPerWorker * static_cast<std::size_t>(workers));
  setcover::run_workers(workers, [&](int) {
    try {
      while (const std::optional<std::size_t> index = rows.next())
        rows.finish(*index, make_row(*index), write_row);
    } catch (...) {
      // A bug: stop the others (they may wait for this row); run_workers
      // rethrows it once every thread has been joined.
      rows.abort();
      throw;
    }
  });
}

}  // namespace appmix::compare
