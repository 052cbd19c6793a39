// Decide for the session, its sittings and its agenda: validation of each command (every
// field named in its error) and the transitions' details (ids, reopen flag, carry-over).
#include "common/decide.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/quorum.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT: test helpers

// --- create_session ---------------------------------------------------------------------

TEST(CreateSession, AssignsIdsAndStatusesAndTrims) {
  Harness h;
  v1::Command c = CreateCmd();
  auto* b = c.mutable_create_session();
  b->set_title("  Kỳ họp thứ năm \n");
  b->mutable_agenda(0)->set_id(77);  // client-supplied ids are ignored
  b->mutable_agenda(0)->set_status(v1::AGENDA_ITEM_STATUS_DONE);
  b->mutable_sittings(1)->set_status(v1::SITTING_STATUS_OPEN);
  b->mutable_sittings(1)->add_attendance()->set_delegate_id(1);
  auto r = h.Try(c);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().size(), 1u);
  const v1::Event& e = r.value()[0];
  ASSERT_TRUE(e.has_session_created());
  EXPECT_EQ(e.seq(), 1);
  const v1::SessionCreated& sc = e.session_created();
  EXPECT_EQ(sc.title(), "Kỳ họp thứ năm");
  ASSERT_EQ(sc.agenda_size(), 3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(sc.agenda(i).id(), i + 1);
    EXPECT_EQ(sc.agenda(i).status(), v1::AGENDA_ITEM_STATUS_PENDING);
  }
  ASSERT_EQ(sc.sittings_size(), 3);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(sc.sittings(i).id(), i + 1);
    EXPECT_EQ(sc.sittings(i).status(), v1::SITTING_STATUS_PLANNED);
    EXPECT_EQ(sc.sittings(i).attendance_size(), 0);
  }
  EXPECT_EQ(sc.roster_size(), 5);
  EXPECT_EQ(sc.council_id(), 3);
}

TEST(CreateSession, EmptySittingTitleGetsADefault) {
  Harness h;
  v1::Command c = CreateCmd();
  c.mutable_create_session()->mutable_sittings(1)->set_title("   ");
  auto r = h.Try(c);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value()[0].session_created().sittings(1).title(), "Phiên họp thứ 2");
}

TEST(CreateSession, WithoutAgendaOrSittingsIsFine) {
  Harness h;
  v1::Command c = CreateCmd();
  c.mutable_create_session()->clear_agenda();
  c.mutable_create_session()->clear_sittings();
  c.mutable_create_session()->clear_roster();
  EXPECT_TRUE(h.Try(c).ok());
}

TEST(CreateSession, NeedsAnAllocatedSessionId) {
  Harness h;
  h.state.set_session_id(0);
  ExpectError(h.Try(CreateCmd()), StatusCode::kInternal, "session_id");
}

TEST(CreateSession, TwiceIsRefused) {
  Harness h = At(Stage::kDraft);
  ExpectError(h.Try(CreateCmd()), kFP, "kỳ họp 42 đã được tạo");
}

struct CreateInvalidCase {
  const char* name;
  void (*mutate)(v1::CreateSession*);
  const char* field_prefix;
};

class CreateSessionInvalidTest : public ::testing::TestWithParam<CreateInvalidCase> {};

TEST_P(CreateSessionInvalidTest, IsRefusedNamingTheField) {
  Harness h;
  v1::Command c = CreateCmd();
  GetParam().mutate(c.mutable_create_session());
  ExpectError(h.Try(c), StatusCode::kInvalidArgument, GetParam().field_prefix);
  EXPECT_EQ(h.state.last_seq(), 0);
}

const std::string kGoodDigest = "sha256:" + Repeat("0123456789abcdef", 4);

