#include "server/services/export_reactor.h"

#include <algorithm>

namespace dienhong {

bool ExportStream::Push(v1::ExportChunk chunk) {
  std::lock_guard lock(mu_);
  if (finishing_ || reactor_ == nullptr) return false;
  queue_.push_back(std::move(chunk));
  WriteNextLocked();
  return true;
}

bool ExportStream::PushFile(const std::string& bytes) {
  // Spilled before taking the lock: writing the file must not hold up the reactions.
  std::unique_ptr<std::FILE, FileCloser> file(std::tmpfile());  // unlinked, mode 0600
  if (!file || std::fwrite(bytes.data(), 1, bytes.size(), file.get()) != bytes.size() ||
      std::fflush(file.get()) != 0 || std::fseek(file.get(), 0, SEEK_SET) != 0) {
    return false;
  }
  std::lock_guard lock(mu_);
  if (finishing_ || reactor_ == nullptr) return false;
  file_ = std::move(file);
  file_left_ = bytes.size();
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
  file_.reset();
}

void ExportStream::WriteNextLocked() {
  if (reactor_ == nullptr || in_flight_) return;
  if (queue_.empty() && file_ && file_left_ > 0) {
    // The next chunk, read now that the previous one is written: at most one chunk of the
    // file is in memory per stream (a read of 1 MiB from the page cache).
    v1::ExportChunk chunk;
    std::string& data = *chunk.mutable_data();
    data.resize(std::min(kChunkBytes, file_left_));
    if (std::fread(data.data(), 1, data.size(), file_.get()) != data.size()) {
      file_.reset();
      file_left_ = 0;
      FinishLocked(grpc::Status(grpc::StatusCode::INTERNAL,
                                "Không đọc lại được tệp xuất tạm thời; hãy xuất lại."),
                   true);
      return;
    }
    file_left_ -= data.size();
    if (file_left_ == 0) file_.reset();
    queue_.push_back(std::move(chunk));
  }
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
    file_.reset();
    file_left_ = 0;
  }
  WriteNextLocked();
}

}  // namespace dienhong
