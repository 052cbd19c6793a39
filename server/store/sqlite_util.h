// Small RAII helpers over the SQLite C API, private to the store (server/store/*.cc).
//
// Stmt owns a prepared statement (finalized on destruction) so that no early return can
// leak one, and a leaked statement can never keep a read transaction open. ScopedReset
// resets a long-lived statement when a scope ends, for the same reason.
//
// Thread-safety: none of its own; a statement belongs to its connection, and a connection
// is used by one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "common/result.h"

namespace dienhong::store::internal {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

// Maps a failed SQLite call to a Status. Storage conditions that may go away (busy, full,
// I/O error, read-only file) become Unavailable: the caller may retry later. Everything
// else (constraint, corrupt file, SQL error) is Internal. `what` says what we were doing.
Status SqliteError(sqlite3* db, int rc, std::string_view what);
// The same mapping with a ready-made message.
Status SqliteStatus(int rc, std::string message);

class Stmt {
 public:
  Stmt() = default;
  Stmt(Stmt&&) = default;
  Stmt& operator=(Stmt&&) = default;

  // `persistent` hints SQLite that the statement will be reused many times.
  static Result<Stmt> Prepare(sqlite3* db, std::string_view sql, bool persistent = false);

  sqlite3_stmt* get() const { return stmt_.get(); }
  explicit operator bool() const { return stmt_ != nullptr; }

  // Parameters are 1-based, as in SQLite. Text and blobs are bound SQLITE_STATIC: the
  // caller keeps them alive until the statement is stepped and reset.
  void BindInt64(int index, int64_t value) { sqlite3_bind_int64(get(), index, value); }
  void BindNull(int index) { sqlite3_bind_null(get(), index); }
  void BindText(int index, std::string_view text) {
    sqlite3_bind_text(get(), index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  }
  void BindBlob(int index, std::string_view bytes) {
    // A zero-length blob must still be a blob, not NULL: pass a non-null pointer.
    sqlite3_bind_blob(get(), index, bytes.empty() ? "" : bytes.data(),
                      static_cast<int>(bytes.size()), SQLITE_STATIC);
  }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(get()); }
  // Ends the current execution and forgets the bindings, ready for the next use.
  void Reset() {
    sqlite3_reset(get());
    sqlite3_clear_bindings(get());
  }

  int64_t ColumnInt64(int col) const { return sqlite3_column_int64(get(), col); }
  bool ColumnIsNull(int col) const { return sqlite3_column_type(get(), col) == SQLITE_NULL; }
  // Valid until the next Step/Reset of this statement.
  std::string_view ColumnBytes(int col) const {
    const void* data = sqlite3_column_blob(get(), col);
    int size = sqlite3_column_bytes(get(), col);
    return data == nullptr ? std::string_view()
                           : std::string_view(static_cast<const char*>(data), size);
  }

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

// Resets a reused statement when the scope ends, whatever path leaves it.
class ScopedReset {
 public:
  explicit ScopedReset(Stmt& stmt) : stmt_(stmt) {}
  ~ScopedReset() { stmt_.Reset(); }
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;

 private:
  Stmt& stmt_;
};

}  // namespace dienhong::store::internal
