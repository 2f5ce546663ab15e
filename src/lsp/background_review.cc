#include "lsp/background_review.h"

#include "plan/review_pipeline.h"

namespace appmix::lsp {

BackgroundReview::~BackgroundReview() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    next_.reset();
  }
  wake_.notify_all();
  if (thread_.joinable())
    thread_.join();
}

void BackgroundReview::post(std::uint64_t generation, const inventory::Inventory& inventory,
                            const model::AsOfRequest& as_of) {
  {
    std::lock_guard lock(mutex_);
    next_ = Job{generation, inventory, as_of};
    if (!thread_.joinable())
      thread_ = std::thread([this] { work(); });
  }
  wake_.notify_all();
}

std::optional<ReviewDecisions> BackgroundReview::decisions(std::uint64_t generation) const {
  std::lock_guard lock(mutex_);
  if (done_ && done_->generation == generation)
    return done_;
  return std::nullopt;
}

void BackgroundReview::work() {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || next_.has_value(); });
      if (stopping_)
        return;
      job = std::move(*next_);
      next_.reset();
    }
    ReviewDecisions decisions;
    decisions.generation = job.generation;
    decisions.currency = job.inventory.currency;
    try {
      plan::ReviewSettings settings;
      settings.solve.time_limit_seconds = seconds_;
      settings.solve.threads = 1;
      settings.as_of = job.as_of;
      const plan::ReviewRun run = plan::review_inventory(job.inventory, settings);
      if (run.review && run.model) {
        const optimise::Recommendation& recommendation = run.review->recommendation;
        decisions.proven = recommendation.optimal;
        for (int product = 0; product < run.model->num_products(); ++product) {
          const bool chosen = recommendation.chosen[static_cast<std::size_t>(product)];
          const bool candidate = run.model->is_candidate(product);
          decisions.decision[run.model->id(product)] =
              candidate ? (chosen ? "add" : "leave out") : (chosen ? "keep" : "retire");
        }
      }
    } catch (const std::exception&) {
      continue;  // hover then shows no decision; a bug here must not end the server
    }
    std::lock_guard lock(mutex_);
    done_ = std::move(decisions);
  }
}

}  // namespace appmix::lsp
