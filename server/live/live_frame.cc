#include "server/live/live_frame.h"

#include <grpcpp/support/slice.h>

#include <string>

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

}  // namespace dienhong
