// Apply: each event body folded on its own, with hand-built events, so the fold is
// checked independently of Decide (a client folds events it did not decide).
#include "common/apply.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace dienhong {
namespace {

using testing::kSessionId;
using testing::Rule;

v1::Event At(int64_t seq, int64_t seconds, int64_t account = 7) {
  v1::Event e;
  e.set_stream_id(kSessionId);
  e.set_seq(seq);
  e.mutable_recorded_at()->set_seconds(seconds);
  e.mutable_actor()->set_account_id(account);
  return e;
}

v1::Event Created() {
  v1::Event e = At(1, 100);
  v1::SessionCreated* b = e.mutable_session_created();
  b->set_council_id(3);
  b->set_council_name("HĐND Phường Ba Đình");
  b->set_title("Kỳ họp thứ năm");
  b->set_kind(v1::SESSION_KIND_THEMATIC);
  b->set_place("Hà Nội");
  *b->mutable_quorum_rule() = Rule(2, 3, false);
  *b->mutable_roster() = testing::Roster(4);
  for (int i = 1; i <= 2; ++i) {
    v1::AgendaItem* item = b->add_agenda();
    item->set_id(i);
    item->set_title("Nội dung " + std::to_string(i));
    item->set_status(v1::AGENDA_ITEM_STATUS_PENDING);
    v1::Sitting* s = b->add_sittings();
    s->set_id(i);
    s->set_status(v1::SITTING_STATUS_PLANNED);
  }
  return e;
}

v1::SessionState CreatedState() {
  v1::SessionState s;
  Apply(s, Created());
  return s;
}

TEST(Apply, SessionCreatedFillsTheState) {
  v1::SessionState s = CreatedState();
  EXPECT_EQ(s.session_id(), kSessionId);
  EXPECT_EQ(s.council_id(), 3);
  EXPECT_EQ(s.council_name(), "HĐND Phường Ba Đình");
  EXPECT_EQ(s.title(), "Kỳ họp thứ năm");
  EXPECT_EQ(s.kind(), v1::SESSION_KIND_THEMATIC);
  EXPECT_EQ(s.place(), "Hà Nội");
  EXPECT_EQ(s.quorum_rule().denominator(), 3u);
  EXPECT_EQ(s.roster_size(), 4);
  EXPECT_EQ(s.agenda_size(), 2);
  EXPECT_EQ(s.sittings_size(), 2);
  EXPECT_EQ(s.status(), v1::SESSION_STATUS_DRAFT);
  EXPECT_EQ(s.created_at().seconds(), 100);
  EXPECT_EQ(s.last_seq(), 1);
}

TEST(Apply, AddedItemsAndSittingsAreAppendedOrReplacedById) {
  v1::SessionState s = CreatedState();
  v1::Event add = At(2, 101);
  add.mutable_agenda_item_added()->mutable_item()->set_id(3);
  Apply(s, add);
  ASSERT_EQ(s.agenda_size(), 3);
  EXPECT_EQ(s.agenda(2).id(), 3);

  v1::Event again = At(3, 102);
  again.mutable_agenda_item_added()->mutable_item()->set_id(3);
  again.mutable_agenda_item_added()->mutable_item()->set_title("Thay");
  Apply(s, again);
  ASSERT_EQ(s.agenda_size(), 3);
  EXPECT_EQ(s.agenda(2).title(), "Thay");

  v1::Event sitting = At(4, 103);
  sitting.mutable_sitting_added()->mutable_sitting()->set_id(3);
  sitting.mutable_sitting_added()->mutable_sitting()->set_status(v1::SITTING_STATUS_PLANNED);
  Apply(s, sitting);
  ASSERT_EQ(s.sittings_size(), 3);
  EXPECT_EQ(s.sittings(2).status(), v1::SITTING_STATUS_PLANNED);
  EXPECT_EQ(s.last_seq(), 4);
}

TEST(Apply, SessionConvenedReplacesRosterAndRule) {
  v1::SessionState s = CreatedState();
  v1::Event e = At(2, 101);
  *e.mutable_session_convened()->mutable_roster() = testing::Roster(6);
  *e.mutable_session_convened()->mutable_quorum_rule() = Rule(1, 2, true);
  Apply(s, e);
  EXPECT_EQ(s.status(), v1::SESSION_STATUS_CONVENED);
  EXPECT_EQ(s.roster_size(), 6);
  EXPECT_TRUE(s.quorum_rule().strict());
}

TEST(Apply, SittingLifecycle) {
  v1::SessionState s = CreatedState();
  v1::Event open = At(2, 200);
  open.mutable_sitting_opened()->set_sitting_id(2);
  Apply(s, open);
  EXPECT_EQ(s.status(), v1::SESSION_STATUS_IN_PROGRESS);
  EXPECT_EQ(s.current_sitting_id(), 2);
  EXPECT_EQ(s.sittings(1).status(), v1::SITTING_STATUS_OPEN);
  EXPECT_EQ(s.sittings(1).opened_at().seconds(), 200);

  v1::Event suspend = At(3, 210);
  suspend.mutable_sitting_suspended()->set_sitting_id(2);
  Apply(s, suspend);
  EXPECT_EQ(s.sittings(1).status(), v1::SITTING_STATUS_SUSPENDED);
  EXPECT_EQ(s.current_sitting_id(), 2);

  v1::Event resume = At(4, 220);
  resume.mutable_sitting_resumed()->set_sitting_id(2);
  Apply(s, resume);
  EXPECT_EQ(s.sittings(1).status(), v1::SITTING_STATUS_OPEN);
  EXPECT_EQ(s.sittings(1).opened_at().seconds(), 200);

  v1::Event close = At(5, 230);
  close.mutable_sitting_closed()->set_sitting_id(2);
  Apply(s, close);
  EXPECT_EQ(s.sittings(1).status(), v1::SITTING_STATUS_CLOSED);
  EXPECT_EQ(s.sittings(1).closed_at().seconds(), 230);
  EXPECT_EQ(s.current_sitting_id(), 0);
  EXPECT_EQ(s.status(), v1::SESSION_STATUS_IN_PROGRESS);
  EXPECT_EQ(s.last_seq(), 5);
}

TEST(Apply, SittingOpenedKeepsTheFirstOpeningTime) {
  v1::SessionState s = CreatedState();
  v1::Event open = At(2, 200);
  open.mutable_sitting_opened()->set_sitting_id(1);
  Apply(s, open);
  v1::Event again = At(3, 300);
  again.mutable_sitting_opened()->set_sitting_id(1);
  Apply(s, again);
  EXPECT_EQ(s.sittings(0).opened_at().seconds(), 200);
}

TEST(Apply, AgendaItemTimes) {
  v1::SessionState s = CreatedState();
  v1::Event start = At(2, 200);
  start.mutable_agenda_item_started()->set_item_id(1);
  Apply(s, start);
  EXPECT_EQ(s.current_item_id(), 1);
  EXPECT_EQ(s.agenda(0).status(), v1::AGENDA_ITEM_STATUS_CURRENT);
  EXPECT_EQ(s.agenda(0).started_at().seconds(), 200);

  v1::Event done = At(3, 250);
  done.mutable_agenda_item_completed()->set_item_id(1);
  Apply(s, done);
  EXPECT_EQ(s.current_item_id(), 0);
  EXPECT_EQ(s.agenda(0).status(), v1::AGENDA_ITEM_STATUS_DONE);
  EXPECT_EQ(s.agenda(0).ended_at().seconds(), 250);

  // Reopened: started_at keeps the first start, ended_at moves to the last end.
  v1::Event reopen = At(4, 300);
  reopen.mutable_agenda_item_started()->set_item_id(1);
  reopen.mutable_agenda_item_started()->set_reopened(true);
  Apply(s, reopen);
  EXPECT_EQ(s.agenda(0).started_at().seconds(), 200);
  EXPECT_EQ(s.agenda(0).status(), v1::AGENDA_ITEM_STATUS_CURRENT);
  v1::Event done_again = At(5, 350);
  done_again.mutable_agenda_item_completed()->set_item_id(1);
  Apply(s, done_again);
  EXPECT_EQ(s.agenda(0).ended_at().seconds(), 350);
}

TEST(Apply, AttendanceIsUpsertedPerDelegate) {
  v1::SessionState s = CreatedState();
  v1::Event first = At(2, 200, /*account=*/101);
  auto* a = first.mutable_attendance_recorded();
  a->set_sitting_id(1);
  a->set_delegate_id(1);
  a->set_status(v1::ATTENDANCE_STATUS_PRESENT);
  Apply(s, first);
  ASSERT_EQ(s.sittings(0).attendance_size(), 1);
  EXPECT_EQ(s.sittings(0).attendance(0).recorded_by(), 101);
  EXPECT_EQ(s.sittings(0).attendance(0).recorded_at().seconds(), 200);

  v1::Event other = At(3, 210, 102);
  *other.mutable_attendance_recorded() = *a;
  other.mutable_attendance_recorded()->set_delegate_id(2);
  Apply(s, other);

  v1::Event fix = At(4, 220, /*account=*/7);
  auto* b = fix.mutable_attendance_recorded();
  b->set_sitting_id(1);
  b->set_delegate_id(1);
  b->set_status(v1::ATTENDANCE_STATUS_EXCUSED);
  b->set_reason("Ốm");
  b->set_correction(true);
  Apply(s, fix);
  ASSERT_EQ(s.sittings(0).attendance_size(), 2);
  const v1::AttendanceRecord& r = s.sittings(0).attendance(0);
  EXPECT_EQ(r.delegate_id(), 1);
  EXPECT_EQ(r.status(), v1::ATTENDANCE_STATUS_EXCUSED);
  EXPECT_EQ(r.reason(), "Ốm");
  EXPECT_EQ(r.recorded_by(), 7);
  EXPECT_EQ(r.recorded_at().seconds(), 220);
  EXPECT_EQ(s.sittings(0).attendance(1).delegate_id(), 2);
  EXPECT_EQ(s.sittings(1).attendance_size(), 0);
}

TEST(Apply, SessionClosed) {
  v1::SessionState s = CreatedState();
  v1::Event e = At(2, 900);
  e.mutable_session_closed();
  Apply(s, e);
  EXPECT_EQ(s.status(), v1::SESSION_STATUS_CLOSED);
  EXPECT_EQ(s.closed_at().seconds(), 900);
}

TEST(Apply, RegistryEventsOnlyAdvanceTheSequence) {
  v1::SessionState s = CreatedState();
  const std::string before = s.SerializeAsString();
  v1::Event e = At(2, 200);
  e.mutable_delegate_added()->mutable_delegate()->set_id(9);
  Apply(s, e);
  EXPECT_EQ(s.last_seq(), 2);
  s.set_last_seq(1);
  EXPECT_EQ(s.SerializeAsString(), before);
}

TEST(Apply, EventsForUnknownIdsDoNotCorruptTheState) {
  v1::SessionState s = CreatedState();
  v1::Event att = At(2, 200);
  att.mutable_attendance_recorded()->set_sitting_id(9);
  att.mutable_attendance_recorded()->set_delegate_id(1);
  Apply(s, att);
  v1::Event done = At(3, 210);
  done.mutable_agenda_item_completed()->set_item_id(9);
  Apply(s, done);
  v1::Event closed = At(4, 220);
  closed.mutable_sitting_closed()->set_sitting_id(9);
  Apply(s, closed);
  EXPECT_EQ(s.sittings(0).attendance_size(), 0);
  EXPECT_EQ(s.sittings(0).status(), v1::SITTING_STATUS_PLANNED);
  EXPECT_EQ(s.agenda(0).status(), v1::AGENDA_ITEM_STATUS_PENDING);
  EXPECT_EQ(s.last_seq(), 4);
}

}  // namespace
}  // namespace dienhong
