// RecordBuilder: folds a session's event stream into its SessionRecord (records.proto),
// the data the minutes are drafted from. Pure: the events come in, the record goes out;
// reading the log is record_source.h's job and rendering is the exporters'.
//
// The state comes from the same Apply the server and the clients run, so the record can
// never disagree with what the room saw; what the final state does not keep (each
// stretch of an agenda item, each suspension of a sitting) is taken from the events as
// they pass. The same events always give the same record, byte for byte once rendered:
// that is what `dienhongctl verify --export` relies on.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/records.pb.h"

namespace dienhong::records {

inline constexpr int32_t kRecordSchemaVersion = 1;

// Called every few thousand events with (events folded, total).
using FoldProgress = std::function<void(int64_t done, int64_t total)>;

// `events`: the session's stream from seq 1, in order, as read back from the log (hash
// and log_index set). `sitting_id` 0 = the whole session, else that sitting only.
// InvalidArgument for an empty stream, one that does not start with the session's
// creation or has a gap, or a sitting the session does not have.
Result<v1::SessionRecord> BuildRecord(const std::vector<v1::Event>& events, int64_t sitting_id,
                                      const FoldProgress& progress = {});

}  // namespace dienhong::records
