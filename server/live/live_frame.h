// LiveMessagePtr: one LiveMessage as a feed shares it between its subscribers, with its
// wire form computed once.
//
// gRPC serializes a typed message on every write, i.e. once per subscriber. For a small
// event that hardly matters, but a PollClosed with 2,000 named votes, a batch of 2,000
// votes or a snapshot of a large session, written to 10,000 screens, was 10,000
// serializations and 10,000 buffers of the same bytes (the 872 MiB peak of the batched
// benchmark run). The live stream is therefore a raw method (server/services/
// live_service.*) that writes grpc::ByteBuffers, and copying a ByteBuffer only takes a
// reference to the same slices.
//
// Thread-safety: immutable after construction except for the lazily serialized bytes and
// snapshot parts, which are computed once (std::call_once) by whichever thread asks
// first, normally the fan-out thread, never the log writer.
#pragma once

#include <grpcpp/support/byte_buffer.h>

#include <memory>
#include <mutex>
#include <vector>

#include "dienhong/v1/session_service.pb.h"

namespace dienhong {

class LiveMessagePtr {
 public:
  LiveMessagePtr() = default;
  explicit LiveMessagePtr(v1::LiveMessage message)
      : frame_(std::make_shared<Frame>(std::move(message))) {}

  const v1::LiveMessage& operator*() const { return frame_->message; }
  const v1::LiveMessage* operator->() const { return &frame_->message; }
  explicit operator bool() const { return frame_ != nullptr; }
  void reset() { frame_.reset(); }

  // The serialized message (shared slices: copy it freely).
  const grpc::ByteBuffer& bytes() const;

  // For a snapshot: the SnapshotPart messages that carry it when it is larger than
  // kSnapshotPartBytes (common/limits.h), computed once; empty when it fits in one
  // message or is not a snapshot.
  const std::vector<LiveMessagePtr>& parts() const;

 private:
  struct Frame {
    explicit Frame(v1::LiveMessage m) : message(std::move(m)) {}
    const v1::LiveMessage message;
    std::once_flag serialized;
    grpc::ByteBuffer bytes;
    std::once_flag split;
    std::vector<LiveMessagePtr> parts;
  };
  std::shared_ptr<Frame> frame_;
};

}  // namespace dienhong
