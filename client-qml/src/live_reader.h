// LiveReader: one LiveService.Subscribe stream (batched), a StreamReader (see
// stream_reader.h for lifetime and threads).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "dienhong/v1/session_service.grpc.pb.h"
#include "stream_reader.h"

namespace dienhong::client {

class LiveReader final : public StreamReader<v1::SubscribeRequest, v1::LiveMessage> {
 public:
  static std::shared_ptr<LiveReader> Start(v1::LiveService::Stub* stub, const std::string& token,
                                           int64_t sessionId, int64_t afterSeq,
                                           CallTracker* tracker, MessageFn onMessage,
                                           DoneFn onDone);

 private:
  LiveReader() = default;
};

}  // namespace dienhong::client
