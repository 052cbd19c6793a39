// Decide for attendance: self check-in (idempotent, PRESENT/ONLINE only) and the
// secretary's records and corrections (EXCUSED needs a reason, closed sittings correctable).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/decide.h"
#include "common/quorum.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT: test helpers

// --- check_in ---------------------------------------------------------------------------

TEST(CheckIn, RecordsPresenceInTheOpenSitting) {
  Harness h = At(Stage::kOpen);
  auto events = h.Do(CheckInCmd(3), /*account=*/103);
  ASSERT_EQ(events.size(), 1u);
  const v1::AttendanceRecorded& a = events[0].attendance_recorded();
  EXPECT_EQ(a.sitting_id(), 1);
  EXPECT_EQ(a.delegate_id(), 3);
  EXPECT_EQ(a.status(), v1::ATTENDANCE_STATUS_PRESENT);
  EXPECT_FALSE(a.correction());
  EXPECT_EQ(events[0].actor().account_id(), 103);
}

TEST(CheckIn, UnspecifiedStatusMeansPresent) {
  Harness h = At(Stage::kOpen);
  auto events = h.Do(CheckInCmd(2, v1::ATTENDANCE_STATUS_UNSPECIFIED));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].attendance_recorded().status(), v1::ATTENDANCE_STATUS_PRESENT);
}

TEST(CheckIn, OnlineIsAccepted) {
  Harness h = At(Stage::kOpen);
  auto events = h.Do(CheckInCmd(2, v1::ATTENDANCE_STATUS_ONLINE));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].attendance_recorded().status(), v1::ATTENDANCE_STATUS_ONLINE);
}

TEST(CheckIn, DelegatesCannotExcuseThemselves) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(CheckInCmd(2, v1::ATTENDANCE_STATUS_EXCUSED)), StatusCode::kInvalidArgument,
              "status: ");
  ExpectError(h.Try(CheckInCmd(2, v1::ATTENDANCE_STATUS_ABSENT)), StatusCode::kInvalidArgument,
              "status: ");
}

TEST(CheckIn, RepeatingTheSameCheckInIsANoOp) {
  Harness h = At(Stage::kOpen);
  h.Do(CheckInCmd(2));
  const int64_t seq = h.state.last_seq();
  auto r = h.Try(CheckInCmd(2));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r.value().empty());
  EXPECT_EQ(h.state.last_seq(), seq);
}

TEST(CheckIn, SwitchingToOnlineIsRecorded) {
  Harness h = At(Stage::kOpen);
  h.Do(CheckInCmd(2));
  auto events = h.Do(CheckInCmd(2, v1::ATTENDANCE_STATUS_ONLINE));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_FALSE(events[0].attendance_recorded().correction());
  EXPECT_EQ(h.state.sittings(0).attendance_size(), 1);
}

TEST(CheckIn, ArrivalAfterBeingMarkedAbsentIsNotACorrection) {
  Harness h = At(Stage::kOpen);
  h.Do(RecordCmd(0, 4, v1::ATTENDANCE_STATUS_EXCUSED, "Ốm"));
  auto events = h.Do(CheckInCmd(4));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_FALSE(events[0].attendance_recorded().correction());
  EXPECT_EQ(h.state.sittings(0).attendance(0).status(), v1::ATTENDANCE_STATUS_PRESENT);
}

TEST(CheckIn, DelegateOffTheRosterIsNotFound) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(CheckInCmd(6)), StatusCode::kNotFound, "delegate_id 6: ");
  ExpectError(h.Try(CheckInCmd(0)), StatusCode::kInvalidArgument, "delegate_id: ");
}

TEST(CheckIn, RefusedWhileSuspendedOrBetweenSittings) {
  ExpectError(At(Stage::kSuspended).Try(CheckInCmd(1)), kFP,
              "Phiên họp 1 «Phiên khai mạc» đang tạm dừng");
  ExpectError(At(Stage::kBetween).Try(CheckInCmd(1)), kFP, "chưa có phiên họp nào đang mở");
}

// --- record_attendance ------------------------------------------------------------------