INSTANTIATE_TEST_SUITE_P(
    Fields, CreateSessionInvalidTest,
    ::testing::Values(
        CreateInvalidCase{"EmptyTitle", [](v1::CreateSession* b) { b->set_title(""); },
                          "title: phải ghi rõ tên kỳ họp"},
        CreateInvalidCase{"BlankTitle", [](v1::CreateSession* b) { b->set_title(" \t "); },
                          "title: phải ghi rõ tên kỳ họp"},
        // Unicode spaces and invisible characters are blank too (issue 14).
        CreateInvalidCase{"InvisibleTitle",
                          [](v1::CreateSession* b) { b->set_title("\u00a0\u200b\ufeff\u3000"); },
                          "title: phải ghi rõ tên kỳ họp"},
        CreateInvalidCase{"EscapeInTitle",
                          [](v1::CreateSession* b) { b->set_title("Kỳ họp\x1b[2J"); },
                          "title: tên kỳ họp chứa ký tự điều khiển (U+001B)"},
        CreateInvalidCase{"NewlineInPlace",
                          [](v1::CreateSession* b) { b->set_place("Hội trường\ntầng 2"); },
                          "place: địa điểm phải viết trên một dòng"},
        // 501 letters of 3 bytes each: counted in characters, not bytes.
        CreateInvalidCase{"TitleTooLong",
                          [](v1::CreateSession* b) { b->set_title(Repeat("ệ", 501)); },
                          "title: tên kỳ họp dài quá 500"},
        CreateInvalidCase{"NoKind",
                          [](v1::CreateSession* b) { b->set_kind(v1::SESSION_KIND_UNSPECIFIED); },
                          "kind: "},
        CreateInvalidCase{
            "UnknownKind",
            [](v1::CreateSession* b) { b->set_kind(static_cast<v1::SessionKind>(99)); }, "kind: "},
        CreateInvalidCase{"NoCouncil", [](v1::CreateSession* b) { b->set_council_id(0); },
                          "council_id: "},
        CreateInvalidCase{"QuorumMissing", [](v1::CreateSession* b) { b->clear_quorum_rule(); },
                          "quorum_rule: "},
        CreateInvalidCase{
            "QuorumZeroNumerator",
            [](v1::CreateSession* b) { *b->mutable_quorum_rule() = Rule(0, 3, false); },
            "quorum_rule: "},
        CreateInvalidCase{
            "QuorumAboveOne",
            [](v1::CreateSession* b) { *b->mutable_quorum_rule() = Rule(4, 3, false); },
            "quorum_rule: "},
        CreateInvalidCase{"RosterDuplicate",
                          [](v1::CreateSession* b) { b->mutable_roster(3)->set_delegate_id(2); },
                          "roster[3].delegate_id 2: "},
        CreateInvalidCase{"RosterZeroId",
                          [](v1::CreateSession* b) { b->mutable_roster(0)->set_delegate_id(0); },
                          "roster[0].delegate_id: "},
        CreateInvalidCase{"ItemNoTitle",
                          [](v1::CreateSession* b) { b->mutable_agenda(1)->set_title("  "); },
                          "agenda[1].title: "},
        CreateInvalidCase{"ItemNoKind",
                          [](v1::CreateSession* b) {
                            b->mutable_agenda(2)->set_kind(v1::AGENDA_ITEM_KIND_UNSPECIFIED);
                          },
                          "agenda[2].kind: "},
        CreateInvalidCase{
            "ItemNegativeMinutes",
            [](v1::CreateSession* b) { b->mutable_agenda(0)->set_planned_minutes(-1); },
            "agenda[0].planned_minutes: "},
        CreateInvalidCase{
            "ItemMoreThanADay",
            [](v1::CreateSession* b) { b->mutable_agenda(0)->set_planned_minutes(1441); },
            "agenda[0].planned_minutes: "},
        CreateInvalidCase{"DocumentNoTitle",
                          [](v1::CreateSession* b) { b->mutable_agenda(0)->add_documents(); },
                          "agenda[0].documents[0].title: "},
        CreateInvalidCase{"DigestUpperCase",
                          [](v1::CreateSession* b) {
                            auto* d = b->mutable_agenda(0)->add_documents();
                            d->set_title("Tờ trình");
                            d->set_digest("sha256:" + Repeat("ABCDEF0123456789", 4));
                          },
                          "agenda[0].documents[0].digest: "},
        CreateInvalidCase{"DigestShort",
                          [](v1::CreateSession* b) {
                            auto* d = b->mutable_agenda(0)->add_documents();
                            d->set_title("Tờ trình");
                            d->set_digest(kGoodDigest.substr(0, kGoodDigest.size() - 1));
                          },
                          "agenda[0].documents[0].digest: "},
        CreateInvalidCase{"DigestWrongAlgorithm",
                          [](v1::CreateSession* b) {
                            auto* d = b->mutable_agenda(0)->add_documents();
                            d->set_title("Tờ trình");
                            d->set_digest("sha512:" + Repeat("0123456789abcdef", 4));
                          },
                          "agenda[0].documents[0].digest: "},
        CreateInvalidCase{
            "SittingTitleTooLong",
            [](v1::CreateSession* b) { b->mutable_sittings(2)->set_title(Repeat("a", 501)); },
            "sittings[2].title: "}),
    [](const ::testing::TestParamInfo<CreateInvalidCase>& info) { return info.param.name; });

