// ExportReader: one RecordsService.ExportRecord stream (progress messages, a header, then
// the file in chunks), a StreamReader (see stream_reader.h for lifetime and threads).
#pragma once

#include <memory>
#include <string>

#include "dienhong/v1/records_service.grpc.pb.h"
#include "stream_reader.h"

namespace dienhong::client {

class ExportReader final : public StreamReader<v1::ExportRecordRequest, v1::ExportChunk> {
 public:
  using ChunkFn = MessageFn;

  static std::shared_ptr<ExportReader> Start(v1::RecordsService::Stub* stub,
                                             const std::string& token,
                                             const v1::ExportRecordRequest& request,
                                             CallTracker* tracker, ChunkFn onChunk, DoneFn onDone);

 private:
  ExportReader() = default;
};

}  // namespace dienhong::client
