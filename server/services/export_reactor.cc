#include "server/services/export_reactor.h"

namespace dienhong {

bool ExportStream::Push(v1::ExportChunk chunk) {
  std::lock_guard lock(mu_);
  if (finishing_ || reactor_ == nullptr) return false;
  queue_.push_back(std::move(chunk));
  WriteNextLocked();
  return true;
}

void ExportStream::Finish(const grpc::Status& status) {
  std::lock_guard lock(mu_);
  // An error ends the call without the rest of a half-sent file.
  FinishLocked(status, !status.ok());
}

bool ExportStream::cancelled() const {
  std::lock_guard lock(mu_);
  return cancelled_ || reactor_ == nullptr;
}

void ExportStream::OnWriteDone(bool ok) {
  std::lock_guard lock(mu_);
  // The message written is at the front (deque references stay valid across push_back).
  in_flight_ = false;
  if (!queue_.empty()) queue_.pop_front();
  if (!ok) {
    cancelled_ = true;
    FinishLocked(grpc::Status(grpc::StatusCode::CANCELLED, "stream closed"), true);
    return;
  }
  WriteNextLocked();
}

void ExportStream::Cancel() {
  std::lock_guard lock(mu_);
  cancelled_ = true;
  FinishLocked(grpc::Status(grpc::StatusCode::CANCELLED, "cancelled by the client"), true);
}

void ExportStream::Detach() {
  std::lock_guard lock(mu_);
  reactor_ = nullptr;
  queue_.clear();
}

void ExportStream::WriteNextLocked() {
  if (reactor_ == nullptr || in_flight_) return;
  if (!queue_.empty()) {
    in_flight_ = true;
    reactor_->StartWrite(&queue_.front());
    return;
  }
  if (finishing_ && !finished_) {
    finished_ = true;
    reactor_->Finish(status_);
  }
}

void ExportStream::FinishLocked(const grpc::Status& status, bool drop_queue) {
  if (finishing_) return;
  finishing_ = true;
  status_ = status;
  if (drop_queue) {
    // Keep only the message being written: its buffer must live until OnWriteDone.
    while (queue_.size() > (in_flight_ ? 1u : 0u)) queue_.pop_back();
  }
  WriteNextLocked();
}

}  // namespace dienhong
