// Session documents in the domain: Decide for every document command (what it accepts,
// what it cleans, what it refuses without changing anything), Apply (versions replaced
// on publish, order kept, receipts once), the dossier checklist with its Vietnam-day
// deadline at the boundaries, and the gate on OpenPoll with its override.
#include "common/documents.h"

#include <gtest/gtest.h>

#include "common/apply.h"
#include "common/calendar.h"
#include "common/decide.h"
#include "common/dossier.h"
#include "common/voting.h"
#include "test_support.h"

namespace dienhong {
namespace {

using namespace dienhong::testing;  // NOLINT

// Microseconds of hh:mm on y-m-d in Vietnam (UTC+7).
int64_t Vn(int64_t y, unsigned m, unsigned d, int hh, int mm) {
  return (DaysFromCivil(y, m, d) * 86400 + hh * 3600 + mm * 60 - kVietnamUtcOffsetSeconds) *
         kSecond;
}

google::protobuf::Timestamp Ts(int64_t micros) {
  google::protobuf::Timestamp t;
  t.set_seconds(micros / kSecond);
  return t;
}

std::string Digest(char c) { return "sha256:" + std::string(64, c); }

v1::StoredFile Pdf(char c = 'a') {
  v1::StoredFile f;
  f.set_digest(Digest(c));
  f.set_size_bytes(1000);
  f.set_media_type("application/pdf");
  f.set_file_name("to-trinh.pdf");
  return f;
}

// The opening sitting is planned for 08:00 on 20 July 2025 in Hà Nội.
const int64_t kOpening = Vn(2025, 7, 20, 8, 0);

// A session driven with a clock the test sets: commands are decided at now() and their
// events recorded at now(), as the server does.
class Docs {
 public:
  explicit Docs(v1::SessionKind kind = v1::SESSION_KIND_REGULAR, bool convene = true) {
    state.set_session_id(kSessionId);
    v1::Command c = CreateCmd();
    c.mutable_create_session()->set_kind(kind);
    // Item 4: a draft resolution; item 5: a vote.
    *c.mutable_create_session()->add_agenda() =
        Item("Dự thảo Nghị quyết về dự toán ngân sách", v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION);
    *c.mutable_create_session()->add_agenda() = Item("Biểu quyết", v1::AGENDA_ITEM_KIND_VOTE);
    *c.mutable_create_session()->mutable_sittings(0)->mutable_planned_start() = Ts(kOpening);
    *c.mutable_create_session()->mutable_sittings(1)->mutable_planned_start() =
        Ts(kOpening + 86400 * kSecond);
    Do(c);
    if (convene) Do(ConveneCmd());
  }

  Result<std::vector<v1::Event>> Try(const v1::Command& c, int64_t account = kSecretaryAccount) {
    CommandContext ctx = Context(account);
    ctx.now_micros = now;
    return Decide(state, c, ctx);
  }
  std::vector<v1::Event> Do(const v1::Command& c, int64_t account = kSecretaryAccount) {
    auto r = Try(c, account);
    EXPECT_TRUE(r.ok()) << c.ShortDebugString() << " -> " << r.status().ToString();
    if (!r.ok()) return {};
    for (auto& e : r.value()) {
      *e.mutable_recorded_at() = Ts(now);
      Apply(state, e);
    }
    return r.value();
  }
  void Refused(const v1::Command& c, StatusCode code, const std::string& prefix = "") {
    const std::string before = state.SerializeAsString();
    ExpectError(Try(c), code, prefix);
    EXPECT_EQ(state.SerializeAsString(), before);
  }

