#include "server/live/live_frame.h"

#include <grpcpp/support/slice.h>

#include <string>

#include "common/limits.h"
#include "common/snapshot_parts.h"

namespace dienhong {

const grpc::ByteBuffer& LiveMessagePtr::bytes() const {
  Frame& frame = *frame_;
  std::call_once(frame.serialized, [&frame] {
    const std::string wire = frame.message.SerializeAsString();
    grpc::Slice slice(wire);
    frame.bytes = grpc::ByteBuffer(&slice, 1);
  });
  return frame.bytes;
}

const std::vector<LiveMessagePtr>& LiveMessagePtr::parts() const {
  Frame& frame = *frame_;
  std::call_once(frame.split, [&frame] {
    if (!frame.message.has_snapshot()) return;
    const v1::SessionState& state = frame.message.snapshot();
    if (state.ByteSizeLong() <= kSnapshotPartBytes) return;
    for (auto& part :
         SplitSnapshot(state.SerializeAsString(), state.last_seq(), kSnapshotPartBytes)) {
      frame.parts.emplace_back(std::move(part));
    }
  });
  return frame.parts;
}

}  // namespace dienhong
