#include "server/store/registry_tables.h"

#include <sqlite3.h>

#include "server/store/sqlite_util.h"

namespace dienhong::store {
namespace {

using internal::SqliteError;
using internal::Stmt;

template <typename Message>
Result<std::vector<Message>> ReadBlobs(sqlite3* db, const char* sql, const char* what) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db, sql));
  std::vector<Message> out;
  for (;;) {
    int rc = stmt.Step();
    if (rc == SQLITE_DONE) return out;
    if (rc != SQLITE_ROW) return SqliteError(db, rc, what);
    std::string_view bytes = stmt.ColumnBytes(0);
    Message m;
    if (!m.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      return Status::Internal(std::string(what) + ": một dòng không đọc được (dữ liệu hỏng)");
    }
    out.push_back(std::move(m));
  }
}

}  // namespace

Result<std::vector<v1::Council>> ReadCouncils(LogReader& reader) {
  return ReadBlobs<v1::Council>(reader.handle(), "SELECT data FROM councils ORDER BY id",
                                "đọc bảng hội đồng");
}

Result<std::vector<v1::Delegate>> ReadDelegates(LogReader& reader) {
  return ReadBlobs<v1::Delegate>(reader.handle(), "SELECT data FROM delegates ORDER BY id",
                                 "đọc bảng đại biểu");
}

Status InsertCouncil(sqlite3* db, const v1::Council& c) {
  return ExecBound(db, "INSERT INTO councils(id, name, data) VALUES(?,?,?)",
                   {c.id(), c.name(), Blob{c.SerializeAsString()}});
}

Status UpdateCouncil(sqlite3* db, const v1::Council& c) {
  return ExecBound(db, "UPDATE councils SET data = ? WHERE id = ?",
                   {Blob{c.SerializeAsString()}, c.id()});
}

Status InsertDelegate(sqlite3* db, const v1::Delegate& d) {
  return ExecBound(db, "INSERT INTO delegates(id, council_id, full_name, data) VALUES(?,?,?,?)",
                   {d.id(), d.council_id(), d.full_name(), Blob{d.SerializeAsString()}});
}

Status ExecBound(sqlite3* db, const char* sql, const std::vector<SqlArg>& args) {
  DH_ASSIGN_OR_RETURN(Stmt stmt, Stmt::Prepare(db, sql));
  for (size_t i = 0; i < args.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    // Stmt binds SQLITE_STATIC: `args` outlives the statement.
    if (const auto* n = std::get_if<int64_t>(&args[i])) {
      stmt.BindInt64(index, *n);
    } else if (const auto* text = std::get_if<std::string>(&args[i])) {
      stmt.BindText(index, *text);
    } else {
      stmt.BindBlob(index, std::get<Blob>(args[i]).bytes);
    }
  }
  const int rc = stmt.Step();
  if (rc == SQLITE_DONE || rc == SQLITE_ROW) return Status::Ok();
  return SqliteError(db, rc, "SQL");
}

}  // namespace dienhong::store