  v1::SessionState state;
  int64_t now = Vn(2025, 7, 1, 9, 0);
};

v1::Command Add(int64_t item, v1::DocumentKind kind, const std::string& title = "Tờ trình",
                char digest = 'a') {
  v1::Command c;
  v1::Document* d = c.mutable_add_document()->mutable_document();
  d->set_item_id(item);
  d->set_kind(kind);
  d->set_title(title);
  *d->add_versions()->mutable_pdf() = Pdf(digest);
  return c;
}
v1::Command AddConfidential(int64_t item) {
  v1::Command c;
  v1::Document* d = c.mutable_add_document()->mutable_document();
  d->set_item_id(item);
  d->set_kind(v1::DOCUMENT_KIND_REPORT);
  d->set_title("Báo cáo mật");
  d->set_confidential(true);
  return c;
}
v1::Command Version(int64_t doc, char digest) {
  v1::Command c;
  c.mutable_add_document_version()->set_document_id(doc);
  *c.mutable_add_document_version()->mutable_version()->mutable_pdf() = Pdf(digest);
  return c;
}
v1::Command Publish(int64_t doc) {
  v1::Command c;
  c.mutable_publish_document()->set_document_id(doc);
  return c;
}
v1::Command Withdraw(int64_t doc) {
  v1::Command c;
  c.mutable_withdraw_document()->set_document_id(doc);
  return c;
}
v1::Command Receipt(int64_t doc, int32_t version, int64_t delegate,
                    v1::DocumentReceiptKind kind = v1::DOCUMENT_RECEIPT_KIND_RECEIVED) {
  v1::Command c;
  auto* r = c.mutable_record_document_receipt();
  r->set_document_id(doc);
  r->set_version(version);
  r->set_delegate_id(delegate);
  r->set_kind(kind);
  return c;
}
v1::Command Show(int64_t doc, int32_t version, int32_t page) {
  v1::Command c;
  auto* p = c.mutable_show_document_page()->mutable_page();
  p->set_document_id(doc);
  p->set_version(version);
  p->set_page(page);
  return c;
}
v1::Command Order(int64_t item, std::vector<int64_t> ids) {
  v1::Command c;
  c.mutable_order_documents()->set_item_id(item);
  for (int64_t id : ids) c.mutable_order_documents()->add_document_ids(id);
  return c;
}

// --- Decide and Apply ----------------------------------------------------------------

TEST(Documents, AddAssignsIdOrderFirstVersionAndCleansText) {
  Docs s;
  v1::Command c = Add(2, v1::DOCUMENT_KIND_SUBMISSION, "  Tờ trình dự toán  ");
  auto* d = c.mutable_add_document()->mutable_document();
  d->set_id(99);
  d->set_order(7);
  d->set_number(" 12/TTr-UBND ");
  d->set_issued_on("2025-07-01");
  d->mutable_versions(0)->mutable_published_at()->set_seconds(5);  // server's, ignored
  d->mutable_versions(0)->add_received_by(1);
  auto events = s.Do(c);
  ASSERT_EQ(events.size(), 1u);
  const v1::Document& added = s.state.documents().documents(0);
  EXPECT_EQ(added.id(), 1);
  EXPECT_EQ(added.order(), 1);
  EXPECT_EQ(added.title(), "Tờ trình dự toán");
  EXPECT_EQ(added.number(), "12/TTr-UBND");
  ASSERT_EQ(added.versions_size(), 1);
  EXPECT_EQ(added.versions(0).number(), 1);
  EXPECT_FALSE(added.versions(0).has_published_at());
  EXPECT_EQ(added.versions(0).received_by_size(), 0);
  EXPECT_EQ(added.versions(0).uploaded_at().seconds(), s.now / kSecond);
  EXPECT_FALSE(IsPublished(added));
  s.Do(Add(2, v1::DOCUMENT_KIND_REFERENCE, "Phụ lục", 'b'));
  EXPECT_EQ(s.state.documents().documents(1).id(), 2);
  EXPECT_EQ(s.state.documents().documents(1).order(), 2);
  s.Do(Add(0, v1::DOCUMENT_KIND_OTHER, "Chương trình kỳ họp", 'c'));  // the session's
  EXPECT_EQ(s.state.documents().documents(2).order(), 1);
}

TEST(Documents, AddRefusesBadInputAndChangesNothing) {
  Docs s;
  v1::Command c = Add(2, v1::DOCUMENT_KIND_UNSPECIFIED);
  s.Refused(c, StatusCode::kInvalidArgument, "document.kind");
  s.Refused(Add(99, v1::DOCUMENT_KIND_SUBMISSION), StatusCode::kNotFound, "document.item_id 99");
  s.Refused(Add(2, v1::DOCUMENT_KIND_SUBMISSION, "   "), StatusCode::kInvalidArgument,
            "document.title");
  s.Refused(Add(2, v1::DOCUMENT_KIND_SUBMISSION, Repeat("ệ", 1001)), StatusCode::kInvalidArgument,
            "document.title");
  c = Add(2, v1::DOCUMENT_KIND_SUBMISSION);
  c.mutable_add_document()->mutable_document()->set_issued_on("1/7/2025");
  s.Refused(c, StatusCode::kInvalidArgument, "document.issued_on");
  c = Add(2, v1::DOCUMENT_KIND_SUBMISSION);
  c.mutable_add_document()->mutable_document()->mutable_versions(0)->mutable_pdf()->set_media_type(
      "application/msword");
  s.Refused(c, StatusCode::kInvalidArgument, "document.versions[0].pdf.media_type");
  c = Add(2, v1::DOCUMENT_KIND_SUBMISSION);
  c.mutable_add_document()->mutable_document()->mutable_versions(0)->mutable_pdf()->set_digest(
      "sha256:xyz");
  s.Refused(c, StatusCode::kInvalidArgument, "document.versions[0].pdf.digest");
  c = Add(2, v1::DOCUMENT_KIND_SUBMISSION);
  c.mutable_add_document()->mutable_document()->mutable_versions(0)->mutable_pdf()->set_size_bytes(
      0);
  s.Refused(c, StatusCode::kInvalidArgument, "document.versions[0].pdf.size_bytes");
  c = Add(2, v1::DOCUMENT_KIND_SUBMISSION);
  c.mutable_add_document()->mutable_document()->mutable_versions(0)->mutable_pdf()->set_file_name(
      "../../etc/passwd");
  s.Refused(c, StatusCode::kInvalidArgument, "document.versions[0].pdf.file_name");
  c = Add(2, v1::DOCUMENT_KIND_SUBMISSION);
  c.mutable_add_document()->mutable_document()->clear_versions();
  s.Refused(c, StatusCode::kInvalidArgument, "document.versions");
  // A confidential paper never carries a file.
  c = AddConfidential(2);
  *c.mutable_add_document()->mutable_document()->add_versions()->mutable_pdf() = Pdf();
  s.Refused(c, StatusCode::kInvalidArgument, "document.versions");
}

TEST(Documents, TooManyPapersForOneItemIsRefused) {
  Docs s;
  for (int i = 0; i < kMaxDocumentsPerItem; ++i) {
    s.Do(Add(1, v1::DOCUMENT_KIND_REFERENCE, "Tài liệu " + std::to_string(i)));
  }
  s.Refused(Add(1, v1::DOCUMENT_KIND_REFERENCE), StatusCode::kResourceExhausted,
            "document.item_id 1");
  s.Do(Add(2, v1::DOCUMENT_KIND_REFERENCE));  // another item still has room
}

TEST(Documents, PublishingANewVersionMarksThePreviousReplaced) {
  Docs s;
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION));
  const int64_t first = s.now;
  ASSERT_EQ(s.Do(Publish(1)).size(), 1u);
  EXPECT_TRUE(s.Do(Publish(1)).empty());  // already out: nothing to do
  s.now += 3600 * kSecond;
  s.Do(Version(1, 'b'));
  const v1::Document* d = FindDocument(s.state, 1);
  ASSERT_EQ(d->versions_size(), 2);
  EXPECT_EQ(d->versions(1).number(), 2);
  EXPECT_FALSE(d->versions(1).has_published_at());
  EXPECT_FALSE(d->versions(0).has_replaced_at());  // a draft replaces nothing yet
  EXPECT_EQ(CurrentVersion(*d)->number(), 1);
  s.now += 3600 * kSecond;
  auto events = s.Do(Publish(1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].document_published().version(), 2);
  d = FindDocument(s.state, 1);
  EXPECT_EQ(d->versions(0).published_at().seconds(), first / kSecond);
  EXPECT_EQ(d->versions(0).replaced_at().seconds(), s.now / kSecond);
  EXPECT_EQ(d->versions(1).published_at().seconds(), s.now / kSecond);
  EXPECT_FALSE(d->versions(1).has_replaced_at());
  EXPECT_EQ(CurrentVersion(*d)->number(), 2);
  // The paper counts from its first sending.
  EXPECT_EQ(FirstPublishedMicros(*d), first);
}

