// UploadWriter: one DocumentService.UploadDocument call (client streaming): the header,
// then the file in chunks of at most 1 MiB read from disk one at a time, with one write
// in flight (grpc::ClientWriteReactor). The file is read on gRPC's threads, never on the
// GUI thread, and never held in memory as a whole.
//
// `onProgress(bytesSent)` and `onDone(status, reply)` run on gRPC threads; the owner posts
// them to the GUI thread. A file that cannot be read or whose size changed under the
// upload cancels the call (the server then keeps nothing) and ends with an error status
// naming the file.
//
// Lifetime: owns itself until OnDone, registered in a CallTracker like StreamReader.
// Thread-safety: Cancel() from any thread; everything else runs on gRPC threads.
#pragma once

#include <grpcpp/grpcpp.h>

#include <QFile>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "call_tracker.h"
#include "dienhong/v1/document_service.grpc.pb.h"

namespace dienhong::client {

class UploadWriter final : public grpc::ClientWriteReactor<v1::UploadDocumentRequest> {
 public:
  using ProgressFn = std::function<void(qint64 bytesSent)>;
  using DoneFn = std::function<void(grpc::Status, v1::CommandReply)>;

  static constexpr qint64 kChunkBytes = 1 << 20;  // the server's limit per message

  // `header.size_bytes` must be the file's size.
  static std::shared_ptr<UploadWriter> Start(v1::DocumentService::Stub* stub,
                                             const std::string& token,
                                             const v1::UploadDocumentRequest::Header& header,
                                             const QString& path, CallTracker* tracker,
                                             ProgressFn onProgress, DoneFn onDone);

  void Cancel() { ctx_.TryCancel(); }

  void OnWriteDone(bool ok) override;
  void OnDone(const grpc::Status& status) override;

 private:
  UploadWriter() = default;
  void writeNext();

  grpc::ClientContext ctx_;
  v1::UploadDocumentRequest message_;  // the one write in flight
  v1::CommandReply reply_;
  QFile file_;
  qint64 size_ = 0;
  qint64 sent_ = 0;
  std::string readError_;
  CallTracker* tracker_ = nullptr;
  ProgressFn onProgress_;
  DoneFn onDone_;
  std::shared_ptr<UploadWriter> self_;
};

}  // namespace dienhong::client
