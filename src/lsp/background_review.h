// The recommendation hover shows, computed on a thread of its own so that
// no check waits for the solver. Each valid inventory the server sees is
// posted with its analysis generation; a newer post replaces one not yet
// started, and a result is shown only for the generation it was made from.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "inventory/inventory.h"
#include "model/time_money.h"

namespace appmix::lsp {

struct ReviewDecisions {
  std::uint64_t generation = 0;
  std::map<std::string, std::string>
      decision;         // by product id: "keep", "retire", "add", "leave out"
  bool proven = false;  // the mix is proven least-cost
  std::string currency;
};

class BackgroundReview {
 public:
  explicit BackgroundReview(double seconds) : seconds_(seconds) {}
  ~BackgroundReview();
  BackgroundReview(const BackgroundReview&) = delete;
  BackgroundReview& operator=(const BackgroundReview&) = delete;

  void post(std::uint64_t generation, const inventory::Inventory& inventory,
            const model::AsOfRequest& as_of);
  // The decisions of `generation`, once computed.
  std::optional<ReviewDecisions> decisions(std::uint64_t generation) const;

 private:
  void work();

  double seconds_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::thread thread_;
  bool stopping_ = false;
  struct Job {
    std::uint64_t generation;
    inventory::Inventory inventory;
    model::AsOfRequest as_of;
  };
  std::optional<Job> next_;
  std::optional<ReviewDecisions> done_;
};

}  // namespace appmix::lsp
