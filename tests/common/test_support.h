// Helpers for the common/ tests: command builders and a Harness that runs a session the
// way the server does (Decide, then Apply every event with a recorded_at and seq), so
// tests can bring a session to any stage through the real rules rather than by
// hand-editing a SessionState.
//
// Thread-safety: test code, single-threaded.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "common/apply.h"
#include "common/decide.h"
#include "common/quorum.h"
#include "dienhong/v1/commands.pb.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::testing {

inline constexpr int64_t kSessionId = 42;
inline constexpr int64_t kSecretaryAccount = 7;
inline constexpr int64_t kStartSeconds = 1'752'300'000;  // July 2025

inline v1::Fraction Rule(uint32_t num, uint32_t den, bool strict) {
  v1::Fraction f;
  f.set_numerator(num);
  f.set_denominator(den);
  f.set_strict(strict);
  return f;
}

// Delegates 1..n.
inline google::protobuf::RepeatedPtrField<v1::RosterEntry> Roster(int n) {
  google::protobuf::RepeatedPtrField<v1::RosterEntry> roster;
  for (int i = 1; i <= n; ++i) {
    v1::RosterEntry* e = roster.Add();
    e->set_delegate_id(i);
    e->set_full_name("Đại biểu " + std::to_string(i));
  }
  return roster;
}

inline v1::AgendaItem Item(const std::string& title,
                           v1::AgendaItemKind kind = v1::AGENDA_ITEM_KIND_REPORT) {
  v1::AgendaItem item;
  item.set_title(title);
  item.set_kind(kind);
  return item;
}

inline v1::Sitting SittingNamed(const std::string& title) {
  v1::Sitting s;
  s.set_title(title);
  return s;
}

// A valid creation: 5 delegates, 3 agenda items, 3 sittings.
inline v1::Command CreateCmd() {
  v1::Command c;
  v1::CreateSession* b = c.mutable_create_session();
  b->set_council_id(3);
  b->set_council_name("Hội đồng nhân dân Phường Ba Đình");
  b->set_title("Kỳ họp thứ năm");
  b->set_kind(v1::SESSION_KIND_REGULAR);
  b->set_place("Hội trường UBND phường");
  *b->mutable_quorum_rule() = Rule(2, 3, false);
  *b->mutable_roster() = Roster(5);
  *b->add_agenda() = Item("Báo cáo tình hình kinh tế – xã hội");
  *b->add_agenda() = Item("Tờ trình dự toán ngân sách", v1::AGENDA_ITEM_KIND_SUBMISSION);
  *b->add_agenda() = Item("Chất vấn", v1::AGENDA_ITEM_KIND_INTERPELLATION);
  *b->add_sittings() = SittingNamed("Phiên khai mạc");
  *b->add_sittings() = SittingNamed("Phiên chất vấn");
  *b->add_sittings() = SittingNamed("Phiên bế mạc");
  return c;
}

inline v1::Command AddItemCmd(v1::AgendaItem item) {
  v1::Command c;
  *c.mutable_add_agenda_item()->mutable_item() = std::move(item);
  return c;
}
inline v1::Command AddSittingCmd(v1::Sitting sitting) {
  v1::Command c;
  *c.mutable_add_sitting()->mutable_sitting() = std::move(sitting);
  return c;
}
inline v1::Command ConveneCmd(int delegates = 5, v1::Fraction rule = Rule(2, 3, false)) {
  v1::Command c;
  *c.mutable_convene_session()->mutable_roster() = Roster(delegates);
  *c.mutable_convene_session()->mutable_quorum_rule() = rule;
  return c;
}
inline v1::Command OpenCmd(int64_t id) {
  v1::Command c;
  c.mutable_open_sitting()->set_sitting_id(id);
  return c;
}
inline v1::Command SuspendCmd(int64_t id, const std::string& reason = "") {
  v1::Command c;
  c.mutable_suspend_sitting()->set_sitting_id(id);
  c.mutable_suspend_sitting()->set_reason(reason);
  return c;
}
inline v1::Command ResumeCmd(int64_t id) {
  v1::Command c;
  c.mutable_resume_sitting()->set_sitting_id(id);
  return c;
}
inline v1::Command CloseSittingCmd(int64_t id) {
  v1::Command c;
  c.mutable_close_sitting()->set_sitting_id(id);
  return c;
}
inline v1::Command CloseSessionCmd() {
  v1::Command c;
  c.mutable_close_session();
  return c;
}
inline v1::Command SetCurrentCmd(int64_t item_id) {
  v1::Command c;
  c.mutable_set_current_item()->set_item_id(item_id);
  return c;
}
inline v1::Command CompleteCmd(int64_t item_id) {
  v1::Command c;
  c.mutable_complete_item()->set_item_id(item_id);
  return c;
}
inline v1::Command CheckInCmd(int64_t delegate_id,
                              v1::AttendanceStatus status = v1::ATTENDANCE_STATUS_PRESENT) {
  v1::Command c;
  c.mutable_check_in()->set_delegate_id(delegate_id);
  c.mutable_check_in()->set_status(status);
  return c;
}
inline v1::Command RecordCmd(int64_t sitting_id, int64_t delegate_id, v1::AttendanceStatus status,
                             const std::string& reason = "") {
  v1::Command c;
  v1::RecordAttendance* b = c.mutable_record_attendance();
  b->set_sitting_id(sitting_id);
  b->set_delegate_id(delegate_id);
  b->set_status(status);
  b->set_reason(reason);
  return c;
}

