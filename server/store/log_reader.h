// LogReader: reads the event log back (stream replay on start-up, resume for subscribers
// that are further behind than the in-memory window, idempotent replies after restart).
// Events come back exactly as Stage() returned them: envelope (log_index, stream_id, seq,
// recorded_at, hash) from the columns, actor and body from the payload (see chain.h).
//
// Thread-safety: one LogReader owns one read connection; use it from one thread at a time
// (create one per thread if needed). Reads see only committed transactions (WAL), each
// call one consistent snapshot; they never block the writer.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"
#include "server/store/env.h"

struct sqlite3;

namespace dienhong::store {

class LogReader {
 public:
  // Opens the file (creating it and its schema if needed, so start-up order does not
  // matter); the connection is query_only: it cannot write. `env` as for OpenDatabase.
  static Result<std::unique_ptr<LogReader>> Open(const std::string& db_path,
                                                 Env* env = nullptr);
  ~LogReader();
  LogReader(const LogReader&) = delete;
  LogReader& operator=(const LogReader&) = delete;

  // Events of a stream with seq > after_seq, in order, at most `limit` (0 = all).
  Result<std::vector<v1::Event>> ReadStream(int64_t stream_id, int64_t after_seq,
                                            int64_t limit = 0);

  // The events appended by the command with this idempotency key (the keyed event and the
  // command_events - 1 events after it, which have consecutive log_index because Stage()
  // stamps a request's events under one lock), or nullopt.
  Result<std::optional<std::vector<v1::Event>>> FindCommand(const std::string& key);

  // The first stored idempotency key k with lo <= k < hi (byte order), or nullopt: finds
  // the key a request id was stored under whatever command digest follows it
  // (SessionEngine: a repeated request id with a different command is refused).
  Result<std::optional<std::string>> FindKeyInRange(const std::string& lo, const std::string& hi);

  // The last seq of a stream (0 when it has no events).
  Result<int64_t> StreamLength(int64_t stream_id);

  // Every session stream (stream id > 0) that has events, ascending.
  Result<std::vector<int64_t>> ListSessionStreams();

  // Latest saved snapshot of a session, or nullopt.
  Result<std::optional<v1::SessionState>> LatestSnapshot(int64_t stream_id);

  sqlite3* handle() { return db_; }

 private:
  struct Cached;  // statements prepared once (log_reader.cc)
  explicit LogReader(sqlite3* db);
  sqlite3* db_;
  std::unique_ptr<Cached> cached_;
};

// Side effect for an AppendRequest: saves `state` as the snapshot of its session
// (state.session_id) as of state.last_seq (INSERT OR REPLACE into snapshots). Refuses a
// state without session_id (InvalidArgument).
Status SaveSnapshot(sqlite3* db, const v1::SessionState& state);

}  // namespace dienhong::store