TEST(CreateSession, AcceptsTheLimits) {
  Harness h;
  v1::Command c = CreateCmd();
  auto* b = c.mutable_create_session();
  b->set_title(Repeat("ệ", 500));
  b->mutable_agenda(0)->set_planned_minutes(1440);
  auto* d = b->mutable_agenda(0)->add_documents();
  d->set_title("Tờ trình số 12");
  d->set_digest(kGoodDigest);
  auto* d2 = b->mutable_agenda(0)->add_documents();
  d2->set_title("Phụ lục");  // no digest
  auto r = h.Try(c);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r.value()[0].session_created().agenda(0).documents(0).digest(), kGoodDigest);
}

// --- planning ---------------------------------------------------------------------------

TEST(AddAgendaItem, TakesTheNextIdAfterTheLargest) {
  Harness h = At(Stage::kDraft);
  h.state.mutable_agenda(1)->set_id(9);  // ids 1, 9, 3
  auto r = h.Try(AddItemCmd(Item("Thảo luận tổ", v1::AGENDA_ITEM_KIND_DISCUSSION)));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const v1::AgendaItem& item = r.value()[0].agenda_item_added().item();
  EXPECT_EQ(item.id(), 10);
  EXPECT_EQ(item.status(), v1::AGENDA_ITEM_STATUS_PENDING);
  EXPECT_EQ(item.kind(), v1::AGENDA_ITEM_KIND_DISCUSSION);
}

TEST(AddAgendaItem, ValidatesLikeCreation) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(AddItemCmd(Item(""))), StatusCode::kInvalidArgument, "item.title: ");
  ExpectError(h.Try(AddItemCmd(Item("x", v1::AGENDA_ITEM_KIND_UNSPECIFIED))),
              StatusCode::kInvalidArgument, "item.kind: ");
}

TEST(AddSitting, TakesTheNextIdAndStartsPlanned) {
  Harness h = At(Stage::kBetween);
  v1::Sitting s = SittingNamed("");
  s.set_id(1);
  s.set_status(v1::SITTING_STATUS_CLOSED);
  s.add_attendance()->set_delegate_id(2);
  s.mutable_planned_start()->set_seconds(123);
  auto r = h.Try(AddSittingCmd(s));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const v1::Sitting& added = r.value()[0].sitting_added().sitting();
  EXPECT_EQ(added.id(), 4);
  EXPECT_EQ(added.status(), v1::SITTING_STATUS_PLANNED);
  EXPECT_EQ(added.title(), "Phiên họp thứ 4");
  EXPECT_EQ(added.attendance_size(), 0);
  EXPECT_EQ(added.planned_start().seconds(), 123);
}

// --- convene ----------------------------------------------------------------------------

TEST(ConveneSession, CarriesRosterAndRule) {
  Harness h = At(Stage::kDraft);
  auto events = h.Do(ConveneCmd(7, Rule(3, 4, false)));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].session_convened().roster_size(), 7);
  EXPECT_EQ(events[0].session_convened().quorum_rule().numerator(), 3u);
  EXPECT_EQ(h.state.status(), v1::SESSION_STATUS_CONVENED);
  EXPECT_EQ(h.state.roster_size(), 7);
}

TEST(ConveneSession, EmptyRosterIsRefused) {
  Harness h = At(Stage::kDraft);
  auto r = h.Try(ConveneCmd(0));
  ExpectError(r, kFP, "roster: ");
  EXPECT_NE(r.status().message().find("hội đồng chưa có đại biểu"), std::string::npos);
}

TEST(ConveneSession, InvalidRuleIsRefused) {
  Harness h = At(Stage::kDraft);
  ExpectError(h.Try(ConveneCmd(5, Rule(1, 0, false))), StatusCode::kInvalidArgument,
              "quorum_rule: ");
}

