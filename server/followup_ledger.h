// FollowUpLedger: the follow-up of commitments and carried-over questions across
// sessions (common/followup.h). Its events (CommitmentFulfilled, CommitmentExtended,
// WrittenAnswerSubmitted) go on the registry stream through RegistryLog — not on a
// session stream, because a closed session accepts nothing more and the standing
// committee follows a commitment across sessions — and the FollowUpBook folded from them
// is held in memory (rebuilt on start-up by reading the registry stream back).
//
// Thread-safety: all methods may be called from any thread. Append() blocks until the
// event is durable (call it from a WorkerPool); appends are serialized, reads take a
// shared lock.
#pragma once

#include <functional>
#include <mutex>
#include <shared_mutex>

#include "common/result.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/interpellation.pb.h"
#include "server/registry_log.h"
#include "server/store/log_reader.h"

namespace dienhong {

class FollowUpLedger {
 public:
  explicit FollowUpLedger(RegistryLog& log) : log_(log) {}

  // Folds every follow-up event of the registry stream.
  Status Load(store::LogReader& reader);

  // A copy of the book.
  v1::FollowUpBook Book() const;

  // Decides against the current book (serialized with every other append), logs the
  // event with `actor`, folds it, and returns it. `decide` returns the event body or the
  // refusal, which is returned unchanged (nothing is logged then).
  using Decision = std::function<Result<v1::Event>(const v1::FollowUpBook&)>;
  Result<v1::Event> Append(const Decision& decide, const v1::Actor& actor);

 private:
  RegistryLog& log_;
  std::mutex append_mu_;  // one decision at a time, so each sees the previous one's effect
  mutable std::shared_mutex mu_;
  v1::FollowUpBook book_;  // guarded by mu_ (written under append_mu_ too)
};

}  // namespace dienhong