inline CommandContext Context(int64_t account_id = kSecretaryAccount) {
  CommandContext ctx;
  ctx.actor.set_account_id(account_id);
  ctx.actor.set_role(v1::ROLE_SECRETARY);
  ctx.actor.set_display_name("Thư ký");
  ctx.now_micros = kStartSeconds * 1'000'000;
  return ctx;
}

// Runs commands the way the server does and keeps the folded state.
class Harness {
 public:
  Harness() { state.set_session_id(kSessionId); }

  Result<std::vector<v1::Event>> Try(const v1::Command& command,
                                     int64_t account = kSecretaryAccount) const {
    return Decide(state, command, Context(account));
  }

  // Decides, expects success, stamps recorded_at (one second apart) and applies.
  std::vector<v1::Event> Do(const v1::Command& command, int64_t account = kSecretaryAccount) {
    auto result = Try(command, account);
    EXPECT_TRUE(result.ok()) << command.ShortDebugString() << " -> " << result.status().ToString();
    if (!result.ok()) return {};
    for (v1::Event& e : result.value()) {
      e.mutable_recorded_at()->set_seconds(seconds_++);
      Apply(state, e);
    }
    return result.value();
  }

  int64_t next_seconds() const { return seconds_; }

  v1::SessionState state;

 private:
  int64_t seconds_ = kStartSeconds;
};

inline std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

inline constexpr StatusCode kOk = StatusCode::kOk;
inline constexpr StatusCode kFP = StatusCode::kFailedPrecondition;

inline bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

// Expects a refusal with `code` whose message begins with `prefix`.
inline void ExpectError(const Result<std::vector<v1::Event>>& r, StatusCode code,
                        const std::string& prefix = "") {
  ASSERT_FALSE(r.ok()) << "expected " << StatusCodeName(code) << ", got " << r.value().size()
                       << " events";
  EXPECT_EQ(r.status().code(), code) << r.status().ToString();
  EXPECT_TRUE(StartsWith(r.status().message(), prefix))
      << "message \"" << r.status().message() << "\" should start with \"" << prefix << "\"";
}

// Stages a session goes through; At() brings a fresh Harness there through the real
// commands. Sittings 1..3 and items 1..3 exist from creation; the roster has 5 delegates.
enum class Stage {
  kEmpty,        // nothing created
  kDraft,        // created
  kConvened,     // roster fixed, no sitting opened yet
  kOpen,         // sitting 1 open, no current item
  kItemCurrent,  // sitting 1 open, item 1 current
  kSuspended,    // sitting 1 suspended
  kBetween,      // sitting 1 closed, sitting 2 not opened yet
  kClosed,       // session closed
};

inline const char* StageName(Stage s) {
  switch (s) {
    case Stage::kEmpty:
      return "Empty";
    case Stage::kDraft:
      return "Draft";
    case Stage::kConvened:
      return "Convened";
    case Stage::kOpen:
      return "Open";
    case Stage::kItemCurrent:
      return "ItemCurrent";
    case Stage::kSuspended:
      return "Suspended";
    case Stage::kBetween:
      return "Between";
    case Stage::kClosed:
      return "Closed";
  }
  return "?";
}

inline Harness At(Stage stage) {
  Harness h;
  if (stage == Stage::kEmpty) return h;
  h.Do(CreateCmd());
  if (stage == Stage::kDraft) return h;
  h.Do(ConveneCmd());
  if (stage == Stage::kConvened) return h;
  if (stage == Stage::kClosed) {
    h.Do(CloseSessionCmd());
    return h;
  }
  h.Do(OpenCmd(1));
  if (stage == Stage::kOpen) return h;
  if (stage == Stage::kItemCurrent) {
    h.Do(SetCurrentCmd(1));
    return h;
  }
  if (stage == Stage::kSuspended) {
    h.Do(SuspendCmd(1));
    return h;
  }
  h.Do(CloseSittingCmd(1));
  return h;  // kBetween
}

inline constexpr int64_t kSecond = 1'000'000;

// A session brought to `stage` whose clock the test moves: every command is decided at
// now() and its events recorded at now(), as the server does.
class TimedHarness {
 public:
  explicit TimedHarness(Stage stage) : h_(At(stage)), now_(h_.next_seconds() * kSecond) {}

  Result<std::vector<v1::Event>> Try(const v1::Command& c) const {
    CommandContext ctx = Context();
    ctx.now_micros = now_;
    return Decide(h_.state, c, ctx);
  }
  std::vector<v1::Event> Do(const v1::Command& c) {
    auto r = Try(c);
    EXPECT_TRUE(r.ok()) << c.ShortDebugString() << " -> " << r.status().ToString();
    if (!r.ok()) return {};
    for (auto& e : r.value()) {
      e.mutable_recorded_at()->set_seconds(now_ / kSecond);
      e.mutable_recorded_at()->set_nanos(static_cast<int32_t>(now_ % kSecond) * 1000);
      Apply(h_.state, e);
    }
    return r.value();
  }
  // Expects a refusal that leaves the state as it was.
  void Refused(const v1::Command& c, StatusCode code, const std::string& prefix = "") {
    const std::string before = h_.state.SerializeAsString();
    ExpectError(Try(c), code, prefix);
    EXPECT_EQ(h_.state.SerializeAsString(), before);
  }
  void Advance(int64_t seconds) { now_ += seconds * kSecond; }
  int64_t now() const { return now_; }
  const v1::SessionState& state() const { return h_.state; }
  Harness& harness() { return h_; }

 private:
  Harness h_;
  int64_t now_;
};

}  // namespace dienhong::testing
