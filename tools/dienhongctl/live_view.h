// What `dienhongctl tail` shows of a session's live stream: folds each message into a
// local SessionState with the same Apply the server uses (common/apply.h), and turns it
// into printable lines — the event line, and after an attendance change the quorum as
// computed from the folded state (common/quorum.h), so no extra call is needed per event.
//
// It also remembers the seq of the last event shown, which is what a reconnect resumes
// after; events at or below it (a resent tail after reconnecting) are dropped, so the
// output has no duplicate.
//
// Thread-safety: none; one instance per stream, used from one thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/snapshot_parts.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"
#include "dienhong/v1/session_service.pb.h"

namespace dienhong::ctl {

class LiveView {
 public:
  // `initial` gives names before any snapshot arrives (e.g. from GetSession when resuming
  // with --after); it may be ahead of the stream, in which case events it already
  // contains are shown but not folded again. `after_seq` is where the stream starts.
  explicit LiveView(v1::SessionState initial = {}, int64_t after_seq = 0);

  // Lines to print for one message (possibly none): a snapshot (whole or its last part),
  // an event or a batch.
  std::vector<std::string> Handle(const v1::LiveMessage& message);

  int64_t last_seq() const { return last_seq_; }
  const v1::SessionState& state() const { return state_; }

 private:
  void HandleEvent(const v1::Event& event, std::vector<std::string>& lines);

  v1::SessionState state_;
  int64_t last_seq_;
  SnapshotAssembler parts_;
};

}  // namespace dienhong::ctl