TEST(Documents, ConfidentialPapersHaveNoFilesAndArePublishedAsPaper) {
  Docs s;
  s.Do(AddConfidential(2));
  s.Refused(Version(1, 'b'), kFP, "document_id 1");
  v1::Command attach;
  attach.mutable_attach_original()->set_document_id(1);
  attach.mutable_attach_original()->set_version(1);
  s.Refused(attach, kFP, "document_id 1");
  auto events = s.Do(Publish(1));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].document_published().version(), 0);
  EXPECT_TRUE(FindDocument(s.state, 1)->has_published_at());
  EXPECT_TRUE(s.Do(Publish(1)).empty());
  s.Refused(Receipt(1, 1, 1), kFP, "document_id 1");
  s.Refused(Show(1, 0, 1), kFP, "document_id 1");
}

TEST(Documents, OriginalIsADocxOrXlsxOfAnExistingVersion) {
  Docs s;
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION));
  v1::Command c;
  c.mutable_attach_original()->set_document_id(1);
  c.mutable_attach_original()->set_version(1);
  v1::StoredFile f = Pdf('d');
  *c.mutable_attach_original()->mutable_original() = f;
  s.Refused(c, StatusCode::kInvalidArgument, "original.media_type");
  f.set_media_type(documents::kDocxMediaType);
  f.set_file_name("to-trinh.docx");
  *c.mutable_attach_original()->mutable_original() = f;
  c.mutable_attach_original()->set_version(2);
  s.Refused(c, StatusCode::kNotFound, "version 2");
  c.mutable_attach_original()->set_version(1);
  ASSERT_EQ(s.Do(c).size(), 1u);
  EXPECT_EQ(FindDocument(s.state, 1)->versions(0).original().file_name(), "to-trinh.docx");
  EXPECT_TRUE(s.Do(c).empty());
}

