#include "common/snapshot_parts.h"

#include <algorithm>

namespace dienhong {

std::vector<v1::LiveMessage> SplitSnapshot(const std::string& serialized_state, int64_t last_seq,
                                           size_t part_bytes) {
  part_bytes = std::max<size_t>(part_bytes, 1);
  const size_t count = std::max<size_t>(1, (serialized_state.size() + part_bytes - 1) / part_bytes);
  std::vector<v1::LiveMessage> parts(count);
  for (size_t i = 0; i < count; ++i) {
    v1::SnapshotPart* p = parts[i].mutable_snapshot_part();
    p->set_index(static_cast<int32_t>(i));
    p->set_count(static_cast<int32_t>(count));
    p->set_last_seq(last_seq);
    const size_t begin = i * part_bytes;
    if (begin < serialized_state.size()) {
      p->set_data(serialized_state.substr(begin, part_bytes));
    }
  }
  return parts;
}

Result<std::optional<v1::SessionState>> SnapshotAssembler::Add(const v1::SnapshotPart& part) {
  if (part.index() == 0) {  // a new snapshot (a reader may also resubscribe mid-way)
    data_.clear();
    expected_ = part.count();
    next_ = 0;
  }
  if (expected_ <= 0 || part.count() != expected_ || part.index() != next_) {
    const std::string got = std::to_string(part.index()) + "/" + std::to_string(part.count());
    expected_ = 0;
    data_.clear();
    return Status::Internal("snapshot_part: nhận phần " + got +
                            " không đúng thứ tự; cần đăng ký lại từ đầu");
  }
  data_ += part.data();
  ++next_;
  if (next_ < expected_) return std::optional<v1::SessionState>();
  expected_ = 0;
  v1::SessionState state;
  const bool parsed = state.ParseFromString(data_);
  data_.clear();
  data_.shrink_to_fit();
  if (!parsed) {
    return Status::Internal(
        "snapshot_part: các phần ghép lại không đọc được thành trạng thái kỳ họp");
  }
  return std::optional<v1::SessionState>(std::move(state));
}

}  // namespace dienhong
