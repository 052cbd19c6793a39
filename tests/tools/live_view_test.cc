#include "tools/dienhongctl/live_view.h"

#include <gtest/gtest.h>

#include "test_state.h"

namespace dienhong::ctl {
namespace {

using testing::Attendance;
using testing::EventAt;
using testing::SampleState;

v1::LiveMessage Snapshot(const v1::SessionState& s) {
  v1::LiveMessage m;
  *m.mutable_snapshot() = s;
  return m;
}
v1::LiveMessage Of(const v1::Event& e) {
  v1::LiveMessage m;
  *m.mutable_event() = e;
  return m;
}

TEST(LiveViewTest, SnapshotThenEventsWithQuorumAfterAttendance) {
  LiveView view;
  auto lines = view.Handle(Snapshot(SampleState()));
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(lines[0].find("đến sự kiện #10"), std::string::npos) << lines[0];
  EXPECT_EQ(view.last_seq(), 10);

  lines = view.Handle(Of(Attendance(11, 1, v1::ATTENDANCE_STATUS_PRESENT)));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0],
            "#11 2026-11-22 15:40:03 Phạm Thu D (Thư ký kỳ họp): điểm danh: Nguyễn Văn A — có mặt");
  EXPECT_NE(lines[1].find("1/3 đại biểu tham dự"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("chưa đủ túc số"), std::string::npos) << lines[1];

  lines = view.Handle(Of(Attendance(12, 2, v1::ATTENDANCE_STATUS_ONLINE)));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[1].find("2/3 đại biểu tham dự"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("— đủ túc số"), std::string::npos) << lines[1];
  EXPECT_EQ(view.last_seq(), 12);
}

TEST(LiveViewTest, DropsEventsAlreadyShown) {
  LiveView view;
  (void)view.Handle(Snapshot(SampleState()));
  EXPECT_EQ(view.Handle(Of(Attendance(11, 1, v1::ATTENDANCE_STATUS_PRESENT))).size(), 2u);
  // After a reconnect the server may resend the last event; it must not print twice.
  EXPECT_TRUE(view.Handle(Of(Attendance(11, 1, v1::ATTENDANCE_STATUS_PRESENT))).empty());
  EXPECT_TRUE(view.Handle(Of(Attendance(9, 1, v1::ATTENDANCE_STATUS_PRESENT))).empty());
  EXPECT_EQ(view.last_seq(), 11);
}

TEST(LiveViewTest, ResumingBehindAPrefetchedStateShowsButDoesNotRefold) {
  // State fetched with GetSession is at seq 10; the stream resumes after 8.
  LiveView view(SampleState(), 8);
  auto lines = view.Handle(Of(Attendance(9, 1, v1::ATTENDANCE_STATUS_PRESENT)));
  ASSERT_EQ(lines.size(), 1u) << "no quorum line for a state that is not as of this event";
  EXPECT_NE(lines[0].find("Nguyễn Văn A"), std::string::npos);
  EXPECT_EQ(view.state().sittings(0).attendance_size(), 0);  // not folded twice
  lines = view.Handle(Of(Attendance(11, 1, v1::ATTENDANCE_STATUS_PRESENT)));
  EXPECT_EQ(lines.size(), 2u);
  EXPECT_EQ(view.state().sittings(0).attendance_size(), 1);
  EXPECT_EQ(view.last_seq(), 11);
}

TEST(LiveViewTest, ABatchPrintsEachEventInOrderAndSkipsWhatWasShown) {
  LiveView view;
  (void)view.Handle(Snapshot(SampleState()));
  v1::LiveMessage batch;
  *batch.mutable_batch()->add_events() = Attendance(10, 3, v1::ATTENDANCE_STATUS_PRESENT);
  *batch.mutable_batch()->add_events() = Attendance(11, 1, v1::ATTENDANCE_STATUS_PRESENT);
  *batch.mutable_batch()->add_events() = Attendance(12, 2, v1::ATTENDANCE_STATUS_ONLINE);
  auto lines = view.Handle(batch);
  ASSERT_EQ(lines.size(), 4u) << "seq 10 is already in the snapshot; two events + quorum each";
  EXPECT_NE(lines[0].find("#11 "), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("1/3 đại biểu tham dự"), std::string::npos) << lines[1];
  EXPECT_NE(lines[2].find("#12 "), std::string::npos) << lines[2];
  EXPECT_NE(lines[3].find("2/3 đại biểu tham dự"), std::string::npos) << lines[3];
  EXPECT_EQ(view.last_seq(), 12);
}

TEST(LiveViewTest, FoldsNamesOfNewItems) {
  LiveView view;
  (void)view.Handle(Snapshot(SampleState()));
  v1::Event add = EventAt(11, 20, v1::ROLE_SECRETARY, "Phạm Thu D");
  auto* item = add.mutable_agenda_item_added()->mutable_item();
  item->set_id(2);
  item->set_kind(v1::AGENDA_ITEM_KIND_VOTE);
  item->set_title("Biểu quyết nghị quyết");
  (void)view.Handle(Of(add));
  v1::Event start = EventAt(12, 3, v1::ROLE_CHAIR, "Nguyễn Văn A");
  start.mutable_agenda_item_started()->set_item_id(2);
  auto lines = view.Handle(Of(start));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("bắt đầu mục 2 “Biểu quyết nghị quyết”"), std::string::npos) << lines[0];
}

}  // namespace
}  // namespace dienhong::ctl
