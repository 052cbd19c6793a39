#include "export_reader.h"

namespace dienhong::client {

std::shared_ptr<ExportReader> ExportReader::Start(v1::RecordsService::Stub* stub,
                                                  const std::string& token,
                                                  const v1::ExportRecordRequest& request,
                                                  CallTracker* tracker, ChunkFn onChunk,
                                                  DoneFn onDone) {
  std::shared_ptr<ExportReader> r(new ExportReader());
  r->request_ = request;
  r->ctx_.AddMetadata("authorization", "Bearer " + token);
  // A long record on a loaded server: generous, but not endless.
  r->ctx_.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(10));
  Begin(r, tracker, std::move(onChunk), std::move(onDone),
        [stub](auto* ctx, auto* req, auto* reactor) {
          stub->async()->ExportRecord(ctx, req, reactor);
        });
  return r;
}

}  // namespace dienhong::client
