// The stored form of an event (private to the store): which parts of a v1::Event go into
// the columns of the `events` table and which into its payload blob. See chain.h.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.h"
#include "dienhong/v1/events.pb.h"

namespace dienhong::store::internal {

// The name of the body field that is set, e.g. "sitting_opened"; empty when none is.
std::string EventKind(const v1::Event& event);

// The event serialized without its envelope (log_index, stream_id, seq, recorded_at,
// hash): those live in their own columns, and the hash cannot cover itself.
std::string EventPayload(const v1::Event& event);

// Rebuilds the event from its payload and columns.
Result<v1::Event> EventFromStored(int64_t log_index, int64_t stream_id, int64_t seq,
                                  int64_t recorded_at_us, std::string_view payload,
                                  std::string_view hash);

int64_t ToMicros(const google::protobuf::Timestamp& t);
void SetMicros(int64_t micros, google::protobuf::Timestamp* t);

}  // namespace dienhong::store::internal
