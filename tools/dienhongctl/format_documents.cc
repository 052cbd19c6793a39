#include "tools/dienhongctl/format_documents.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "common/documents.h"
#include "common/dossier.h"
#include "common/labels.h"
#include "common/session_lookup.h"
#include "tools/dienhongctl/time_text.h"

namespace dienhong::ctl {
namespace {

std::string N(int64_t v) { return std::to_string(v); }

int64_t Micros(const google::protobuf::Timestamp& t) {
  return t.seconds() * 1000000 + t.nanos() / 1000;
}

google::protobuf::Timestamp Ts(int64_t micros) {
  google::protobuf::Timestamp t;
  t.set_seconds(micros / 1000000);
  return t;
}

// "2025-07-10 09:00" in Việt Nam time.
std::string When(const google::protobuf::Timestamp& t) { return FormatTime(t).substr(0, 16); }

std::string ShortDigest(const std::string& digest) {
  // "sha256:" + the first 12 hex digits: enough to compare with a file at hand.
  return digest.size() > 19 ? digest.substr(0, 19) : digest;
}

std::string ItemName(const v1::SessionState& state, int64_t item_id) {
  if (item_id == 0) return "Tài liệu chung của kỳ họp";
  const v1::AgendaItem* item = FindItem(state, item_id);
  return "Nội dung " + N(item_id) + (item != nullptr ? " «" + item->title() + "»" : "");
}

std::string Mib(int64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
  std::string s = buf;
  std::replace(s.begin(), s.end(), '.', ',');  // Vietnamese decimal comma
  return s;
}

std::string VersionLine(const v1::SessionState& state, const v1::DocumentVersion& v) {
  std::string out = "    phiên bản " + N(v.number()) + ": " + v.pdf().file_name() + ", " +
                    Mib(v.pdf().size_bytes()) + " MiB, " + ShortDigest(v.pdf().digest());
  if (v.has_original()) out += "; bản gốc " + v.original().file_name();
  if (!v.has_published_at()) return out + " — bản nháp, chưa gửi";
  out += " — gửi " + When(v.published_at());
  const int32_t late = DaysLate(state, Micros(v.published_at()));
  if (late > 0) out += " (muộn " + N(late) + " ngày)";
  if (v.has_replaced_at()) out += ", đã được thay thế " + When(v.replaced_at());
  out += " · " + ReceiptSummary(v, state.roster_size());
  return out;
}

}  // namespace

std::string ReceiptSummary(const v1::DocumentVersion& version, int roster_size) {
  return "đã nhận " + N(version.received_by_size()) + "/" + N(roster_size) + " · đã mở " +
         N(version.opened_by_size()) + "/" + N(roster_size);
}

std::string Timeliness(const v1::SessionState& state, const v1::Document& document) {
  const int64_t first = FirstPublishedMicros(document);
  if (first == 0) return document.withdrawn() ? "đã rút" : "chưa gửi";
  if (!DeadlineDay(state)) return "đã gửi";
  const int32_t late = DaysLate(state, first);
  return late > 0 ? "muộn " + N(late) + " ngày" : "đúng hạn";
}

std::string FormatDocumentList(const v1::SessionState& state, int64_t item_id) {
  std::vector<const v1::Document*> docs;
  for (const auto& d : state.documents().documents()) {
    if (item_id <= 0 || d.item_id() == item_id) docs.push_back(&d);
  }
  if (docs.empty()) return "Chưa có tài liệu nào.\n";
  // By item (agenda order, the session's own papers first), then by place in the item.
  auto item_rank = [&state](int64_t id) {
    if (id == 0) return -1;
    for (int i = 0; i < state.agenda_size(); ++i) {
      if (state.agenda(i).id() == id) return i;
    }
    return state.agenda_size();
  };
  std::stable_sort(docs.begin(), docs.end(), [&](const v1::Document* a, const v1::Document* b) {
    const int ra = item_rank(a->item_id()), rb = item_rank(b->item_id());
    if (ra != rb) return ra < rb;
    if (a->withdrawn() != b->withdrawn()) return b->withdrawn();
    return a->order() < b->order();
  });
  std::string out;
  int64_t current_item = -1;
  for (const v1::Document* d : docs) {
    if (d->item_id() != current_item) {
      current_item = d->item_id();
      out += ItemName(state, current_item) + "\n";
    }
    out += "  [" + N(d->id()) + "] " + DocumentKindLabel(d->kind()) + ": " + d->title();
    if (!d->number().empty()) out += " (số " + d->number() + ")";
    if (d->confidential()) out += " — TÀI LIỆU MẬT, phát bản giấy";
    out += " — " + Timeliness(state, *d);
    if (d->confidential() && d->has_published_at()) out += ", phát " + When(d->published_at());
    if (const v1::DocumentVersion* v = CurrentVersion(*d)) {
      out += " · " + ReceiptSummary(*v, state.roster_size());
    }
    out += "\n";
    for (const auto& v : d->versions()) out += VersionLine(state, v) + "\n";
  }
  return out;
}

std::string FormatChecklists(const v1::SessionState& state, int64_t item_id) {
  std::string out;
  const auto opening = PlannedOpeningMicros(state);
  for (const v1::DossierChecklist& c : ForSession(state)) {
    if (item_id > 0 && c.item_id() != item_id) continue;
    if (c.lines_size() == 0 && item_id <= 0) continue;  // nothing required
    out += ItemName(state, c.item_id()) + ": ";
    if (c.lines_size() == 0) {
      out += "không yêu cầu tài liệu\n";
      continue;
    }
    out += c.complete() ? "hồ sơ đủ, đúng hạn" : "hồ sơ CHƯA BẢO ĐẢM";
    if (!c.deadline().empty()) {
      out += " (hạn gửi " + c.deadline() + ", khai mạc " + When(Ts(*opening)) + ")";
    } else {
      out += " (không có hạn gửi)";
    }
    out += "\n";
    for (const auto& line : c.lines()) {
      const bool ok = line.status() == v1::PAPER_STATUS_ON_TIME;
      out += std::string("  ") + (ok ? "✓ " : "✗ ") + DocumentKindLabel(line.kind()) + " — ";
      if (line.status() == v1::PAPER_STATUS_MISSING) {
        out += "thiếu\n";
        continue;
      }
      out +=
          "tài liệu " + N(line.document_id()) + ", gửi " + When(line.published_at()) + " (" +
          (line.status() == v1::PAPER_STATUS_LATE ? "muộn " + N(line.days_late()) + " ngày"
                                                  : std::string(PaperStatusLabel(line.status()))) +
          ")\n";
    }
  }
  if (out.empty()) return "Không có nội dung nào yêu cầu tài liệu.\n";
  return out;
}

std::string TransferProgress(int64_t done, int64_t total) {
  const int64_t percent = total > 0 ? done * 100 / total : 100;
  return Mib(done) + "/" + Mib(total) + " MiB (" + N(percent) + "%)";
}

std::string DescribeDocumentEvent(const v1::Event& e, const v1::SessionState& s) {
  auto name = [&s](int64_t id) {
    const v1::Document* d = FindDocument(s, id);
    return d != nullptr ? DocumentName(*d) : "tài liệu " + N(id);
  };
  switch (e.body_case()) {
    case v1::Event::kDocumentAdded: {
      const auto& d = e.document_added().document();
      return std::string("thêm ") + (d.confidential() ? "tài liệu mật " : "") + DocumentName(d) +
             " (" + DocumentKindLabel(d.kind()) + ") vào " + ItemName(s, d.item_id());
    }
    case v1::Event::kDocumentVersionAdded:
      return "tải lên phiên bản " + N(e.document_version_added().version().number()) + " của " +
             name(e.document_version_added().document_id());
    case v1::Event::kDocumentOriginalAttached:
      return "đính kèm bản gốc " + e.document_original_attached().original().file_name() +
             " vào phiên bản " + N(e.document_original_attached().version()) + " của " +
             name(e.document_original_attached().document_id());
    case v1::Event::kDocumentPublished: {
      const auto& b = e.document_published();
      return "gửi đại biểu " + name(b.document_id()) +
             (b.version() > 0 ? " (phiên bản " + N(b.version()) + ")" : " (bản giấy)");
    }
    case v1::Event::kDocumentsOrdered:
      return "sắp xếp lại tài liệu của " + ItemName(s, e.documents_ordered().item_id());
    case v1::Event::kDocumentWithdrawn:
      return "rút " + name(e.document_withdrawn().document_id());
    case v1::Event::kDocumentReceiptRecorded: {
      const auto& b = e.document_receipt_recorded();
      const v1::RosterEntry* d = FindRosterEntry(s, b.delegate_id());
      return (d != nullptr ? d->full_name() : "đại biểu #" + N(b.delegate_id())) +
             (b.kind() == v1::DOCUMENT_RECEIPT_KIND_OPENED ? " đã mở " : " đã nhận ") +
             name(b.document_id()) + " (phiên bản " + N(b.version()) + ")";
    }
    case v1::Event::kDossierRulesChanged: {
      const auto& r = e.dossier_rules_changed().rules();
      return "đổi quy định về hồ sơ: gửi trước " + N(r.days_before_regular()) +
             " ngày (kỳ họp thường lệ), " + N(r.days_before_other()) + " ngày (kỳ họp khác)";
    }
    case v1::Event::kDossierOverridden: {
      const auto& o = e.dossier_overridden().override();
      std::string defects;
      for (const auto& d : o.defects()) defects += (defects.empty() ? "" : "; ") + d;
      return "mở biểu quyết " + N(o.poll_id()) + " dù hồ sơ chưa bảo đảm (" + defects +
             "), lý do: " + o.reason();
    }
    case v1::Event::kDocumentPageShown: {
      const auto& p = e.document_page_shown().page();
      if (p.document_id() == 0) return "thôi chiếu tài liệu trên màn hình lớn";
      return "chiếu trang " + N(p.page()) + " của " + name(p.document_id()) + " lên màn hình lớn";
    }
    default:
      return "";
  }
}

}  // namespace dienhong::ctl
