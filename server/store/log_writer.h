// LogWriter: the single writer of the SQLite event log, with group commit.
//
// Callers Stage() a request; Stage assigns each event its log_index, recorded_at and
// SHA-256 chain hash immediately (under a mutex, so staging order IS log order) and
// returns the stamped events, so that the caller can fold them into its working state
// while the write is in flight. A dedicated writer thread takes every request staged so
// far (up to WriterOptions::max_batch), writes them in ONE transaction (for each request
// in staging order: its side effects, then its events) and commits it (synchronous=FULL:
// the commit is durable when it returns). Then it calls each request's `done` in staging
// order, on the writer thread. Many concurrent commands thus share one fsync.
//
// Failure. If anything in a transaction fails, it is rolled back and `done` receives an
// error for every request of that batch AND for every request staged before the writer
// noticed the failure (their hashes chain onto events that were never written):
//   - the request whose side effect or insert failed gets that error (a side effect's own
//     Status; AlreadyExists for a reused idempotency key; FailedPrecondition for a
//     (stream_id, seq) that already exists; Unavailable for storage trouble);
//   - every other request gets Unavailable ("not recorded ...; try again").
// `done`'s events are then the events as they were stamped, which are NOT in the log;
// their log_index values will be given to later events. Atomically with failing the
// queued requests (same mutex as Stage), the writer re-reads the last log_index/hash from
// the database, so every request staged after that point chains onto the real head and
// is written normally. Callers must rebuild any state they folded speculatively (the
// session engine reloads the session). If the head cannot be re-read, requests keep
// failing with Unavailable until it can.
//
// The writer never checks that a stream's seq values are contiguous (the caller, which
// owns the stream, assigns them); the database refuses duplicates and VerifyChain reports
// gaps. Check idempotency keys with LogReader::FindCommand before staging: a duplicate
// key caught by the database fails the whole batch and everything behind it.
//
// Thread-safety: Stage() may be called from any thread, also from a `done` callback.
// `done` callbacks run on the writer thread, one at a time, never inside Stage() (so a
// caller may hold its own lock around Stage() and take it again in `done`); they must not
// block on the writer (no Flush() or Stop() from a callback). A request staged after
// Stop() is not written: its `done` gets Unavailable, on the writer thread as usual.
// Stage() before Start() is a programming error (asserts).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "dienhong/v1/events.pb.h"
#include "server/store/env.h"

struct sqlite3;

namespace dienhong::store {

struct AppendRequest {
  // stream_id, seq, actor and body set by the caller; log_index, recorded_at and hash are
  // set by Stage(). May be empty (a request with only side effects, e.g. a token write).
  // Every event must have a body.
  std::vector<v1::Event> events;
  // Stored on the first event (UNIQUE); empty for none. Must be unique across the log.
  // Ignored when `events` is empty.
  std::string idempotency_key;
  // Runs on the writer thread inside the transaction, before the events are inserted
  // (reference tables, snapshots, tokens). Its failure fails the whole batch. It must not
  // end the transaction (no COMMIT/ROLLBACK) and must not keep statements running.
  std::function<Status(sqlite3*)> side_effects;
  // Called on the writer thread once the batch is durable (ok) or has failed (see the
  // header comment for which error). `events` are the stamped events.
  std::function<void(const Status&, const std::vector<v1::Event>&)> done;
};

struct WriterOptions {
  // Upper bound on requests per transaction (0 is taken as 1).
  size_t max_batch = 1024;
  // The file system the database is reached through (nullptr: Env::Default()).
  Env* env = nullptr;
};

class LogWriter {
 public:
  LogWriter(std::string db_path, const Clock& clock, WriterOptions options = {});
  ~LogWriter();  // Stop()s
  LogWriter(const LogWriter&) = delete;
  LogWriter& operator=(const LogWriter&) = delete;

  // Opens the write connection (creating the schema if needed), reads the chain head and
  // starts the writer thread. A LogWriter starts once.
  Status Start();

  // Stamps the events and queues the request. Returns the stamped events.
  std::vector<v1::Event> Stage(AppendRequest request);

  // Blocks until every request staged before the call has been committed or failed and
  // its `done` has returned. For tests and shutdown.
  void Flush();

  // Drains the queue (everything staged before the call is committed or failed, and its
  // `done` has run), then closes the connection. Idempotent. The thread itself lingers
  // only to fail late Stage() calls and is joined by the destructor.
  void Stop();

  // Statistics for logs and benchmarks: committed transactions, and the log_index of the
  // last event durably committed (0 for an empty log).
  int64_t transactions() const;
  int64_t last_log_index() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dienhong::store
