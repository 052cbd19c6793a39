#include "server/records/record_source.h"

#include <sqlite3.h>

#include <algorithm>

namespace dienhong::records {
namespace {

constexpr int64_t kPage = 5000;

// The stream's length, for progress and for checking up_to_seq before reading anything.
Result<int64_t> StreamLength(sqlite3* db, int64_t stream_id) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(seq), 0) FROM events WHERE stream_id = ?", -1,
                         &stmt, nullptr) != SQLITE_OK) {
    return Status::Unavailable(std::string("không đọc được sổ sự kiện: ") + sqlite3_errmsg(db));
  }
  sqlite3_bind_int64(stmt, 1, stream_id);
  int64_t n = 0;
  const int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  if (rc != SQLITE_ROW) return Status::Unavailable("không đọc được sổ sự kiện");
  return n;
}

}  // namespace

Result<std::vector<v1::Event>> ReadSessionStream(
    store::LogReader& reader, int64_t session_id, int64_t up_to_seq,
    const std::function<void(int64_t, int64_t)>& progress) {
  if (session_id <= 0) return Status::InvalidArgument("session_id: chưa chọn kỳ họp");
  if (up_to_seq < 0) return Status::InvalidArgument("up_to_seq: không được âm (0 = đến hết)");
  DH_ASSIGN_OR_RETURN(int64_t length, StreamLength(reader.handle(), session_id));
  if (length == 0) {
    return Status::NotFound("session_id " + std::to_string(session_id) + ": không có kỳ họp này");
  }
  if (up_to_seq > length) {
    return Status::InvalidArgument("up_to_seq " + std::to_string(up_to_seq) + ": kỳ họp mới có " +
                                   std::to_string(length) + " sự kiện");
  }
  const int64_t total = up_to_seq == 0 ? length : up_to_seq;
  std::vector<v1::Event> events;
  events.reserve(static_cast<size_t>(total));
  while (static_cast<int64_t>(events.size()) < total) {
    const int64_t want = std::min(kPage, total - static_cast<int64_t>(events.size()));
    DH_ASSIGN_OR_RETURN(auto page, reader.ReadStream(session_id, events.size(), want));
    if (page.empty()) break;
    for (auto& e : page) events.push_back(std::move(e));
    if (progress) progress(static_cast<int64_t>(events.size()), total);
  }
  return events;
}

}  // namespace dienhong::records
