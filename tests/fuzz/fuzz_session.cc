#include "tests/fuzz/fuzz_session.h"

#include <google/protobuf/stubs/logging.h>

#include <cstdio>
#include <cstdlib>
#include <set>

#include "common/apply.h"
#include "common/decide.h"

namespace dienhong::fuzz {
namespace {

v1::Command Create() {
  v1::Command c;
  v1::CreateSession* b = c.mutable_create_session();
  b->set_council_id(3);
  b->set_council_name("Hội đồng nhân dân Phường Ba Đình");
  b->set_title("Kỳ họp thứ năm");
  b->set_kind(v1::SESSION_KIND_REGULAR);
  b->set_place("Hội trường UBND phường");
  b->mutable_quorum_rule()->set_numerator(2);
  b->mutable_quorum_rule()->set_denominator(3);
  for (int i = 1; i <= 5; ++i) {
    v1::RosterEntry* e = b->add_roster();
    e->set_delegate_id(i);
    e->set_full_name("Đại biểu " + std::to_string(i));
  }
  const char* items[] = {"Báo cáo tình hình kinh tế – xã hội", "Tờ trình dự toán ngân sách",
                         "Chất vấn"};
  const v1::AgendaItemKind kinds[] = {v1::AGENDA_ITEM_KIND_REPORT, v1::AGENDA_ITEM_KIND_SUBMISSION,
                                      v1::AGENDA_ITEM_KIND_INTERPELLATION};
  for (int i = 0; i < 3; ++i) {
    v1::AgendaItem* item = b->add_agenda();
    item->set_title(items[i]);
    item->set_kind(kinds[i]);
  }
  b->add_sittings()->set_title("Phiên khai mạc");
  b->add_sittings()->set_title("Phiên bế mạc");
  return c;
}

v1::Command Convene() {
  v1::Command c;
  for (int i = 1; i <= 5; ++i) {
    v1::RosterEntry* e = c.mutable_convene_session()->add_roster();
    e->set_delegate_id(i);
    e->set_full_name("Đại biểu " + std::to_string(i));
  }
  c.mutable_convene_session()->mutable_quorum_rule()->set_numerator(2);
  c.mutable_convene_session()->mutable_quorum_rule()->set_denominator(3);
  return c;
}

v1::Command OpenSitting(int64_t id) {
  v1::Command c;
  c.mutable_open_sitting()->set_sitting_id(id);
  return c;
}

v1::Command CheckIn(int64_t delegate) {
  v1::Command c;
  c.mutable_check_in()->set_delegate_id(delegate);
  c.mutable_check_in()->set_status(v1::ATTENDANCE_STATUS_PRESENT);
  return c;
}

v1::Command SetCurrent(int64_t item) {
  v1::Command c;
  c.mutable_set_current_item()->set_item_id(item);
  return c;
}

v1::Command CreatePoll(v1::PollVisibility visibility) {
  v1::Command c;
  v1::Poll* p = c.mutable_create_poll()->mutable_poll();
  p->set_title("Dự thảo Nghị quyết về phân bổ ngân sách");
  p->set_kind(v1::POLL_KIND_RESOLUTION);
  p->set_visibility(visibility);
  p->set_item_id(2);
  return c;
}

v1::Command OpenPoll(int64_t id) {
  v1::Command c;
  c.mutable_open_poll()->set_poll_id(id);
  return c;
}

v1::Command Cast(int64_t poll, int64_t delegate, int32_t choice) {
  v1::Command c;
  c.mutable_cast_vote()->set_poll_id(poll);
  c.mutable_cast_vote()->set_delegate_id(delegate);
  v1::Ballot::Mark* m = c.mutable_cast_vote()->mutable_ballot()->add_marks();
  m->set_question_id(1);
  m->add_choice_ids(choice);
  return c;
}

v1::Command RequestFloor(int64_t delegate) {
  v1::Command c;
  c.mutable_request_floor()->set_kind(v1::FLOOR_KIND_CONTRIBUTION);
  c.mutable_request_floor()->mutable_speaker()->set_delegate_id(delegate);
  return c;
}

// Decide + Apply as the server does; the seed script must pass.
void Do(v1::SessionState& state, const v1::Command& command, int64_t& now) {
  CommandContext ctx;
  ctx.actor.set_account_id(7);
  ctx.actor.set_role(v1::ROLE_SECRETARY);
  ctx.actor.set_display_name("Thư ký");
  ctx.now_micros = now;
  auto result = Decide(state, command, ctx);
  if (!result.ok()) {
    Fail("seed script refused: " + command.ShortDebugString() + " -> " +
         result.status().ToString());
  }
  for (v1::Event& e : result.value()) {
    e.mutable_recorded_at()->set_seconds(now / 1'000'000);
    Apply(state, e);
  }
  now += 1'000'000;
}

std::vector<Stage> BuildStages() {
  std::vector<Stage> stages;
  int64_t now = kStartMicros;
  v1::SessionState s;
  s.set_session_id(kSessionId);
  stages.push_back({"empty", s});
  Do(s, Create(), now);
  stages.push_back({"draft", s});
  Do(s, Convene(), now);
  stages.push_back({"convened", s});
  Do(s, OpenSitting(1), now);
  for (int d = 1; d <= 4; ++d) Do(s, CheckIn(d), now);
  Do(s, SetCurrent(2), now);
  stages.push_back({"sitting", s});
  const v1::SessionState sitting = s;

  Do(s, CreatePoll(v1::POLL_VISIBILITY_OPEN), now);
  Do(s, OpenPoll(1), now);
  Do(s, Cast(1, 1, 1), now);
  Do(s, Cast(1, 2, 2), now);
  stages.push_back({"open-poll", s});

  s = sitting;
  Do(s, CreatePoll(v1::POLL_VISIBILITY_SECRET), now);
  Do(s, OpenPoll(1), now);
  Do(s, Cast(1, 1, 1), now);
  Do(s, Cast(1, 3, 3), now);
  stages.push_back({"secret-poll", s});

  s = sitting;
  Do(s, RequestFloor(1), now);
  Do(s, RequestFloor(2), now);
  stages.push_back({"floor", s});

  for (const Stage& stage : stages) CheckStateInvariants(stage.state, stage.name);
  return stages;
}

}  // namespace

void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

Input ParseInput(const uint8_t* data, size_t size) {
  Input in;
  if (size == 0) return in;
  in.stage = data[0];
  size_t pos = 1;
  while (pos + 3 <= size) {
    Record r;
    r.tag = data[pos];
    const size_t len = size_t{data[pos + 1]} | (size_t{data[pos + 2]} << 8);
    pos += 3;
    if (len > size - pos) break;
    r.bytes = std::string_view(reinterpret_cast<const char*>(data + pos), len);
    pos += len;
    in.records.push_back(r);
  }
  return in;
}

std::string EncodeInput(uint8_t stage, const std::vector<Record>& records) {
  std::string out(1, static_cast<char>(stage));
  for (const Record& r : records) {
    if (r.bytes.size() > 0xffff) Fail("seed record longer than 65535 bytes");
    out.push_back(static_cast<char>(r.tag));
    out.push_back(static_cast<char>(r.bytes.size() & 0xff));
    out.push_back(static_cast<char>(r.bytes.size() >> 8));
    out.append(r.bytes);
  }
  return out;
}

const std::vector<Stage>& Stages() {
  static const std::vector<Stage> stages = BuildStages();
  return stages;
}

v1::Actor ActorForTag(uint8_t tag) {
  v1::Actor actor;
  actor.set_role(static_cast<v1::Role>(tag % 8));
  actor.set_account_id(tag / 8);
  actor.set_display_name("Người dùng " + std::to_string(tag / 8));
  return actor;
}

void CheckStateInvariants(const v1::SessionState& state, const char* after) {
  const std::string where = std::string(" (after ") + after + ")";
  std::set<int64_t> ids;
  for (const v1::RosterEntry& e : state.roster()) {
    if (e.delegate_id() <= 0 || !ids.insert(e.delegate_id()).second) {
      Fail("roster: delegate_id " + std::to_string(e.delegate_id()) +
           " not positive or not unique" + where);
    }
  }
  ids.clear();
  for (const v1::Sitting& s : state.sittings()) {
    if (s.id() <= 0 || !ids.insert(s.id()).second) {
      Fail("sittings: id " + std::to_string(s.id()) + " not positive or not unique" + where);
    }
  }
  if (state.current_sitting_id() != 0 && ids.count(state.current_sitting_id()) == 0) {
    Fail("current_sitting_id " + std::to_string(state.current_sitting_id()) + " names no sitting" +
         where);
  }
  ids.clear();
  for (const v1::AgendaItem& i : state.agenda()) {
    if (i.id() <= 0 || !ids.insert(i.id()).second) {
      Fail("agenda: id " + std::to_string(i.id()) + " not positive or not unique" + where);
    }
  }
  if (state.current_item_id() != 0 && ids.count(state.current_item_id()) == 0) {
    Fail("current_item_id " + std::to_string(state.current_item_id()) + " names no item" + where);
  }
  ids.clear();
  for (const v1::Poll& p : state.polls()) {
    if (p.id() <= 0 || !ids.insert(p.id()).second) {
      Fail("polls: id " + std::to_string(p.id()) + " not positive or not unique" + where);
    }
    std::set<int64_t> voted;
    for (int64_t d : p.voted()) {
      if (!voted.insert(d).second) {
        Fail("poll " + std::to_string(p.id()) + ": delegate " + std::to_string(d) +
             " counted twice in voted" + where);
      }
    }
    if (p.visibility() == v1::POLL_VISIBILITY_SECRET && p.result().named_size() > 0) {
      Fail("secret poll " + std::to_string(p.id()) + " holds named choices" + where);
    }
  }
}

}  // namespace dienhong::fuzz

// libFuzzer calls this once before the first input. Protobuf logs every string field with
// invalid UTF-8 it parses; for a fuzzer that is most inputs, and the log would drown the
// report and slow the run. The parse still fails, which is all the targets look at.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  google::protobuf::SetLogHandler(nullptr);
  return 0;
}
