// Snapshots bound to the hash chain. A snapshot (table `snapshots`: the serialized
// v1::SessionState of a session as of its last_seq) lets start-up skip replaying a long
// session, but the table is outside the chain: anyone with the file could rewrite it.
// So every snapshot is written together with a SnapshotTaken event on the session's
// snapshot stream (stream_id = -session_id, seq 1, 2, 3, ... per snapshot) that records
// the SHA-256 of the stored bytes. The chain covers that event; a snapshot is used only
// when its bytes hash to the digest of the LATEST SnapshotTaken of its session and its seq
// is the one recorded there. A snapshot without such an event (written by a build before
// this one, or slipped into the table) is never trusted: the session is folded from its
// events instead.
//
// Thread-safety: functions; the reader is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.h"
#include "dienhong/v1/session.pb.h"
#include "server/store/log_reader.h"
#include "server/store/log_writer.h"

namespace dienhong::store {

// The stream that carries a session's SnapshotTaken events. Never sent to clients.
inline int64_t SnapshotStream(int64_t session_id) { return -session_id; }

// A request that saves `state` as its session's snapshot (side effect) and appends its
// SnapshotTaken as event `snapshot_seq` of the snapshot stream (1 for the first), in one
// transaction. `done` is left for the caller.
AppendRequest SnapshotRequest(const v1::SessionState& state, int64_t snapshot_seq);

struct BoundSnapshot {
  // The snapshot to start from, when the table holds one that matches the chain.
  std::optional<v1::SessionState> state;
  // The last seq of the snapshot stream (the next snapshot is this + 1).
  int64_t snapshots_taken = 0;
  // Why the table's snapshot was not used, when there is one and it was not (empty
  // otherwise). A mismatch with the chain means the table was altered.
  std::string problem;
  bool altered = false;
};
Result<BoundSnapshot> LoadBoundSnapshot(LogReader& reader, int64_t session_id);

// SHA-256 of `bytes`, 32 raw bytes.
std::string Sha256(std::string_view bytes);

}  // namespace dienhong::store