TEST(Documents, OnlyADraftNeverPublishedCanBeWithdrawnAndOrderCloses) {
  Docs s;
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION, "A"));
  s.Do(Add(2, v1::DOCUMENT_KIND_REFERENCE, "B", 'b'));
  s.Do(Add(2, v1::DOCUMENT_KIND_REFERENCE, "C", 'c'));
  s.Do(Publish(1));
  s.Refused(Withdraw(1), kFP, "document_id 1");
  s.Do(Withdraw(2));
  EXPECT_TRUE(s.Do(Withdraw(2)).empty());
  EXPECT_TRUE(FindDocument(s.state, 2)->withdrawn());
  EXPECT_EQ(FindDocument(s.state, 3)->order(), 2);  // no gap
  s.Refused(Publish(2), kFP, "document_id 2");
  s.Refused(Withdraw(9), StatusCode::kNotFound, "document_id 9");
}

TEST(Documents, OrderListsEveryPaperOfTheItemOnce) {
  Docs s;
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION, "A"));
  s.Do(Add(2, v1::DOCUMENT_KIND_REFERENCE, "B", 'b'));
  s.Do(Add(3, v1::DOCUMENT_KIND_REFERENCE, "C", 'c'));
  s.Refused(Order(2, {2}), StatusCode::kInvalidArgument, "document_ids");
  s.Refused(Order(2, {2, 2}), StatusCode::kInvalidArgument, "document_ids[1]");
  s.Refused(Order(2, {2, 3}), StatusCode::kInvalidArgument, "document_ids[1]");
  s.Refused(Order(9, {1}), StatusCode::kNotFound, "item_id 9");
  EXPECT_TRUE(s.Do(Order(2, {1, 2})).empty());  // the order it already has
  ASSERT_EQ(s.Do(Order(2, {2, 1})).size(), 1u);
  EXPECT_EQ(FindDocument(s.state, 2)->order(), 1);
  EXPECT_EQ(FindDocument(s.state, 1)->order(), 2);
  EXPECT_EQ(FindDocument(s.state, 3)->order(), 1);
}

