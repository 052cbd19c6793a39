// RecordsService: exports of the session record (records_service.proto, docs/records.md).
// The caller's role and council are checked on gRPC's thread; the export (read the log,
// fold, render) runs on the blocking pool with its own read connection, so a long
// session never holds up a gRPC thread or the session engine.
//
// Thread-safety: stateless.
#pragma once

#include "dienhong/v1/records_service.grpc.pb.h"
#include "server/server_core.h"

namespace dienhong {

class RecordsServiceImpl final : public v1::RecordsService::CallbackService {
 public:
  explicit RecordsServiceImpl(ServerCore& core) : core_(core) {}

  grpc::ServerWriteReactor<v1::ExportChunk>* ExportRecord(
      grpc::CallbackServerContext* ctx, const v1::ExportRecordRequest* req) override;

 private:
  ServerCore& core_;
};

}  // namespace dienhong
