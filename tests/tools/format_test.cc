#include "tools/dienhongctl/format.h"

#include <gtest/gtest.h>

#include "test_state.h"

namespace dienhong::ctl {
namespace {

using testing::Attendance;
using testing::EventAt;
using testing::SampleState;

TEST(FormatEventTest, OpenSittingLine) {
  v1::Event e = EventAt(12, 3, v1::ROLE_CHAIR, "Nguyễn Văn A");
  e.mutable_sitting_opened()->set_sitting_id(1);
  EXPECT_EQ(FormatEventLine(e, SampleState()),
            "#12 2026-11-22 15:40:03 Nguyễn Văn A (Chủ tọa): mở phiên họp 1 “Phiên khai mạc”");
  // Without a state the sitting is named by number only.
  EXPECT_EQ(DescribeEvent(e, v1::SessionState()), "mở phiên họp 1");
}

TEST(FormatEventTest, AttendanceNamesTheDelegate) {
  EXPECT_EQ(DescribeEvent(Attendance(13, 2, v1::ATTENDANCE_STATUS_PRESENT), SampleState()),
            "điểm danh: Trần Thị B — có mặt");
  v1::Event e = Attendance(14, 3, v1::ATTENDANCE_STATUS_EXCUSED);
  e.mutable_attendance_recorded()->set_reason("đi công tác");
  e.mutable_attendance_recorded()->set_correction(true);
  EXPECT_EQ(DescribeEvent(e, SampleState()),
            "sửa điểm danh: Lê Văn C — vắng có lý do (lý do: đi công tác)");
  EXPECT_EQ(DescribeEvent(Attendance(15, 99, v1::ATTENDANCE_STATUS_ONLINE), SampleState()),
            "điểm danh: đại biểu #99 — tham dự trực tuyến");
}

TEST(FormatEventTest, OtherSessionEvents) {
  const v1::SessionState s = SampleState();
  v1::Event e = EventAt(1, 3, v1::ROLE_CHAIR, "Nguyễn Văn A");
  e.mutable_sitting_suspended()->set_sitting_id(1);
  e.mutable_sitting_suspended()->set_reason("mất điện");
  EXPECT_EQ(DescribeEvent(e, s), "tạm dừng phiên họp 1 “Phiên khai mạc” (lý do: mất điện)");
  e.mutable_agenda_item_started()->set_item_id(1);
  EXPECT_EQ(DescribeEvent(e, s), "bắt đầu mục 1 “Khai mạc kỳ họp”");
  e.mutable_agenda_item_started()->set_reopened(true);
  EXPECT_EQ(DescribeEvent(e, s), "quay lại mục 1 “Khai mạc kỳ họp”");
  e.mutable_agenda_item_completed()->set_item_id(1);
  EXPECT_EQ(DescribeEvent(e, s), "xong mục 1 “Khai mạc kỳ họp”");
  e.mutable_session_closed();
  EXPECT_EQ(DescribeEvent(e, s), "bế mạc kỳ họp");
  auto* conv = e.mutable_session_convened();
  *conv->mutable_roster() = s.roster();
  conv->mutable_quorum_rule()->set_numerator(2);
  conv->mutable_quorum_rule()->set_denominator(3);
  EXPECT_EQ(DescribeEvent(e, s), "triệu tập kỳ họp: 3 đại biểu, túc số từ 2/3 trở lên");
  e.clear_body();
  EXPECT_NE(DescribeEvent(e, s).find("chưa biết"), std::string::npos);
}

TEST(FormatEventTest, ServerActor) {
  v1::Actor server;
  EXPECT_EQ(FormatActor(server), "hệ thống");
}

TEST(FormatQuorumTest, MetAndNotMet) {
  v1::QuorumStatus q;
  q.set_sitting_id(1);
  q.set_total_delegates(30);
  q.set_present(19);
  q.set_online(2);
  q.set_excused(3);
  q.set_absent(6);
  q.set_required(20);
  q.set_met(true);
  EXPECT_EQ(FormatQuorum(q),
            "túc số phiên họp 1: 21/30 đại biểu tham dự (có mặt 19, trực tuyến 2, vắng có lý do "
            "3, vắng 6), cần 20 — đủ túc số");
  q.set_met(false);
  EXPECT_NE(FormatQuorum(q).find("chưa đủ túc số"), std::string::npos);
}

TEST(FormatListTest, CouncilAndDelegateLines) {
  v1::Council c;
  c.set_id(3);
  c.set_name("Hội đồng nhân dân phường Hoàn Kiếm");
  c.set_level(v1::COUNCIL_LEVEL_COMMUNE);
  c.set_level_label("Phường");
  c.set_parent_id(1);
  c.set_term_start_year(2021);
  c.set_term_end_year(2026);
  EXPECT_EQ(FormatCouncilLine(c),
            "3  Hội đồng nhân dân phường Hoàn Kiếm — Phường, nhiệm kỳ 2021–2026, trực thuộc "
            "hội đồng 1");
  v1::Delegate d;
  d.set_id(5);
  d.set_full_name("Nguyễn Thị Hồng");
  d.add_committees("Ban Pháp chế");
  d.add_committees("Ban Đô thị");
  d.set_seat("A-12");
  EXPECT_EQ(FormatDelegateLine(d), "5  Nguyễn Thị Hồng; Ban Pháp chế, Ban Đô thị; ghế A-12");
}

TEST(FormatSessionTest, ShowMarksCurrentSitting) {
  const std::string text = FormatSessionState(SampleState());
  EXPECT_NE(text.find("Kỳ họp thường lệ “Kỳ họp thứ 12”"), std::string::npos) << text;
  EXPECT_NE(text.find("1. Phiên khai mạc — đang họp  ◀ hiện tại"), std::string::npos) << text;
  EXPECT_NE(text.find("[Khai mạc] Khai mạc kỳ họp"), std::string::npos) << text;
}

}  // namespace
}  // namespace dienhong::ctl
