#include "server/store/log_writer.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cassert>
#include <iterator>
#include <limits>
#include <utility>

#include "server/store/chain.h"
#include "server/store/schema.h"
#include "server/store/sqlite_util.h"
#include "server/store/stored_event.h"

namespace dienhong::store {
namespace {

using internal::DbHandle;
using internal::ScopedReset;
using internal::SqliteError;
using internal::Stmt;

constexpr size_t kNoCulprit = std::numeric_limits<size_t>::max();

// The parts of a stored row that are not in the stamped v1::Event itself.
struct Row {
  std::string kind;
  std::string payload;
  std::string prev_hash;
};

struct Pending {
  AppendRequest request;  // events stamped in place
  std::vector<Row> rows;  // parallel to request.events
  int64_t recorded_at_us = 0;
};

struct Head {
  int64_t log_index = 0;
  std::string hash = GenesisHash();
};

}  // namespace

// Consistency of the head. Stage() stamps events from `head` and appends to `queue` under
// `mu`; after a failed batch, FailAndReset() takes the whole queue AND re-reads `head`
// from the database in one critical section of the same mutex. So every request is
// either queued before the reset (stamped on the lost events, and failed) or staged after
// it (stamped on the real head, and written): no generation counter is needed because no
// request can be stamped on the old head and queued after the reset. As a second line of
// defence, every transaction checks, under SQLite's write lock, that the database's head
// is the one its first event was chained onto (this also catches a second process).
struct LogWriter::Impl {
  Impl(std::string path, const Clock& c, WriterOptions o)
      : db_path(std::move(path)),
        clock(c),
        max_batch(std::max<size_t>(1, o.max_batch)),
        env(o.env != nullptr ? o.env : Env::Default()) {}

  const std::string db_path;
  const Clock& clock;
  const size_t max_batch;
  Env* const env;

  // Owned by the writer thread once it runs (by Start() before that, by Stop() after).
  DbHandle db;
  Stmt begin, commit, rollback, insert, select_head;

  std::mutex stop_mu;  // serializes Start() and Stop()
  std::thread thread;

  std::mutex mu;
  std::condition_variable work_cv;  // the writer waits for requests or for Stop()
  std::condition_variable idle_cv;  // Flush() waits for completions
  // Lifecycle: Start() -> started; Stop() -> stopping, then the writer thread drains the
  // queue, closes the connection and sets closed; it then only fails late requests until
  // the destructor sets exiting. So `done` always runs on the writer thread, never inside
  // Stage(), even after Stop() (callers may hold their own locks around Stage()).
  bool started = false;
  bool stopping = false;
  bool closed = false;
  bool exiting = false;
  std::deque<Pending> queue;
  // The chain head as STAGED (ahead of the database while requests are in flight).
  Head head;
  // False after a failure when the head could not be re-read from the database: whatever
  // is staged meanwhile is stamped on a guess and will be failed.
  bool head_known = true;
  Status head_error;
  uint64_t staged = 0;     // requests accepted so far
  uint64_t completed = 0;  // requests whose `done` has returned

  std::atomic<int64_t> transactions{0};
  std::atomic<int64_t> committed_index{0};

