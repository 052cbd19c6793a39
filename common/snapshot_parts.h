// A live stream's snapshot in parts (SnapshotPart, proto/dienhong/v1/session_service.proto):
// the server cuts a large serialized SessionState into messages of at most
// kSnapshotPartBytes (common/limits.h); every client puts them back together with the
// same SnapshotAssembler, so the Qt client, dienhongctl and the tests agree on the rules
// (consecutive parts, one count, one last_seq).
//
// Thread-safety: SplitSnapshot is a pure function; a SnapshotAssembler belongs to one
// stream's reader.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/session_service.pb.h"

namespace dienhong {

// The parts of `serialized_state` (a SessionState's wire form, last_seq `last_seq`), each
// at most `part_bytes` long; one part when it fits.
std::vector<v1::LiveMessage> SplitSnapshot(const std::string& serialized_state, int64_t last_seq,
                                           size_t part_bytes);

class SnapshotAssembler {
 public:
  // Takes the next part. Returns the whole state after the last part, nullopt before it,
  // or an error when the parts are out of order or do not parse (the reader should then
  // resubscribe from 0).
  Result<std::optional<v1::SessionState>> Add(const v1::SnapshotPart& part);
  // True while a snapshot is half received.
  bool pending() const { return expected_ > 0; }

 private:
  std::string data_;
  int32_t expected_ = 0;  // count of the snapshot being assembled; 0 = none
  int32_t next_ = 0;
};

}  // namespace dienhong
