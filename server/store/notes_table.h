// NotesTable: a delegate's private notes and bookmarks on session documents, one row per
// (account, session, document) in the table `document_notes` (schema.cc).
//
// Private by design: the notes are NOT events, so they are neither in the hash chain nor in
// any SessionState, snapshot, live stream or export; the only way to them is Get() with
// the caller's own account id (DocumentService.GetDocumentNotes). A write is a durable
// table write through the LogWriter (AppendRequest with side effects and no events), so it
// shares the group commit and is acknowledged only once it is on disk.
//
// Thread-safety: all methods may be called from any thread. Get() uses one read-only
// connection under a mutex (a point lookup by primary key); Put()'s `done` runs on the log
// writer's thread and must not block.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "common/result.h"
#include "dienhong/v1/document_service.pb.h"
#include "server/store/log_writer.h"

struct sqlite3;

namespace dienhong::store {

class NotesTable {
 public:
  // Opens a read connection on `db_path` (the writer has created the schema).
  static Result<std::unique_ptr<NotesTable>> Open(const std::string& db_path, LogWriter& writer);
  ~NotesTable();

  // The stored notes (empty DocumentNotes with only the ids set when there are none).
  Result<v1::DocumentNotes> Get(int64_t account_id, int64_t session_id, int64_t document_id);
  // Replaces the row (or deletes it when `notes` has neither notes nor bookmarks).
  void Put(int64_t account_id, const v1::DocumentNotes& notes,
           std::function<void(const Status&)> done);

 private:
  NotesTable(sqlite3* db, LogWriter& writer);

  std::mutex mu_;
  sqlite3* db_;  // guarded by mu_
  LogWriter& writer_;
};

}  // namespace dienhong::store