  Result<Head> LoadHead();
  void CloseDatabase();
  void Run();
  Status WriteBatch(std::vector<Pending>& batch, size_t* culprit);
  Status CheckHead(const std::vector<Pending>& batch);
  void Complete(std::vector<Pending>& batch, const Status& status);
  void FailAndReset(std::vector<Pending>& batch, size_t culprit, const Status& cause);
};

namespace {

Status InsertError(sqlite3* db, int rc, const AppendRequest& request, size_t i) {
  const v1::Event& e = request.events[i];
  if ((rc & 0xff) == SQLITE_CONSTRAINT) {
    std::string message = sqlite3_errmsg(db);
    if (message.find("events.idempotency_key") != std::string::npos) {
      return Status::AlreadyExists("idempotency key \"" + request.idempotency_key +
                                   "\" was already used by another command");
    }
    if (message.find("events.stream_id") != std::string::npos) {
      return Status::FailedPrecondition("stream " + std::to_string(e.stream_id()) +
                                        " already has an event with seq " +
                                        std::to_string(e.seq()) +
                                        ": the command was decided on a stale state; reload the "
                                        "session and try again");
    }
  }
  return SqliteError(db, rc, "inserting event " + std::to_string(e.log_index()));
}

}  // namespace

void LogWriter::Impl::CloseDatabase() {
  // Statements first: a connection closes cleanly only when none are left.
  for (Stmt* stmt : {&begin, &commit, &rollback, &insert, &select_head}) *stmt = Stmt();
  db.reset();
}

Result<Head> LogWriter::Impl::LoadHead() {
  ScopedReset reset(select_head);
  int rc = select_head.Step();
  Head h;
  if (rc == SQLITE_ROW) {
    h.log_index = select_head.ColumnInt64(0);
    std::string_view hash = select_head.ColumnBytes(1);
    if (hash.size() != kHashSize) {
      return Status::Internal("event " + std::to_string(h.log_index) +
                              ": stored hash is not 32 bytes; run verify on the database");
    }
    h.hash.assign(hash);
  } else if (rc != SQLITE_DONE) {
    return SqliteError(db.get(), rc, "reading the head of the event log");
  }
  return h;
}

// Inside the transaction (the write lock is held): the database's head must be exactly
// what the first event was chained onto. Anything else means another process wrote to
// the file, and inserting would fork the chain.
Status LogWriter::Impl::CheckHead(const std::vector<Pending>& batch) {
  auto first = std::find_if(batch.begin(), batch.end(),
                            [](const Pending& p) { return !p.request.events.empty(); });
  if (first == batch.end()) return Status::Ok();
  DH_ASSIGN_OR_RETURN(Head h, LoadHead());
  const int64_t expected = first->request.events.front().log_index() - 1;
  if (h.log_index != expected || h.hash != first->rows.front().prev_hash) {
    return Status::Internal("the event log ends at event " + std::to_string(h.log_index) +
                            " but this server expected it to end at " + std::to_string(expected) +
                            ": another process may be writing to " + db_path +
                            "; only one server may use a database file");
  }
  return Status::Ok();
}

Status LogWriter::Impl::WriteBatch(std::vector<Pending>& batch, size_t* culprit) {
  {
    ScopedReset reset(begin);
    // IMMEDIATE takes the write lock now, so the head check below cannot go stale.
    int rc = begin.Step();
    if (rc != SQLITE_DONE) return SqliteError(db.get(), rc, "starting a write transaction");
  }
  DH_RETURN_IF_ERROR(CheckHead(batch));
  for (size_t i = 0; i < batch.size(); ++i) {
    AppendRequest& r = batch[i].request;
    if (r.side_effects) {
      Status s;
      try {
        s = r.side_effects(db.get());
      } catch (const std::exception& e) {
        s = Status::Internal(std::string("side effect threw: ") + e.what());
      } catch (...) {
        s = Status::Internal("side effect threw");
      }
      if (s.ok() && sqlite3_get_autocommit(db.get())) {
        s = Status::Internal("a side effect ended the write transaction (bug in the caller)");
      }
      if (!s.ok()) {
        *culprit = i;
        return s;
      }
    }
    for (size_t j = 0; j < r.events.size(); ++j) {
      const v1::Event& e = r.events[j];
      const Row& row = batch[i].rows[j];
      ScopedReset reset(insert);
      insert.BindInt64(1, e.log_index());
      insert.BindInt64(2, e.stream_id());
      insert.BindInt64(3, e.seq());
      insert.BindInt64(4, batch[i].recorded_at_us);
      insert.BindText(5, row.kind);
      if (j == 0 && !r.idempotency_key.empty()) {
        insert.BindText(6, r.idempotency_key);
      } else {
        insert.BindNull(6);
      }
      insert.BindInt64(7, j == 0 ? static_cast<int64_t>(r.events.size()) : 1);
      insert.BindBlob(8, row.payload);
      insert.BindBlob(9, row.prev_hash);
      insert.BindBlob(10, e.hash());
      int rc = insert.Step();
      if (rc != SQLITE_DONE) {
        *culprit = i;
        return InsertError(db.get(), rc, r, j);
      }
    }
  }
  ScopedReset reset(commit);
  int rc = commit.Step();
  if (rc != SQLITE_DONE) return SqliteError(db.get(), rc, "committing to the event log");
  return Status::Ok();
}

void LogWriter::Impl::Complete(std::vector<Pending>& batch, const Status& status) {
  for (Pending& p : batch) {
    if (p.request.done) p.request.done(status, p.request.events);
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    completed += batch.size();
  }
  idle_cv.notify_all();
}

void LogWriter::Impl::FailAndReset(std::vector<Pending>& batch, size_t culprit,
                                   const Status& cause) {
  if (!sqlite3_get_autocommit(db.get())) {
    ScopedReset reset(rollback);
    rollback.Step();
  }
  // Everything queued now was stamped on top of the failed batch. Taking it and resetting
  // the head under the same lock as Stage() leaves no window: a request is either queued
  // before (and failed here) or staged after (and stamped on the real head).
  std::vector<Pending> behind;
  {
    std::lock_guard<std::mutex> lock(mu);
    behind.assign(std::make_move_iterator(queue.begin()), std::make_move_iterator(queue.end()));
    queue.clear();
    if (!sqlite3_get_autocommit(db.get())) {
      head_known = false;
      head_error = Status::Unavailable(
          "the event log could not roll back a failed write; restart the server");
    } else if (Result<Head> h = LoadHead(); h.ok()) {
      head = std::move(h).value();
      head_known = true;
      head_error = Status::Ok();
    } else {
      head_known = false;
      head_error = h.status();
    }
  }

  for (size_t i = 0; i < batch.size(); ++i) {
    Status s = (i == culprit || culprit == kNoCulprit)
                   ? cause
                   : Status::Unavailable(
                         "not recorded: another command in the same write to "
                         "the event log failed (" +
                         cause.message() + "); try again");
    if (batch[i].request.done) batch[i].request.done(s, batch[i].request.events);
  }
  Status queued =
      Status::Unavailable("not recorded: an earlier write to the event log failed (" +
                          cause.message() + ") and this command was queued behind it; try again");
  for (Pending& p : behind) {
    if (p.request.done) p.request.done(queued, p.request.events);
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    completed += batch.size() + behind.size();
  }
  idle_cv.notify_all();
}

void LogWriter::Impl::Run() {
  // Reused: a batch of a thousand requests is a buffer of ~170 KiB, and freeing one that
  // size after every commit made glibc consolidate its free lists each time (perf:
  // malloc_consolidate and munmap on this thread during vote bursts).
  std::vector<Pending> batch;
  for (;;) {
    batch.clear();
    bool stamped_on_known_head;
    bool after_close;
    {
      std::unique_lock<std::mutex> lock(mu);
      work_cv.wait(lock, [this] { return !queue.empty() || (stopping && !closed) || exiting; });
      if (queue.empty()) {
        if (exiting) break;
        // Stop(): everything staged before it is written; close the connection now.
        lock.unlock();
        CloseDatabase();
        lock.lock();
        closed = true;
        lock.unlock();
        idle_cv.notify_all();
        continue;
      }
      after_close = closed;
      size_t n = after_close ? queue.size() : std::min(queue.size(), max_batch);
      batch.assign(std::make_move_iterator(queue.begin()),
                   std::make_move_iterator(queue.begin() + n));
      queue.erase(queue.begin(), queue.begin() + n);
      stamped_on_known_head = head_known;
    }
    if (after_close) {
      Complete(batch,
               Status::Unavailable("the event log is shut down; the command was not recorded"));
      continue;
    }
    if (!stamped_on_known_head) {
      // Fail without writing, and try to re-read the head for those that come next.
      FailAndReset(batch, kNoCulprit, head_error);
      continue;
    }
    size_t culprit = kNoCulprit;
    Status s = WriteBatch(batch, &culprit);
    if (!s.ok()) {
      FailAndReset(batch, culprit, s);
      continue;
    }
    transactions.fetch_add(1, std::memory_order_relaxed);
    for (auto it = batch.rbegin(); it != batch.rend(); ++it) {
      if (!it->request.events.empty()) {
        committed_index.store(it->request.events.back().log_index());
        break;
      }
    }
    Complete(batch, Status::Ok());
  }
}

LogWriter::LogWriter(std::string db_path, const Clock& clock, WriterOptions options)
    : impl_(std::make_unique<Impl>(std::move(db_path), clock, options)) {}

LogWriter::~LogWriter() {
  Stop();
  Impl& m = *impl_;
  if (!m.thread.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(m.mu);
    m.exiting = true;
  }
  m.work_cv.notify_all();
  m.thread.join();
}

Status LogWriter::Start() {
  Impl& m = *impl_;
  std::lock_guard<std::mutex> stop_lock(m.stop_mu);
  if (m.started) return Status::FailedPrecondition("the event log writer was already started");

  DH_ASSIGN_OR_RETURN(sqlite3 * raw, OpenDatabase(m.db_path, /*read_only=*/false, m.env));
  m.db.reset(raw);
  auto prepare = [&m](Stmt* out, const char* sql) -> Status {
    DH_ASSIGN_OR_RETURN(*out, Stmt::Prepare(m.db.get(), sql, /*persistent=*/true));
    return Status::Ok();
  };
  Status s = prepare(&m.begin, "BEGIN IMMEDIATE");
  if (s.ok()) s = prepare(&m.commit, "COMMIT");
  if (s.ok()) s = prepare(&m.rollback, "ROLLBACK");
  if (s.ok()) {
    s = prepare(&m.insert,
                "INSERT INTO events (log_index, stream_id, seq, recorded_at_us, kind, "
                "idempotency_key, command_events, payload, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }
  if (s.ok()) {
    s = prepare(&m.select_head,
                "SELECT log_index, hash FROM events ORDER BY log_index DESC LIMIT 1");
  }
  Result<Head> head = s.ok() ? m.LoadHead() : Result<Head>(s);
  if (!head.ok()) {
    m.CloseDatabase();
    return head.status();
  }
  m.committed_index.store(head->log_index);
  {
    std::lock_guard<std::mutex> lock(m.mu);
    m.head = std::move(head).value();
    m.started = true;
  }
  m.thread = std::thread([&m] { m.Run(); });
  return Status::Ok();
}

std::vector<v1::Event> LogWriter::Stage(AppendRequest request) {
  Impl& m = *impl_;
  // Serializing is the costly part; do it before taking the lock.
  std::vector<Row> rows(request.events.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const v1::Event& e = request.events[i];
    assert(e.body_case() != v1::Event::BODY_NOT_SET && "an event needs a body");
    assert(e.seq() >= 1);  // stream_id: 0 registry, N session, -N its snapshots
    rows[i].kind = internal::EventKind(e);
    rows[i].payload = internal::EventPayload(e);
  }

  std::vector<v1::Event> stamped;
  {
    std::unique_lock<std::mutex> lock(m.mu);
    assert(m.started && "LogWriter::Stage() before Start()");
    if (!m.started) {  // release builds: refuse rather than queue forever
      lock.unlock();
      if (request.done) {
        request.done(Status::FailedPrecondition("the event log writer was not started"),
                     request.events);
      }
      return request.events;
    }
    // One timestamp per request, read under the lock so that recorded_at never goes
    // backwards along the log as long as the clock does not.
    const int64_t now = m.clock.NowMicros();
    const uint32_t count = static_cast<uint32_t>(request.events.size());
    for (size_t i = 0; i < rows.size(); ++i) {
      v1::Event& e = request.events[i];
      e.set_log_index(++m.head.log_index);
      internal::SetMicros(now, e.mutable_recorded_at());
      ChainLink link;
      link.log_index = e.log_index();
      link.stream_id = e.stream_id();
      link.seq = e.seq();
      link.recorded_at_us = now;
      link.kind = rows[i].kind;
      link.idempotency_key = i == 0 ? std::string_view(request.idempotency_key) : "";
      link.command_events = i == 0 ? count : 1;
      link.payload = rows[i].payload;
      std::string hash = ChainHash(m.head.hash, link);
      rows[i].prev_hash = std::move(m.head.hash);
      e.set_hash(hash);
      m.head.hash = std::move(hash);
    }
    stamped = request.events;
    ++m.staged;
    m.queue.push_back(Pending{std::move(request), std::move(rows), now});
  }
  m.work_cv.notify_one();
  return stamped;
}

void LogWriter::Flush() {
  Impl& m = *impl_;
  assert(std::this_thread::get_id() != m.thread.get_id() && "Flush() from a done callback");
  std::unique_lock<std::mutex> lock(m.mu);
  const uint64_t target = m.staged;
  m.idle_cv.wait(lock, [&m, target] { return m.completed >= target; });
}

void LogWriter::Stop() {
  Impl& m = *impl_;
  std::lock_guard<std::mutex> stop_lock(m.stop_mu);
  if (!m.thread.joinable()) return;
  assert(std::this_thread::get_id() != m.thread.get_id() && "Stop() from a done callback");
  std::unique_lock<std::mutex> lock(m.mu);
  m.stopping = true;
  m.work_cv.notify_all();
  m.idle_cv.wait(lock, [&m] { return m.closed; });
}

int64_t LogWriter::transactions() const { return impl_->transactions.load(); }

int64_t LogWriter::last_log_index() const { return impl_->committed_index.load(); }

}  // namespace dienhong::store