TEST(Documents, ReceiptsAreOncePerDelegateForPublishedVersionsOfTheRoster) {
  Docs s;
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION));
  s.Refused(Receipt(1, 1, 1), kFP, "version 1");  // a draft: not sent yet
  s.Do(Publish(1));
  ASSERT_EQ(s.Do(Receipt(1, 1, 1)).size(), 1u);
  EXPECT_TRUE(s.Do(Receipt(1, 1, 1)).empty());  // a repeated report appends nothing
  s.Do(Receipt(1, 1, 1, v1::DOCUMENT_RECEIPT_KIND_OPENED));
  s.Do(Receipt(1, 1, 3));
  const v1::DocumentVersion& v = FindDocument(s.state, 1)->versions(0);
  EXPECT_EQ(std::vector<int64_t>(v.received_by().begin(), v.received_by().end()),
            (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(v.opened_by_size(), 1);
  s.Refused(Receipt(1, 1, 77), StatusCode::kNotFound, "delegate_id 77");
  s.Refused(Receipt(1, 2, 1), StatusCode::kNotFound, "version 2");
  s.Refused(Receipt(1, 0, 1), StatusCode::kInvalidArgument, "version");
  s.Refused(Receipt(1, 1, 1, v1::DOCUMENT_RECEIPT_KIND_UNSPECIFIED), StatusCode::kInvalidArgument,
            "kind");
  // A replaced version keeps its receipts and still takes late ones.
  s.Do(Version(1, 'b'));
  s.Do(Publish(1));
  ASSERT_EQ(s.Do(Receipt(1, 1, 2)).size(), 1u);
}

TEST(Documents, OnlyAPublishedPageGoesOnTheBigScreen) {
  Docs s;
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION));
  s.Refused(Show(1, 0, 1), kFP, "page.version");
  s.Do(Publish(1));
  s.Refused(Show(1, 1, 0), StatusCode::kInvalidArgument, "page.page");
  auto events = s.Do(Show(1, 0, 3));  // version 0: the current one
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(s.state.documents().on_screen().version(), 1);
  EXPECT_EQ(s.state.documents().on_screen().page(), 3);
  EXPECT_TRUE(s.Do(Show(1, 1, 3)).empty());
  s.Do(Show(0, 0, 0));
  EXPECT_FALSE(s.state.documents().has_on_screen());
  EXPECT_TRUE(s.Do(Show(0, 0, 0)).empty());
}

TEST(Documents, AClosedSessionRefusesEveryDocumentCommand) {
  Docs s;
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION));
  s.Do(CloseSessionCmd());
  s.Refused(Publish(1), kFP, "kỳ họp đã bế mạc");
  s.Refused(Add(2, v1::DOCUMENT_KIND_SUBMISSION), kFP, "kỳ họp đã bế mạc");
}

TEST(Documents, RulesAreCopiedAtCreationAndValidatedWhenSet) {
  Docs s;
  EXPECT_EQ(s.state.documents().rules().SerializeAsString(),
            DefaultDossierRules().SerializeAsString());
  v1::Command c;
  v1::DossierRules* r = c.mutable_set_dossier_rules()->mutable_rules();
  r->set_days_before_regular(-1);
  s.Refused(c, StatusCode::kInvalidArgument, "rules.days_before_regular");
  r->set_days_before_regular(10);
  auto* req = r->add_requirements();
  req->set_item_kind(v1::AGENDA_ITEM_KIND_REPORT);
  req->add_required(v1::DOCUMENT_KIND_REPORT);
  req->add_required(v1::DOCUMENT_KIND_REPORT);
  s.Refused(c, StatusCode::kInvalidArgument, "rules.requirements[0].required[1]");
  req->mutable_required()->RemoveLast();
  ASSERT_EQ(s.Do(c).size(), 1u);
  EXPECT_EQ(s.state.documents().rules().days_before_regular(), 10);
  EXPECT_TRUE(s.Do(c).empty());

  // The council's rules at creation, checked like any others.
  v1::Command create = CreateCmd();
  create.mutable_create_session()->mutable_dossier_rules()->set_days_before_other(500);
  Harness h;
  ExpectError(h.Try(create), StatusCode::kInvalidArgument, "dossier_rules.days_before_other");
}

