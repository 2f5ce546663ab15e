// The scheduler of `appmix batch`: inventories run side by side on worker
// threads, and their rows come back in input order, each as soon as it and
// every row before it are done. Only rows finished ahead of an earlier one
// are held, and a worker starts no inventory more than a window of places
// past the next row to write, which bounds memory whatever order the
// inventories finish in. Output is therefore the same whatever the thread
// count. It knows nothing of what a row holds or how it is written.
#pragma once

#include <cstddef>
#include <functional>

#include "compare/batch_row.h"

namespace appmix::compare {

// Rows a worker may finish ahead of the next one to write.
inline constexpr std::size_t kRowsAheadPerWorker = 4;

// Calls make_row(i) for every i in [0, count) on `workers` threads, and
// write_row with each row in order of i, one call at a time (never two at
// once, so it needs no lock of its own). An exception in make_row or
// write_row stops the other workers and reaches the caller.
void run_in_input_order(std::size_t count, int workers,
                        const std::function<BatchRow(std::size_t)>& make_row,
                        const std::function<void(const BatchRow&)>& write_row);

}  // namespace appmix::compare
