#include "tools/dienhongctl/live_view.h"

#include "common/apply.h"
#include "common/quorum.h"
#include "tools/dienhongctl/format.h"
#include "tools/dienhongctl/names.h"

namespace dienhong::ctl {

LiveView::LiveView(v1::SessionState initial, int64_t after_seq)
    : state_(std::move(initial)), last_seq_(after_seq) {}

std::vector<std::string> LiveView::Handle(const v1::LiveMessage& message) {
  std::vector<std::string> lines;
  if (message.has_snapshot_part()) {
    auto whole = parts_.Add(message.snapshot_part());
    if (!whole.ok()) {
      lines.push_back("— " + whole.status().message());
      return lines;
    }
    if (!whole->has_value()) return lines;  // more parts to come
    v1::LiveMessage snapshot;
    *snapshot.mutable_snapshot() = std::move(**whole);
    return Handle(snapshot);
  }
  if (message.has_snapshot()) {
    state_ = message.snapshot();
    last_seq_ = state_.last_seq();
    lines.push_back("— " + std::string(SessionKindLabel(state_.kind())) + " “" + state_.title() +
                    "”, " + SessionStatusLabel(state_.status()) + ", đến sự kiện #" +
                    std::to_string(state_.last_seq()));
    if (state_.current_sitting_id() != 0) {
      lines.push_back("  " + FormatQuorum(ComputeQuorum(state_, state_.current_sitting_id())));
    }
    return lines;
  }
  if (message.has_event()) HandleEvent(message.event(), lines);
  for (const v1::Event& event : message.batch().events()) HandleEvent(event, lines);
  return lines;
}

void LiveView::HandleEvent(const v1::Event& event, std::vector<std::string>& lines) {
  if (event.seq() <= last_seq_) return;  // already shown before a reconnect

  const bool fold = event.seq() > state_.last_seq();
  if (fold) Apply(state_, event);
  last_seq_ = event.seq();
  lines.push_back(FormatEventLine(event, state_));
  // The quorum is only meaningful when the state is exactly as of this event.
  if (fold && event.has_attendance_recorded()) {
    int64_t sitting = event.attendance_recorded().sitting_id();
    if (sitting == 0) sitting = state_.current_sitting_id();
    lines.push_back("  " + FormatQuorum(ComputeQuorum(state_, sitting)));
  }
}

}  // namespace dienhong::ctl