// --- The checklist ---------------------------------------------------------------------

// Item 2 is a submission: it needs a Tờ trình. Published at `at` (Vietnam time).
v1::DossierChecklist SubmissionPublishedAt(int64_t at,
                                           v1::SessionKind kind = v1::SESSION_KIND_REGULAR) {
  Docs s(kind);
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION));
  s.now = at;
  s.Do(Publish(1));
  return ForItem(s.state, 2);
}

TEST(Dossier, DeadlineIsTheVietnamDayNDaysBeforeThePlannedOpening) {
  Docs s;
  EXPECT_EQ(ForItem(s.state, 2).deadline(), "2025-07-13");  // 20 July - 7 days
  Docs thematic(v1::SESSION_KIND_THEMATIC);
  EXPECT_EQ(ForItem(thematic.state, 2).deadline(), "2025-07-17");  // - 3 days
  // An opening at 06:30 in Hà Nội is still 19 July in UTC: the day is Vietnam's.
  v1::SessionState early = s.state;
  *early.mutable_sittings(0)->mutable_planned_start() = Ts(Vn(2025, 7, 20, 6, 30));
  EXPECT_EQ(ForItem(early, 2).deadline(), "2025-07-13");
}

TEST(Dossier, ExactlyNDaysBeforeIsOnTime) {
  const auto c = SubmissionPublishedAt(Vn(2025, 7, 13, 8, 0));
  ASSERT_EQ(c.lines_size(), 1);
  EXPECT_EQ(c.lines(0).status(), v1::PAPER_STATUS_ON_TIME);
  EXPECT_EQ(c.lines(0).document_id(), 1);
  EXPECT_TRUE(c.complete());
}

TEST(Dossier, NPlusOneDaysBeforeIsOnTime) {
  EXPECT_EQ(SubmissionPublishedAt(Vn(2025, 7, 12, 8, 0)).lines(0).status(),
            v1::PAPER_STATUS_ON_TIME);
}

TEST(Dossier, NMinusOneDaysBeforeIsOneDayLate) {
  const auto c = SubmissionPublishedAt(Vn(2025, 7, 14, 8, 0));
  EXPECT_EQ(c.lines(0).status(), v1::PAPER_STATUS_LATE);
  EXPECT_EQ(c.lines(0).days_late(), 1);
  EXPECT_FALSE(c.complete());
  EXPECT_EQ(Defects(c), (std::vector<std::string>{"Tờ trình: gửi muộn 1 ngày (hạn 13/07/2025)"}));
}

TEST(Dossier, AtTheEndOfTheDeadlineDayInVietnamIsOnTime) {
  // 23:59 on 13 July in Hà Nội is 16:59 UTC the same day.
  EXPECT_EQ(SubmissionPublishedAt(Vn(2025, 7, 13, 23, 59)).lines(0).status(),
            v1::PAPER_STATUS_ON_TIME);
}

TEST(Dossier, AMinuteAfterMidnightInVietnamIsLateThoughStillTheDeadlineDayInUtc) {
  // 00:01 on 14 July in Hà Nội is 17:01 UTC on 13 July.
  const auto c = SubmissionPublishedAt(Vn(2025, 7, 14, 0, 1));
  EXPECT_EQ(c.lines(0).status(), v1::PAPER_STATUS_LATE);
  EXPECT_EQ(c.lines(0).days_late(), 1);
}

