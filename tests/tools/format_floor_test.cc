// dienhongctl's Vietnamese text for floor events, the list and the statistics.
#include "tools/dienhongctl/format_floor.h"

#include <gtest/gtest.h>

#include "common/apply.h"
#include "tools/dienhongctl/format.h"

namespace dienhong::ctl {
namespace {

v1::Event Requested(int64_t id, const std::string& name, v1::FloorKind kind, int index) {
  v1::Event e;
  auto* r = e.mutable_floor_requested()->mutable_request();
  r->set_id(id);
  r->set_kind(kind);
  r->mutable_speaker()->set_delegate_id(id);
  r->mutable_speaker()->set_name(name);
  r->set_item_id(1);
  r->set_status(v1::FLOOR_REQUEST_STATUS_WAITING);
  e.mutable_floor_requested()->set_queue_index(index);
  return e;
}

TEST(FormatFloorTest, EventsReadAsVietnamese) {
  v1::SessionState s;
  s.set_current_item_id(1);
  v1::Event a = Requested(1, "Trần Thị B", v1::FLOOR_KIND_CONTRIBUTION, 0);
  EXPECT_EQ(DescribeEvent(a, s),
            "đăng ký phát biểu: số 1 — Trần Thị B, phát biểu, vị trí 1 trong danh sách");
  Apply(s, a);
  v1::Event b = Requested(2, "Lê Văn C", v1::FLOOR_KIND_POINT_OF_ORDER, 0);
  Apply(s, b);
  EXPECT_EQ(s.floor().queue(0), 2);

  v1::Event start;
  auto* t = start.mutable_turn_started()->mutable_turn();
  t->set_id(1);
  t->set_request_id(2);
  t->set_kind(v1::FLOOR_KIND_POINT_OF_ORDER);
  t->mutable_speaker()->set_name("Lê Văn C");
  t->set_limit_seconds(120);
  t->mutable_started_at()->set_seconds(1'795'000'000);
  const std::string started = DescribeEvent(start, s);
  EXPECT_EQ(started.rfind("mời Lê Văn C kiến nghị về thủ tục (lượt 1, tối đa 2 phút, bắt đầu ", 0),
            0u)
      << started;
  Apply(s, start);

  v1::Event over;
  over.mutable_turn_overran()->set_turn_id(1);
  over.mutable_turn_overran()->set_limit_seconds(120);
  EXPECT_EQ(DescribeEvent(over, s), "lượt 1 (Lê Văn C) đã quá thời gian 2 phút (vẫn tiếp tục)");
  v1::Event ext;
  ext.mutable_turn_extended()->set_turn_id(1);
  ext.mutable_turn_extended()->set_seconds(30);
  ext.mutable_turn_extended()->set_new_limit_seconds(150);
  EXPECT_EQ(DescribeEvent(ext, s),
            "thêm 30 giây cho lượt 1 (Lê Văn C), tổng cộng 2 phút 30 giây");
  v1::Event end;
  end.mutable_turn_ended()->set_turn_id(1);
  end.mutable_turn_ended()->set_spoken_micros(135'000'000);
  end.mutable_turn_ended()->set_interrupted(true);
  end.mutable_turn_ended()->set_reason("không đúng nội dung");
  EXPECT_EQ(DescribeEvent(end, s),
            "ngắt lời lượt 1 (Lê Văn C) sau 2 phút 15 giây (lý do: không đúng nội dung)");
  v1::Event removed;
  removed.mutable_floor_request_removed()->set_request_id(1);
  removed.mutable_floor_request_removed()->set_reason("trùng");
  EXPECT_EQ(DescribeEvent(removed, s),
            "gỡ yêu cầu số 1 của Trần Thị B khỏi danh sách (lý do: trùng)");
  v1::Event closed;
  closed.mutable_floor_list_closed();
  EXPECT_EQ(DescribeEvent(closed, s), "khóa danh sách đăng ký phát biểu");
}

TEST(FormatFloorTest, ListShowsTheCurrentItemInOrder) {
  v1::SessionState s;
  s.set_current_item_id(1);
  Apply(s, Requested(1, "Trần Thị B", v1::FLOOR_KIND_CONTRIBUTION, 0));
  Apply(s, Requested(2, "Lê Văn C", v1::FLOOR_KIND_POINT_OF_ORDER, 0));
  const std::string text = FormatFloorList(s, 0);
  EXPECT_NE(text.find("1. số 2 — Lê Văn C, kiến nghị về thủ tục\n  2. số 1 — Trần Thị B"),
            std::string::npos)
      << text;
}

TEST(FormatFloorTest, Durations) {
  EXPECT_EQ(FormatDuration(420), "7 phút");
  EXPECT_EQ(FormatDuration(45), "45 giây");
  EXPECT_EQ(FormatDuration(150), "2 phút 30 giây");
}

}  // namespace
}  // namespace dienhong::ctl
