// ExportReader: one RecordsService.ExportRecord stream on the gRPC callback API
// (grpc::ClientReadReactor): progress messages, a header, then the file in chunks. Each
// chunk is handed to `onChunk` on a gRPC thread; the owner (RecordExporter) posts it to
// the GUI thread. `onDone` runs once, with the stream's final status.
//
// Lifetime: the reader owns itself until OnDone and is registered in the owner's
// CallTracker, so the owner can cancel it and wait for OnDone before it is destroyed.
//
// Thread-safety: Cancel() may be called from any thread; the callbacks run on gRPC threads.
#pragma once

#include <grpcpp/grpcpp.h>

#include <functional>
#include <memory>
#include <string>

#include "call_tracker.h"
#include "dienhong/v1/records_service.grpc.pb.h"

namespace dienhong::client {

class ExportReader : public grpc::ClientReadReactor<v1::ExportChunk> {
 public:
  using ChunkFn = std::function<void(v1::ExportChunk)>;
  using DoneFn = std::function<void(grpc::Status)>;

  static std::shared_ptr<ExportReader> Start(v1::RecordsService::Stub* stub,
                                             const std::string& token,
                                             const v1::ExportRecordRequest& request,
                                             CallTracker* tracker, ChunkFn onChunk, DoneFn onDone);
  void Cancel() { ctx_.TryCancel(); }

  void OnReadDone(bool ok) override;
  void OnDone(const grpc::Status& status) override;

 private:
  ExportReader() = default;

  grpc::ClientContext ctx_;
  v1::ExportRecordRequest request_;
  v1::ExportChunk chunk_;
  CallTracker* tracker_ = nullptr;
  ChunkFn onChunk_;
  DoneFn onDone_;
  std::shared_ptr<ExportReader> self_;
};

}  // namespace dienhong::client