TEST(Dossier, OtherSessionKindsUseTheirOwnDays) {
  EXPECT_EQ(SubmissionPublishedAt(Vn(2025, 7, 17, 23, 59), v1::SESSION_KIND_EXTRAORDINARY)
                .lines(0)
                .status(),
            v1::PAPER_STATUS_ON_TIME);
  EXPECT_EQ(
      SubmissionPublishedAt(Vn(2025, 7, 19, 9, 0), v1::SESSION_KIND_THEMATIC).lines(0).days_late(),
      2);
}

TEST(Dossier, DraftsAndWithdrawnPapersAreMissingAndTheFirstSentPaperCounts) {
  Docs s;
  s.Do(Add(4, v1::DOCUMENT_KIND_SUBMISSION));
  s.Do(Add(4, v1::DOCUMENT_KIND_DRAFT_RESOLUTION, "Dự thảo", 'b'));
  s.Do(Publish(2));
  auto c = ForItem(s.state, 4);
  ASSERT_EQ(c.lines_size(), 3);
  EXPECT_EQ(c.lines(0).kind(), v1::DOCUMENT_KIND_SUBMISSION);
  EXPECT_EQ(c.lines(0).status(), v1::PAPER_STATUS_MISSING);  // a draft is not sent
  EXPECT_EQ(c.lines(1).status(), v1::PAPER_STATUS_ON_TIME);
  EXPECT_EQ(c.lines(2).status(), v1::PAPER_STATUS_MISSING);
  EXPECT_EQ(Defects(c), (std::vector<std::string>{"Tờ trình: thiếu", "Báo cáo thẩm tra: thiếu"}));
  // A new version after the deadline does not make a paper sent on time late.
  s.now = Vn(2025, 7, 19, 10, 0);
  s.Do(Version(2, 'c'));
  s.Do(Publish(2));
  EXPECT_EQ(ForItem(s.state, 4).lines(1).status(), v1::PAPER_STATUS_ON_TIME);
  EXPECT_EQ(ForItem(s.state, 1).lines_size(), 0);  // a report needs nothing by default
  EXPECT_TRUE(ForItem(s.state, 1).complete());
  EXPECT_EQ(ForSession(s.state).size(), 5u);
}

TEST(Dossier, WithoutAPlannedOpeningAnyPublishedPaperIsOnTime) {
  Docs s;
  for (auto& sitting : *s.state.mutable_sittings()) sitting.clear_planned_start();
  s.Do(Add(2, v1::DOCUMENT_KIND_SUBMISSION));
  s.now = Vn(2025, 12, 1, 8, 0);
  s.Do(Publish(1));
  const auto c = ForItem(s.state, 2);
  EXPECT_EQ(c.deadline(), "");
  EXPECT_TRUE(c.complete());
}

// --- The gate on OpenPoll --------------------------------------------------------------

v1::Command PollOn(int64_t item) {
  v1::Command c;
  c.mutable_create_poll()->mutable_poll()->set_title("Thông qua Nghị quyết");
  c.mutable_create_poll()->mutable_poll()->set_kind(v1::POLL_KIND_RESOLUTION);
  c.mutable_create_poll()->mutable_poll()->set_item_id(item);
  return c;
}
v1::Command OpenPoll(int64_t poll, const std::string& reason = "") {
  v1::Command c;
  c.mutable_open_poll()->set_poll_id(poll);
  c.mutable_open_poll()->set_dossier_override_reason(reason);
  return c;
}

// Sitting 1 open on the planned day, everyone present, a poll prepared on item 4 (a draft
// resolution) whose submission was sent late and whose other papers are missing.
Docs GateSession() {
  Docs s;
  s.Do(Add(4, v1::DOCUMENT_KIND_SUBMISSION));
  s.now = Vn(2025, 7, 15, 9, 0);  // two days late
  s.Do(Publish(1));
  s.now = kOpening;
  s.Do(OpenCmd(1));
  for (int d = 1; d <= 5; ++d) s.Do(CheckInCmd(d));
  s.Do(PollOn(4));
  return s;
}

