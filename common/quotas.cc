#include "common/quotas.h"

#include <string>

#include "common/limits.h"
#include "common/text.h"

namespace dienhong {
namespace {

bool Same(const v1::Speaker& s, int64_t delegate_id, int64_t account_id) {
  return delegate_id != 0 ? s.delegate_id() == delegate_id
                          : s.delegate_id() == 0 && s.account_id() == account_id;
}

Status CheckChars(const Contribution& c, size_t chars) {
  if (c.chars + chars > kMaxTypedCharsPerDelegate) {
    return Status::ResourceExhausted(
        "text: mỗi người được gửi tối đa " + std::to_string(kMaxTypedCharsPerDelegate) +
        " ký tự câu hỏi và nội dung đăng ký phát biểu trong một kỳ họp (đã gửi " +
        std::to_string(c.chars) + ", thêm " + std::to_string(chars) + ")");
  }
  return Status::Ok();
}

}  // namespace

Contribution ContributionOf(const v1::SessionState& state, int64_t delegate_id,
                            int64_t account_id) {
  Contribution c;
  if (delegate_id != 0) {
    for (const auto& q : state.interpellation().questions()) {
      if (q.delegate_id() != delegate_id) continue;
      ++c.questions;
      c.chars += Utf8Length(q.text()) + Utf8Length(q.topic());
    }
  }
  for (const auto& r : state.floor().requests()) {
    if (!Same(r.speaker(), delegate_id, account_id)) continue;
    // Presentations are registered by the secretary, not typed by the delegate.
    if (r.kind() == v1::FLOOR_KIND_PRESENTATION) continue;
    ++c.floor_requests;
    c.chars += Utf8Length(r.topic());
  }
  return c;
}

Status CheckQuestionQuota(const v1::SessionState& state, int64_t delegate_id, size_t chars) {
  const Contribution c = ContributionOf(state, delegate_id, 0);
  if (c.questions >= kMaxQuestionsPerDelegate) {
    return Status::ResourceExhausted(
        "delegate_id " + std::to_string(delegate_id) + ": mỗi đại biểu gửi tối đa " +
        std::to_string(kMaxQuestionsPerDelegate) + " câu hỏi chất vấn trong một kỳ họp");
  }
  return CheckChars(c, chars);
}

Status CheckFloorRequestQuota(const v1::SessionState& state, int64_t delegate_id,
                              int64_t account_id, size_t chars) {
  const Contribution c = ContributionOf(state, delegate_id, account_id);
  if (c.floor_requests >= kMaxFloorRequestsPerDelegate) {
    return Status::ResourceExhausted(
        "speaker: mỗi người đăng ký phát biểu tối đa " +
        std::to_string(kMaxFloorRequestsPerDelegate) +
        " lần trong một kỳ họp (kể cả lần đã rút); hãy nhờ thư ký đăng ký thay");
  }
  return CheckChars(c, chars);
}

}  // namespace dienhong
