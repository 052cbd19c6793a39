#include "server/store/notes_table.h"

#include <sqlite3.h>

#include "server/store/schema.h"
#include "server/store/sqlite_util.h"

namespace dienhong::store {

using internal::DbHandle;
using internal::SqliteError;
using internal::Stmt;

NotesTable::NotesTable(sqlite3* db, LogWriter& writer) : db_(db), writer_(writer) {}

NotesTable::~NotesTable() { sqlite3_close_v2(db_); }

Result<std::unique_ptr<NotesTable>> NotesTable::Open(const std::string& db_path,
                                                     LogWriter& writer) {
  DH_ASSIGN_OR_RETURN(sqlite3 * raw, OpenDatabase(db_path));
  DbHandle db(raw);
  DH_RETURN_IF_ERROR(Exec(db.get(), "PRAGMA query_only = ON"));
  return std::unique_ptr<NotesTable>(new NotesTable(db.release(), writer));
}

Result<v1::DocumentNotes> NotesTable::Get(int64_t account_id, int64_t session_id,
                                          int64_t document_id) {
  v1::DocumentNotes notes;
  std::lock_guard lock(mu_);
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db_,
                                               "SELECT data FROM document_notes WHERE "
                                               "account_id = ? AND session_id = ? AND "
                                               "document_id = ?"));
  stmt.BindInt64(1, account_id);
  stmt.BindInt64(2, session_id);
  stmt.BindInt64(3, document_id);
  const int rc = stmt.Step();
  if (rc == SQLITE_ROW) {
    const std::string_view data = stmt.ColumnBytes(0);
    if (!notes.ParseFromArray(data.data(), static_cast<int>(data.size()))) {
      return Status::Internal("document_notes: dữ liệu ghi chú hỏng");
    }
  } else if (rc != SQLITE_DONE) {
    return SqliteError(db_, rc, "reading document_notes");
  }
  notes.set_session_id(session_id);
  notes.set_document_id(document_id);
  return notes;
}

void NotesTable::Put(int64_t account_id, const v1::DocumentNotes& notes,
                     std::function<void(const Status&)> done) {
  AppendRequest request;
  const bool empty = notes.notes_size() == 0 && notes.bookmarks_size() == 0;
  request.side_effects = [account_id, session_id = notes.session_id(),
                          document_id = notes.document_id(), empty,
                          data = notes.SerializeAsString()](sqlite3* db) -> Status {
    DH_ASSIGN_OR_RETURN(
        Stmt stmt,
        Stmt::Prepare(db, empty ? "DELETE FROM document_notes WHERE account_id = ?1 AND "
                                  "session_id = ?2 AND document_id = ?3"
                                : "INSERT OR REPLACE INTO document_notes(account_id, "
                                  "session_id, document_id, data) VALUES(?1, ?2, ?3, ?4)"));
    stmt.BindInt64(1, account_id);
    stmt.BindInt64(2, session_id);
    stmt.BindInt64(3, document_id);
    if (!empty) stmt.BindBlob(4, data);
    const int rc = stmt.Step();
    if (rc != SQLITE_DONE) return SqliteError(db, rc, "writing document_notes");
    return Status::Ok();
  };
  request.done = [done = std::move(done)](const Status& s, const std::vector<v1::Event>&) {
    done(s);
  };
  writer_.Stage(std::move(request));
}

}  // namespace dienhong::store
