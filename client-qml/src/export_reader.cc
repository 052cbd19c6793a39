#include "export_reader.h"

namespace dienhong::client {

std::shared_ptr<ExportReader> ExportReader::Start(v1::RecordsService::Stub* stub,
                                                  const std::string& token,
                                                  const v1::ExportRecordRequest& request,
                                                  CallTracker* tracker, ChunkFn onChunk,
                                                  DoneFn onDone) {
  std::shared_ptr<ExportReader> r(new ExportReader());
  r->self_ = r;
  r->tracker_ = tracker;
  r->onChunk_ = std::move(onChunk);
  r->onDone_ = std::move(onDone);
  r->request_ = request;
  r->ctx_.AddMetadata("authorization", "Bearer " + token);
  // A long record on a loaded server: generous, but not endless.
  r->ctx_.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(10));
  tracker->add(&r->ctx_, r);
  stub->async()->ExportRecord(&r->ctx_, &r->request_, r.get());
  r->StartRead(&r->chunk_);
  r->StartCall();
  return r;
}

void ExportReader::OnReadDone(bool ok) {
  if (!ok) return;  // the stream ended; OnDone follows with its status
  v1::ExportChunk chunk;
  chunk.Swap(&chunk_);
  onChunk_(std::move(chunk));
  StartRead(&chunk_);
}

void ExportReader::OnDone(const grpc::Status& status) {
  onDone_(status);
  std::shared_ptr<ExportReader> keep = std::move(self_);
  tracker_->remove(&ctx_);
}

}  // namespace dienhong::client
