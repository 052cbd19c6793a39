#include "call_tracker.h"

#include <utility>
#include <vector>

namespace dienhong::client {

void CallTracker::add(grpc::ClientContext* ctx, std::shared_ptr<void> owner) {
  std::lock_guard lock(mu_);
  calls_.emplace(ctx, std::move(owner));
}

void CallTracker::remove(grpc::ClientContext* ctx) {
  std::shared_ptr<void> owner;  // released after the lock
  std::lock_guard lock(mu_);
  auto it = calls_.find(ctx);
  if (it != calls_.end()) {
    owner = std::move(it->second);
    calls_.erase(it);
  }
  if (calls_.empty()) idle_.notify_all();
}

void CallTracker::cancelAllAndWait() {
  std::vector<std::pair<grpc::ClientContext*, std::shared_ptr<void>>> inFlight;
  {
    std::lock_guard lock(mu_);
    inFlight.assign(calls_.begin(), calls_.end());
  }
  for (auto& [ctx, owner] : inFlight) ctx->TryCancel();
  inFlight.clear();
  std::unique_lock lock(mu_);
  idle_.wait(lock, [this] { return calls_.empty(); });
}

}  // namespace dienhong::client