TEST(RecordAttendance, ExcusedNeedsAReason) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(RecordCmd(0, 2, v1::ATTENDANCE_STATUS_EXCUSED)), StatusCode::kInvalidArgument,
              "reason: ");
  ExpectError(h.Try(RecordCmd(0, 2, v1::ATTENDANCE_STATUS_EXCUSED, "  ")),
              StatusCode::kInvalidArgument, "reason: ");
  auto events = h.Do(RecordCmd(0, 2, v1::ATTENDANCE_STATUS_EXCUSED, " Đi công tác "));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].attendance_recorded().reason(), "Đi công tác");
}

TEST(RecordAttendance, ReasonHasALimit) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(RecordCmd(0, 2, v1::ATTENDANCE_STATUS_EXCUSED, Repeat("ố", 1001))),
              StatusCode::kInvalidArgument, "reason: ");
  EXPECT_TRUE(h.Try(RecordCmd(0, 2, v1::ATTENDANCE_STATUS_EXCUSED, Repeat("ố", 1000))).ok());
}

TEST(RecordAttendance, StatusIsRequired) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(RecordCmd(0, 2, v1::ATTENDANCE_STATUS_UNSPECIFIED)),
              StatusCode::kInvalidArgument, "status: ");
}

TEST(RecordAttendance, SittingZeroIsTheCurrentSitting) {
  Harness h = At(Stage::kConvened);
  h.Do(OpenCmd(2));
  auto events = h.Do(RecordCmd(0, 1, v1::ATTENDANCE_STATUS_ABSENT));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].attendance_recorded().sitting_id(), 2);
}

TEST(RecordAttendance, SittingZeroWithoutACurrentSittingIsRefused) {
  Harness h = At(Stage::kBetween);
  ExpectError(h.Try(RecordCmd(0, 1, v1::ATTENDANCE_STATUS_ABSENT)), kFP, "sitting_id: ");
}

TEST(RecordAttendance, PlannedSittingIsRefused) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(RecordCmd(2, 1, v1::ATTENDANCE_STATUS_ABSENT)), kFP, "sitting_id 2: ");
}

TEST(RecordAttendance, UnknownSittingOrDelegateIsNotFound) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(RecordCmd(9, 1, v1::ATTENDANCE_STATUS_ABSENT)), StatusCode::kNotFound,
              "sitting_id 9: ");
  ExpectError(h.Try(RecordCmd(1, 77, v1::ATTENDANCE_STATUS_ABSENT)), StatusCode::kNotFound,
              "delegate_id 77: ");
}

TEST(RecordAttendance, ClosedSittingCanBeCorrected) {
  Harness h = At(Stage::kOpen);
  h.Do(CheckInCmd(2));
  h.Do(CloseSittingCmd(1));
  auto events = h.Do(RecordCmd(1, 2, v1::ATTENDANCE_STATUS_ONLINE, "Dự trực tuyến từ xa"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].attendance_recorded().correction());
  EXPECT_EQ(h.state.sittings(0).attendance(0).status(), v1::ATTENDANCE_STATUS_ONLINE);
}

TEST(RecordAttendance, FirstRecordIsNotACorrection) {
  Harness h = At(Stage::kOpen);
  auto events = h.Do(RecordCmd(1, 5, v1::ATTENDANCE_STATUS_ABSENT));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_FALSE(events[0].attendance_recorded().correction());
}

TEST(RecordAttendance, RepeatingTheSameRecordIsANoOp) {
  Harness h = At(Stage::kOpen);
  h.Do(RecordCmd(1, 5, v1::ATTENDANCE_STATUS_EXCUSED, "Ốm"));
  auto same = h.Try(RecordCmd(0, 5, v1::ATTENDANCE_STATUS_EXCUSED, "Ốm "));
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same.value().empty());
  auto other_reason = h.Try(RecordCmd(0, 5, v1::ATTENDANCE_STATUS_EXCUSED, "Đi công tác"));
  ASSERT_TRUE(other_reason.ok());
  ASSERT_EQ(other_reason.value().size(), 1u);
  EXPECT_TRUE(other_reason.value()[0].attendance_recorded().correction());
}

}  // namespace
}  // namespace dienhong
