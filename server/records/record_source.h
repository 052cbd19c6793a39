// Reads a session's stream from the event log for the record builder, in pages (so an
// export can report progress on tens of thousands of events).
//
// Thread-safety: uses the caller's LogReader, which is single-threaded (see log_reader.h).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/events.pb.h"
#include "server/store/log_reader.h"

namespace dienhong::records {

// Events of session `session_id` with seq 1..up_to_seq (0 = all committed), in order.
// NotFound for a session without events; InvalidArgument when up_to_seq is beyond the
// stream. `progress(read, total)` after each page.
Result<std::vector<v1::Event>> ReadSessionStream(
    store::LogReader& reader, int64_t session_id, int64_t up_to_seq,
    const std::function<void(int64_t, int64_t)>& progress = {});

}  // namespace dienhong::records