TEST(ConveneSession, DuplicateDelegatesAreRefused) {
  Harness h = At(Stage::kDraft);
  v1::Command c = ConveneCmd(3);
  c.mutable_convene_session()->mutable_roster(2)->set_delegate_id(1);
  ExpectError(h.Try(c), StatusCode::kInvalidArgument, "roster[2].delegate_id 1: ");
}

// --- sittings ---------------------------------------------------------------------------

TEST(OpenSitting, UnknownSittingIsNotFound) {
  Harness h = At(Stage::kConvened);
  ExpectError(h.Try(OpenCmd(7)), StatusCode::kNotFound,
              "sitting_id 7: không có phiên họp này trong kỳ họp");
}

TEST(OpenSitting, ZeroIsInvalid) {
  Harness h = At(Stage::kConvened);
  ExpectError(h.Try(OpenCmd(0)), StatusCode::kInvalidArgument, "sitting_id: ");
}

TEST(OpenSitting, OnlyOneSittingAtATime) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(OpenCmd(2)), kFP,
              "Phiên họp 1 «Phiên khai mạc» đang mở: đóng phiên họp đó trước khi mở phiên khác");
  h.Do(SuspendCmd(1));
  ExpectError(h.Try(OpenCmd(2)), kFP, "Phiên họp 1 «Phiên khai mạc» đang tạm dừng: ");
}

TEST(OpenSitting, ClosedSittingIsNotReopened) {
  Harness h = At(Stage::kBetween);
  ExpectError(h.Try(OpenCmd(1)), kFP, "sitting_id 1: ");
}

TEST(OpenSitting, MovesSessionInProgress) {
  Harness h = At(Stage::kConvened);
  h.Do(OpenCmd(2));
  EXPECT_EQ(h.state.status(), v1::SESSION_STATUS_IN_PROGRESS);
  EXPECT_EQ(h.state.current_sitting_id(), 2);
}

TEST(SuspendSitting, CarriesTheTrimmedReason) {
  Harness h = At(Stage::kOpen);
  auto events = h.Do(SuspendCmd(1, "  Giải lao 15 phút "));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sitting_suspended().reason(), "Giải lao 15 phút");
  EXPECT_EQ(h.state.sittings(0).status(), v1::SITTING_STATUS_SUSPENDED);
}

TEST(SuspendSitting, ReasonTooLongIsRefused) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(SuspendCmd(1, Repeat("x", 1001))), StatusCode::kInvalidArgument, "reason: ");
}

TEST(SuspendSitting, UnknownSittingIsNotFound) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(SuspendCmd(5)), StatusCode::kNotFound, "sitting_id 5: ");
  ExpectError(h.Try(ResumeCmd(5)), StatusCode::kNotFound, "sitting_id 5: ");
  ExpectError(h.Try(CloseSittingCmd(5)), StatusCode::kNotFound, "sitting_id 5: ");
}

TEST(CloseSitting, CurrentItemCarriesOverToTheNextSitting) {
  Harness h = At(Stage::kItemCurrent);
  auto events = h.Do(CloseSittingCmd(1));
  ASSERT_EQ(events.size(), 1u);  // no AgendaItemCompleted
  EXPECT_TRUE(events[0].has_sitting_closed());
  EXPECT_EQ(h.state.current_item_id(), 1);
  EXPECT_EQ(h.state.current_sitting_id(), 0);
  h.Do(OpenCmd(2));
  EXPECT_EQ(h.state.current_item_id(), 1);
  EXPECT_EQ(h.state.agenda(0).status(), v1::AGENDA_ITEM_STATUS_CURRENT);
}

TEST(CloseSitting, SuspendedSittingCanBeClosed) {
  Harness h = At(Stage::kSuspended);
  h.Do(CloseSittingCmd(1));
  EXPECT_EQ(h.state.sittings(0).status(), v1::SITTING_STATUS_CLOSED);
}

// --- close_session ----------------------------------------------------------------------

