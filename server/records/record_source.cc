#include "server/records/record_source.h"

#include <algorithm>

namespace dienhong::records {
namespace {

constexpr int64_t kPage = 5000;

}  // namespace

Result<std::vector<v1::Event>> ReadSessionStream(
    store::LogReader& reader, int64_t session_id, int64_t up_to_seq,
    const std::function<void(int64_t, int64_t)>& progress) {
  if (session_id <= 0) return Status::InvalidArgument("session_id: chưa chọn kỳ họp");
  if (up_to_seq < 0) return Status::InvalidArgument("up_to_seq: không được âm (0 = đến hết)");
  DH_ASSIGN_OR_RETURN(int64_t length, reader.StreamLength(session_id));
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
