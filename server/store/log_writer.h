// LogWriter: the single writer of the SQLite event log, with group commit.
//
// Callers Stage() a request; Stage assigns each event its log_index, recorded_at and
// SHA-256 chain hash immediately (under a mutex, so staging order IS log order) and
// returns the stamped events, so that the caller can fold them into its working state
// while the write is in flight. A dedicated writer thread takes every request staged so
// far, writes them in ONE transaction (side effects first, then the events, in staging
// order) and commits it (synchronous=FULL: the commit is durable when it returns). Then it
// calls each request's `done` in staging order, on the writer thread. Many concurrent
// commands thus share one fsync.
//
// If a transaction fails, that batch and everything staged after it fail (their hashes
// chain onto events that were never written); `done` receives the error, the writer
// re-reads the last log_index/hash from the database and carries on. Callers must then
// rebuild any state they folded speculatively (the session engine reloads the session).
//
// Thread-safety: Stage() may be called from any thread. `done` callbacks run on the writer
// thread and must not call Stage() synchronously... they may, but must not block on it.
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

struct sqlite3;

namespace dienhong::store {

struct AppendRequest {
  // stream_id, seq, actor and body set by the caller; log_index, recorded_at and hash are
  // set by Stage(). May be empty (a request with only side effects, e.g. a token write).
  std::vector<v1::Event> events;
  // Stored on the first event (UNIQUE); empty for none. Must be unique across the log.
  std::string idempotency_key;
  // Runs inside the transaction before the events are inserted (reference tables,
  // snapshots, tokens). Its failure fails the whole batch.
  std::function<Status(sqlite3*)> side_effects;
  // Called on the writer thread once the batch is durable (ok) or has failed. `events` are
  // the stamped events as written.
  std::function<void(const Status&, const std::vector<v1::Event>&)> done;
};

struct WriterOptions {
  // Upper bound on requests per transaction.
  size_t max_batch = 1024;
};

class LogWriter {
 public:
  LogWriter(std::string db_path, const Clock& clock, WriterOptions options = {});
  ~LogWriter();  // Stop()s
  LogWriter(const LogWriter&) = delete;
  LogWriter& operator=(const LogWriter&) = delete;

  // Opens the write connection (creating the schema if needed), reads the chain head and
  // starts the writer thread.
  Status Start();

  // Stamps the events and queues the request. Returns the stamped events.
  std::vector<v1::Event> Stage(AppendRequest request);

  // Blocks until everything staged so far is committed (or failed). For tests and
  // shutdown.
  void Flush();

  // Drains the queue, then stops the thread and closes the connection. Idempotent.
  void Stop();

  // Statistics for logs and benchmarks.
  int64_t transactions() const;
  int64_t last_log_index() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dienhong::store
