// Reads what the load generator needs from a serialized LiveMessage without building it:
// per event its seq, recorded_at and body kind; for a snapshot its last_seq.
//
// Why: at 10,000 streams the generator parses tens of millions of events; building each
// as a protobuf object (and freeing it) cost more CPU than the server spent sending them
// (perf), and on a 2-core machine that CPU is taken from the server being measured. The
// scanner walks the wire format with CodedInputStream and skips every other field. Field
// numbers come from the generated code, so a renumbering in proto/ cannot go unnoticed
// (live_scan_test compares the scanner with the full parser on real messages).
#pragma once

#include <google/protobuf/io/zero_copy_stream.h>

#include <cstdint>
#include <vector>

namespace dienhong::bench {

struct ScannedEvent {
  int64_t seq = 0;
  int64_t recorded_micros = 0;
  int body = 0;  // field number of Event's body (v1::Event::BodyCase), 0 if none
};

struct ScannedMessage {
  enum Kind { kNone, kSnapshot, kEvent, kBatch };
  Kind kind = kNone;
  int64_t snapshot_last_seq = 0;
  std::vector<ScannedEvent> events;  // one for kEvent, the batch's for kBatch
};

// Fills `out` (cleared first, its capacity kept); false if the bytes are not a valid
// LiveMessage encoding.
bool ScanLiveMessage(google::protobuf::io::ZeroCopyInputStream* in, ScannedMessage* out);

}  // namespace dienhong::bench
