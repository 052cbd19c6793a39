// ExportReactor: the server stream of one record export (RecordsService.ExportRecord), on
// gRPC's callback API. The export itself runs on a worker thread and Push()es messages
// (progress, header) as it goes, then hands over the rendered file (PushFile); the
// reactor writes them one at a time, in order, and finishes the call after the last one.
// Nothing is written after a cancel.
//
// Back-pressure: the file is not cut into a queue of chunks up front (a slow reader kept
// the whole file queued in memory, per export). It is spilled to an anonymous temporary
// file and the next chunk (kChunkBytes) is read from it only when the previous write is
// done, so a slow reader costs one chunk of memory, not a file.
//
// Lifetime: gRPC owns the reactor and calls OnDone last; the worker holds the
// ExportStream through a shared_ptr, so it may outlive the reactor (its pushes are then
// dropped).
//
// Thread-safety: ExportStream's methods may be called from any thread; one mutex guards
// the queue and the reactor pointer.
#pragma once

#include <grpcpp/grpcpp.h>

#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>

#include "dienhong/v1/records_service.pb.h"

namespace dienhong {

class ExportReactor;

class ExportStream {
 public:
  explicit ExportStream(ExportReactor* reactor) : reactor_(reactor) {}

  static constexpr size_t kChunkBytes = 1 << 20;  // well under gRPC's default 4 MiB

  // Queues a message; false once the stream is finishing or gone.
  bool Push(v1::ExportChunk chunk);
  // Sends `bytes` as data chunks after what is queued, reading each from a temporary
  // copy only when the reader has taken the previous one. False when the stream is gone
  // or the temporary file cannot be written (the bytes are then not sent).
  bool PushFile(const std::string& bytes);
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
  struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, FileCloser> file_;  // the rest of the file to send, if any
  size_t file_left_ = 0;
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