TEST(CloseSession, CompletesTheCurrentItemFirst) {
  Harness h = At(Stage::kItemCurrent);
  h.Do(CloseSittingCmd(1));
  const int64_t last = h.state.last_seq();
  auto events = h.Do(CloseSessionCmd());
  ASSERT_EQ(events.size(), 2u);
  ASSERT_TRUE(events[0].has_agenda_item_completed());
  EXPECT_EQ(events[0].agenda_item_completed().item_id(), 1);
  EXPECT_EQ(events[0].seq(), last + 1);
  EXPECT_TRUE(events[1].has_session_closed());
  EXPECT_EQ(events[1].seq(), last + 2);
  EXPECT_EQ(h.state.status(), v1::SESSION_STATUS_CLOSED);
  EXPECT_EQ(h.state.current_item_id(), 0);
  EXPECT_EQ(h.state.agenda(0).status(), v1::AGENDA_ITEM_STATUS_DONE);
}

TEST(CloseSession, OpenSittingMustBeClosedFirst) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(CloseSessionCmd()), kFP, "Phiên họp 1 «Phiên khai mạc» đang mở: ");
}

TEST(CloseSession, DraftCannotBeClosed) {
  Harness h = At(Stage::kDraft);
  ExpectError(h.Try(CloseSessionCmd()), kFP, "kỳ họp đang chuẩn bị: ");
}

// --- agenda -----------------------------------------------------------------------------

TEST(SetCurrentItem, StartsAPendingItem) {
  Harness h = At(Stage::kOpen);
  auto events = h.Do(SetCurrentCmd(2));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].agenda_item_started().item_id(), 2);
  EXPECT_FALSE(events[0].agenda_item_started().reopened());
  EXPECT_EQ(h.state.current_item_id(), 2);
}

TEST(SetCurrentItem, CompletesThePreviousItemFirst) {
  Harness h = At(Stage::kItemCurrent);
  auto events = h.Do(SetCurrentCmd(3));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].agenda_item_completed().item_id(), 1);
  EXPECT_EQ(events[1].agenda_item_started().item_id(), 3);
  EXPECT_EQ(events[1].seq(), events[0].seq() + 1);
  EXPECT_EQ(h.state.agenda(0).status(), v1::AGENDA_ITEM_STATUS_DONE);
  EXPECT_EQ(h.state.agenda(2).status(), v1::AGENDA_ITEM_STATUS_CURRENT);
}

TEST(SetCurrentItem, ReturningToADoneItemIsMarkedReopened) {
  Harness h = At(Stage::kItemCurrent);
  h.Do(CompleteCmd(1));
  auto events = h.Do(SetCurrentCmd(1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].agenda_item_started().reopened());
}

TEST(SetCurrentItem, AlreadyCurrentIsRefused) {
  Harness h = At(Stage::kItemCurrent);
  ExpectError(h.Try(SetCurrentCmd(1)), kFP, "item_id 1: ");
}

TEST(SetCurrentItem, UnknownItemIsNotFound) {
  Harness h = At(Stage::kOpen);
  ExpectError(h.Try(SetCurrentCmd(8)), StatusCode::kNotFound,
              "item_id 8: không có nội dung này trong chương trình kỳ họp");
  ExpectError(h.Try(SetCurrentCmd(0)), StatusCode::kInvalidArgument, "item_id: ");
}

TEST(SetCurrentItem, RefusedWhileSuspended) {
  Harness h = At(Stage::kSuspended);
  ExpectError(h.Try(SetCurrentCmd(1)), kFP, "Phiên họp 1 «Phiên khai mạc» đang tạm dừng: ");
}

TEST(SetCurrentItem, RefusedWithoutAnOpenSitting) {
  Harness h = At(Stage::kBetween);
  ExpectError(h.Try(SetCurrentCmd(1)), kFP, "chưa có phiên họp nào đang mở");
}

TEST(CompleteItem, OnlyTheCurrentItem) {
  Harness h = At(Stage::kItemCurrent);
  ExpectError(h.Try(CompleteCmd(2)), kFP, "item_id 2: ");
  ExpectError(h.Try(CompleteCmd(8)), StatusCode::kNotFound, "item_id 8: ");
  auto events = h.Do(CompleteCmd(1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(h.state.current_item_id(), 0);
  ExpectError(h.Try(CompleteCmd(1)), kFP, "item_id 1: ");
}

TEST(CompleteItem, AllowedBetweenSittings) {
  Harness h = At(Stage::kItemCurrent);
  h.Do(CloseSittingCmd(1));
  h.Do(CompleteCmd(1));
  EXPECT_EQ(h.state.agenda(0).status(), v1::AGENDA_ITEM_STATUS_DONE);
}

}  // namespace
}  // namespace dienhong
