// dienhongctl's text for session documents: the `doc list` table with its receipts line,
// the `doc checklist` lines, transfer progress and the event lines of `tail`.
#include "tools/dienhongctl/format_documents.h"

#include <gtest/gtest.h>

#include "common/apply.h"
#include "common/calendar.h"
#include "common/dossier.h"
#include "tools/dienhongctl/format.h"

namespace dienhong::ctl {
namespace {

// Microseconds of hh:mm on y-m-d in Việt Nam.
int64_t Vn(int64_t y, unsigned m, unsigned d, int hh, int mm) {
  return (DaysFromCivil(y, m, d) * 86400 + hh * 3600 + mm * 60 - kVietnamUtcOffsetSeconds) *
         1000000;
}

v1::Event At(int64_t micros) {
  v1::Event e;
  e.set_stream_id(7);
  e.mutable_recorded_at()->set_seconds(micros / 1000000);
  e.mutable_actor()->set_account_id(3);
  return e;
}

// A regular session of 95 delegates opening 20 July 2025 at 08:00; item 1 a draft
// resolution. Paper 1 (submission) sent on time in two versions, paper 2 (draft
// resolution) sent 2 days late, paper 3 confidential, paper 4 a draft.
v1::SessionState Sample() {
  v1::SessionState s;
  v1::Event created = At(Vn(2025, 7, 1, 8, 0));
  auto* c = created.mutable_session_created();
  c->set_title("Kỳ họp thứ 12");
  c->set_kind(v1::SESSION_KIND_REGULAR);
  for (int i = 1; i <= 95; ++i) {
    auto* r = c->add_roster();
    r->set_delegate_id(i);
    r->set_full_name("Đại biểu " + std::to_string(i));
  }
  auto* item = c->add_agenda();
  item->set_id(1);
  item->set_kind(v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION);
  item->set_title("Nghị quyết dự toán 2026");
  auto* sitting = c->add_sittings();
  sitting->set_id(1);
  sitting->mutable_planned_start()->set_seconds(Vn(2025, 7, 20, 8, 0) / 1000000);
  *c->mutable_dossier_rules() = DefaultDossierRules();
  Apply(s, created);

  auto add = [&s](int64_t id, v1::DocumentKind kind, const char* title, bool confidential,
                  int64_t at) {
    v1::Event e = At(at);
    auto* d = e.mutable_document_added()->mutable_document();
    d->set_id(id);
    d->set_item_id(1);
    d->set_kind(kind);
    d->set_title(title);
    d->set_order(static_cast<int32_t>(id));
    d->set_confidential(confidential);
    if (id == 1) d->set_number("45/TTr-UBND");
    if (!confidential) {
      auto* v = d->add_versions();
      v->set_number(1);
      v->mutable_pdf()->set_digest("sha256:" + std::string(64, 'a'));
      v->mutable_pdf()->set_size_bytes(3 * 1024 * 1024);
      v->mutable_pdf()->set_file_name("to-trinh.pdf");
    }
    Apply(s, e);
  };
  auto publish = [&s](int64_t id, int32_t version, int64_t at) {
    v1::Event e = At(at);
    e.mutable_document_published()->set_document_id(id);
    e.mutable_document_published()->set_version(version);
    Apply(s, e);
  };
  add(1, v1::DOCUMENT_KIND_SUBMISSION, "Tờ trình dự toán", false, Vn(2025, 7, 10, 9, 0));
  publish(1, 1, Vn(2025, 7, 10, 9, 0));
  {
    v1::Event e = At(Vn(2025, 7, 16, 9, 0));
    e.mutable_document_version_added()->set_document_id(1);
    auto* v = e.mutable_document_version_added()->mutable_version();
    v->set_number(2);
    v->mutable_pdf()->set_digest("sha256:" + std::string(64, 'b'));
    v->mutable_pdf()->set_size_bytes(1024 * 1024);
    v->mutable_pdf()->set_file_name("to-trinh-v2.pdf");
    Apply(s, e);
  }
  publish(1, 2, Vn(2025, 7, 16, 9, 0));
  for (int d = 1; d <= 93; ++d) {
    v1::Event e = At(Vn(2025, 7, 16, 10, 0));
    auto* r = e.mutable_document_receipt_recorded();
    r->set_document_id(1);
    r->set_version(2);
    r->set_delegate_id(d);
    r->set_kind(v1::DOCUMENT_RECEIPT_KIND_RECEIVED);
    Apply(s, e);
    if (d <= 71) {
      r->set_kind(v1::DOCUMENT_RECEIPT_KIND_OPENED);
      Apply(s, e);
    }
  }
  add(2, v1::DOCUMENT_KIND_DRAFT_RESOLUTION, "Dự thảo Nghị quyết", false, Vn(2025, 7, 15, 9, 0));
  publish(2, 1, Vn(2025, 7, 15, 9, 0));
  add(3, v1::DOCUMENT_KIND_REPORT, "Báo cáo thanh tra", true, Vn(2025, 7, 11, 9, 0));
  publish(3, 0, Vn(2025, 7, 11, 9, 0));
  add(4, v1::DOCUMENT_KIND_VERIFICATION_REPORT, "Báo cáo thẩm tra", false, Vn(2025, 7, 12, 9, 0));
  return s;
}

TEST(FormatDocuments, ReceiptSummaryCountsAgainstTheRoster) {
  const v1::SessionState s = Sample();
  EXPECT_EQ(ReceiptSummary(s.documents().documents(0).versions(1), s.roster_size()),
            "đã nhận 93/95 · đã mở 71/95");
}

TEST(FormatDocuments, TimelinessByTheFirstSending) {
  const v1::SessionState s = Sample();
  EXPECT_EQ(Timeliness(s, s.documents().documents(0)), "đúng hạn");
  EXPECT_EQ(Timeliness(s, s.documents().documents(1)), "muộn 2 ngày");
  EXPECT_EQ(Timeliness(s, s.documents().documents(2)), "đúng hạn");
  EXPECT_EQ(Timeliness(s, s.documents().documents(3)), "chưa gửi");
}

TEST(FormatDocuments, ListShowsVersionsSentDatesAndReceipts) {
  const std::string out = FormatDocumentList(Sample());
  EXPECT_EQ(out,
            "Nội dung 1 «Nghị quyết dự toán 2026»\n"
            "  [1] Tờ trình: Tờ trình dự toán (số 45/TTr-UBND) — đúng hạn · đã nhận 93/95 · đã "
            "mở 71/95\n"
            "    phiên bản 1: to-trinh.pdf, 3,0 MiB, sha256:aaaaaaaaaaaa — gửi 2025-07-10 09:00, "
            "đã được thay thế 2025-07-16 09:00 · đã nhận 0/95 · đã mở 0/95\n"
            "    phiên bản 2: to-trinh-v2.pdf, 1,0 MiB, sha256:bbbbbbbbbbbb — gửi 2025-07-16 09:00 "
            "(muộn 3 ngày) · đã nhận 93/95 · đã mở 71/95\n"
            "  [2] Dự thảo nghị quyết: Dự thảo Nghị quyết — muộn 2 ngày · đã nhận 0/95 · đã mở "
            "0/95\n"
            "    phiên bản 1: to-trinh.pdf, 3,0 MiB, sha256:aaaaaaaaaaaa — gửi 2025-07-15 09:00 "
            "(muộn 2 ngày) · đã nhận 0/95 · đã mở 0/95\n"
            "  [3] Báo cáo: Báo cáo thanh tra — TÀI LIỆU MẬT, phát bản giấy — đúng hạn, phát "
            "2025-07-11 09:00\n"
            "  [4] Báo cáo thẩm tra: Báo cáo thẩm tra — chưa gửi\n"
            "    phiên bản 1: to-trinh.pdf, 3,0 MiB, sha256:aaaaaaaaaaaa — bản nháp, chưa gửi\n");
  EXPECT_EQ(FormatDocumentList(Sample(), 9), "Chưa có tài liệu nào.\n");
}

TEST(FormatDocuments, ChecklistNamesTheDeadlineAndEachPaper) {
  EXPECT_EQ(FormatChecklists(Sample()),
            "Nội dung 1 «Nghị quyết dự toán 2026»: hồ sơ CHƯA BẢO ĐẢM (hạn gửi 2025-07-13, "
            "khai mạc 2025-07-20 08:00)\n"
            "  ✓ Tờ trình — tài liệu 1, gửi 2025-07-10 09:00 (đúng hạn)\n"
            "  ✗ Dự thảo nghị quyết — tài liệu 2, gửi 2025-07-15 09:00 (muộn 2 ngày)\n"
            "  ✗ Báo cáo thẩm tra — thiếu\n");
  v1::SessionState none = Sample();
  none.mutable_agenda(0)->set_kind(v1::AGENDA_ITEM_KIND_REPORT);
  EXPECT_EQ(FormatChecklists(none), "Không có nội dung nào yêu cầu tài liệu.\n");
  EXPECT_EQ(FormatChecklists(none, 1),
            "Nội dung 1 «Nghị quyết dự toán 2026»: không yêu cầu tài liệu\n");
}

TEST(FormatDocuments, TransferProgressInMiBWithAVietnameseDecimalComma) {
  EXPECT_EQ(TransferProgress(3 * 1024 * 1024, 10 * 1024 * 1024), "3,0/10,0 MiB (30%)");
  EXPECT_EQ(TransferProgress(0, 0), "0,0/0,0 MiB (100%)");
}

TEST(FormatDocuments, EventLinesForTail) {
  const v1::SessionState s = Sample();
  v1::Event e = At(Vn(2025, 7, 16, 9, 0));
  e.mutable_document_published()->set_document_id(1);
  e.mutable_document_published()->set_version(2);
  EXPECT_EQ(DescribeEvent(e, s), "gửi đại biểu tài liệu 1 «Tờ trình dự toán» (phiên bản 2)");
  e.mutable_document_receipt_recorded()->set_document_id(1);
  e.mutable_document_receipt_recorded()->set_version(2);
  e.mutable_document_receipt_recorded()->set_delegate_id(5);
  e.mutable_document_receipt_recorded()->set_kind(v1::DOCUMENT_RECEIPT_KIND_OPENED);
  EXPECT_EQ(DescribeEvent(e, s), "Đại biểu 5 đã mở tài liệu 1 «Tờ trình dự toán» (phiên bản 2)");
  auto* o = e.mutable_dossier_overridden()->mutable_override();
  o->set_poll_id(4);
  o->set_reason("Cấp bách");
  o->add_defects("Báo cáo thẩm tra: thiếu");
  EXPECT_EQ(DescribeEvent(e, s),
            "mở biểu quyết 4 dù hồ sơ chưa bảo đảm (Báo cáo thẩm tra: thiếu), lý do: Cấp bách");
  e.mutable_document_page_shown()->mutable_page()->set_document_id(1);
  e.mutable_document_page_shown()->mutable_page()->set_page(3);
  EXPECT_EQ(DescribeEvent(e, s),
            "chiếu trang 3 của tài liệu 1 «Tờ trình dự toán» lên màn hình lớn");
}

}  // namespace
}  // namespace dienhong::ctl