TEST(DossierGate, AnIncompleteDossierRefusesToOpenThePollWithoutAReason) {
  Docs s = GateSession();
  const std::string before = s.state.SerializeAsString();
  auto r = s.Try(OpenPoll(1));
  ExpectError(r, kFP, "dossier_override_reason: hồ sơ của nội dung 4");
  const std::string& m = r.status().message();
  EXPECT_NE(m.find("Tờ trình: gửi muộn 2 ngày (hạn 13/07/2025)"), std::string::npos) << m;
  EXPECT_NE(m.find("Dự thảo nghị quyết: thiếu"), std::string::npos) << m;
  EXPECT_NE(m.find("Báo cáo thẩm tra: thiếu"), std::string::npos) << m;
  EXPECT_NE(m.find("ghi rõ lý do"), std::string::npos) << m;
  ExpectError(s.Try(OpenPoll(1, "   ")), kFP, "dossier_override_reason");
  ExpectError(s.Try(OpenPoll(1, Repeat("a", 1001))), StatusCode::kInvalidArgument,
              "dossier_override_reason");
  EXPECT_EQ(s.state.SerializeAsString(), before);
  EXPECT_EQ(voting::FindPoll(s.state, 1)->status(), v1::POLL_STATUS_PREPARED);
}

TEST(DossierGate, TheChairsReasonOpensThePollAndTheOverrideIsRecorded) {
  Docs s = GateSession();
  constexpr int64_t kChairAccount = 3;
  auto events =
      s.Do(OpenPoll(1, "  Nghị quyết cấp bách về phòng chống thiên tai  "), kChairAccount);
  ASSERT_EQ(events.size(), 2u);
  ASSERT_TRUE(events[0].has_dossier_overridden());
  EXPECT_TRUE(events[1].has_poll_opened());
  ASSERT_EQ(s.state.documents().overrides_size(), 1);
  const v1::DossierOverride& o = s.state.documents().overrides(0);
  EXPECT_EQ(o.poll_id(), 1);
  EXPECT_EQ(o.item_id(), 4);
  EXPECT_EQ(o.reason(), "Nghị quyết cấp bách về phòng chống thiên tai");
  EXPECT_EQ(std::vector<std::string>(o.defects().begin(), o.defects().end()),
            (std::vector<std::string>{"Tờ trình: gửi muộn 2 ngày (hạn 13/07/2025)",
                                      "Dự thảo nghị quyết: thiếu", "Báo cáo thẩm tra: thiếu"}));
  EXPECT_EQ(o.account_id(), kChairAccount);
  EXPECT_EQ(o.recorded_at().seconds(), s.now / kSecond);
  EXPECT_EQ(voting::FindPoll(s.state, 1)->status(), v1::POLL_STATUS_OPEN);
}

TEST(DossierGate, ACompleteDossierOrAPollWithoutItemOpensWithoutOverride) {
  Docs s;
  s.Do(Add(4, v1::DOCUMENT_KIND_SUBMISSION));
  s.Do(Add(4, v1::DOCUMENT_KIND_DRAFT_RESOLUTION, "Dự thảo", 'b'));
  s.Do(Add(4, v1::DOCUMENT_KIND_VERIFICATION_REPORT, "Báo cáo thẩm tra", 'c'));
  for (int64_t d = 1; d <= 3; ++d) s.Do(Publish(d));
  s.now = kOpening;
  s.Do(OpenCmd(1));
  for (int d = 1; d <= 5; ++d) s.Do(CheckInCmd(d));
  s.Do(PollOn(4));
  s.Do(PollOn(0));
  auto events = s.Do(OpenPoll(1, "không cần"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].has_poll_opened());
  EXPECT_EQ(s.state.documents().overrides_size(), 0);
  v1::Command close;
  close.mutable_cancel_poll()->set_poll_id(1);
  close.mutable_cancel_poll()->set_reason("thử");
  s.Do(close);
  EXPECT_EQ(s.Do(OpenPoll(2)).size(), 1u);
}

TEST(DossierGate, OtherRefusalsComeBeforeTheGate) {
  Docs s = GateSession();
  s.Do(SuspendCmd(1));
  ExpectError(s.Try(OpenPoll(1)), kFP, "Chưa có phiên họp nào đang diễn ra");
}

}  // namespace
}  // namespace dienhong
