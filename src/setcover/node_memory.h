// Bytes held by the shared state of branch-and-bound nodes (multipliers and
// decision lists, each shared by the children of one node), so that the
// search can bound its memory: a best-first queue grows with the time limit
// (NRE after 60 s held ~100,000 open nodes, 400-500 MiB). It counts, it
// decides nothing.
#pragma once

#include <atomic>
#include <memory>
#include <vector>

namespace appmix::setcover {

class NodeMemory {
 public:
  // `data`, shared and counted until its last owner lets go (on any thread).
  template <typename T>
  std::shared_ptr<const std::vector<T>> share(std::vector<T> data) const {
    const long long size = static_cast<long long>(data.capacity() * sizeof(T));
    bytes_->fetch_add(size, std::memory_order_relaxed);
    return std::shared_ptr<const std::vector<T>>(
        new std::vector<T>(std::move(data)), [bytes = bytes_, size](const std::vector<T>* shared) {
          bytes->fetch_sub(size, std::memory_order_relaxed);
          delete shared;
        });
  }

  long long bytes() const { return bytes_->load(std::memory_order_relaxed); }

 private:
  // Shared with the deleters, so nodes may outlive this object.
  std::shared_ptr<std::atomic<long long>> bytes_ = std::make_shared<std::atomic<long long>>(0);
};

}  // namespace appmix::setcover
