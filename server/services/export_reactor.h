// ExportReactor: the server stream of one record export (RecordsService.ExportRecord), on
// gRPC's callback API. The export itself runs on a worker thread and Push()es messages
// (progress, header, file chunks) as it goes; the reactor writes them one at a time, in
// order, and finishes the call after the last one. Nothing is written after a cancel.
//
// Lifetime: gRPC owns the reactor and calls OnDone last; the worker holds the
// ExportStream through a shared_ptr, so it may outlive the reactor (its pushes are then
// dropped).
//
// Thread-safety: ExportStream's methods may be called from any thread; one mutex guards
// the queue and the reactor pointer.
#pragma once

#include <grpcpp/grpcpp.h>

#include <deque>
#include <memory>
#include <mutex>

#include "dienhong/v1/records_service.pb.h"

namespace dienhong {

class ExportReactor;

class ExportStream {
 public:
  explicit ExportStream(ExportReactor* reactor) : reactor_(reactor) {}

  // Queues a message; false once the stream is finishing or gone.
  bool Push(v1::ExportChunk chunk);
  // Finishes after the queued messages are written (or at once on error/cancel).
  void Finish(const grpc::Status& status);
  bool cancelled() const;

  // Reactions, from ExportReactor.
  void OnWriteDone(bool ok);
  void Cancel();
  void Detach();

 private:
  void WriteNextLocked();
  void FinishLocked(const grpc::Status& status, bool drop_queue);

  mutable std::mutex mu_;
  ExportReactor* reactor_;  // null after OnDone
  std::deque<v1::ExportChunk> queue_;
  bool in_flight_ = false;  // queue_.front() is being written
  bool finishing_ = false;
  bool finished_ = false;
  bool cancelled_ = false;
  grpc::Status status_;
};

class ExportReactor final : public grpc::ServerWriteReactor<v1::ExportChunk> {
 public:
  ExportReactor() : stream_(std::make_shared<ExportStream>(this)) {}
  const std::shared_ptr<ExportStream>& stream() const { return stream_; }

  void OnWriteDone(bool ok) override { stream_->OnWriteDone(ok); }
  void OnCancel() override { stream_->Cancel(); }
  void OnDone() override {
    stream_->Detach();
    delete this;
  }

 private:
  std::shared_ptr<ExportStream> stream_;
};

}  // namespace dienhong
