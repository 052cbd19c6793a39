#include "server/registry_log.h"

#include <sqlite3.h>

#include <future>

namespace dienhong {

Status RegistryLog::Load(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(seq), 0) FROM events WHERE stream_id = 0", -1,
                         &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("đọc sổ đăng ký: ") + sqlite3_errmsg(db));
  }
  int64_t seq = 0;
  if (sqlite3_step(stmt) == SQLITE_ROW) seq = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  std::lock_guard lock(mu_);
  last_seq_ = seq;
  return Status::Ok();
}

Status RegistryLog::StageAndWait(store::AppendRequest request) {
  std::promise<Status> promise;
  auto future = promise.get_future();
  request.done = [&promise](const Status& s, const std::vector<v1::Event>&) {
    promise.set_value(s);
  };
  writer_.Stage(std::move(request));
  return future.get();
}

Status RegistryLog::Commit(const std::function<Result<Change>()>& prepare,
                           const std::function<void()>& commit_in_memory) {
  std::lock_guard lock(mu_);
  Result<Change> change = prepare();
  if (!change.ok()) return change.status();
  store::AppendRequest request;
  request.events = std::move(change->events);
  int64_t seq = last_seq_;
  for (auto& e : request.events) {
    e.set_stream_id(0);
    e.set_seq(++seq);
  }
  request.side_effects = std::move(change->side_effects);
  Status s = StageAndWait(std::move(request));
  if (!s.ok()) return s;
  last_seq_ = seq;
  commit_in_memory();
  return Status::Ok();
}

Status RegistryLog::CommitUnordered(std::function<Status(sqlite3*)> side_effects) {
  store::AppendRequest request;
  request.side_effects = std::move(side_effects);
  return StageAndWait(std::move(request));
}

Status ExecBound(sqlite3* db, const char* sql, const std::vector<SqlArg>& args) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("SQL: ") + sqlite3_errmsg(db));
  }
  for (size_t i = 0; i < args.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    if (const auto* n = std::get_if<int64_t>(&args[i])) {
      sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* text = std::get_if<std::string>(&args[i])) {
      sqlite3_bind_text(stmt, index, text->data(), static_cast<int>(text->size()),
                        SQLITE_TRANSIENT);
    } else {
      const auto& blob = std::get<Blob>(args[i]).bytes;
      sqlite3_bind_blob(stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    }
  }
  const int rc = sqlite3_step(stmt);
  Status result = (rc == SQLITE_DONE || rc == SQLITE_ROW)
                      ? Status::Ok()
                      : Status::Internal(std::string("SQL: ") + sqlite3_errmsg(db));
  sqlite3_finalize(stmt);
  return result;
}

}  // namespace dienhong
