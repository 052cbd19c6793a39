// Decide for session documents: adding a paper (its first version's PDF already stored
// by the server), new versions, originals, publishing ("sent"), order, withdrawal of a
// draft, receipts, the session's dossier rules and a page on the big screen.
//
// Who may do what is the server's access policy (docs/api.md); what is checked here is
// the state: the document belongs to this session, the item exists, kinds are named,
// text is cleaned and bounded, a confidential paper never carries a file, receipts are
// for published versions and delegates on the roster. Repeating what the state already
// says (a second receipt, publishing the version already out) is "nothing to do", never
// an error: tablets retry.
#include <algorithm>
#include <set>
#include <string>

#include "common/calendar.h"
#include "common/decide_internal.h"
#include "common/documents.h"
#include "common/dossier.h"
#include "common/session_lookup.h"
#include "common/validation.h"

namespace dienhong::decide_internal {
namespace {

google::protobuf::Timestamp ToTimestamp(int64_t micros) {
  google::protobuf::Timestamp t;
  t.set_seconds(micros / 1000000);
  t.set_nanos(static_cast<int32_t>((micros % 1000000) * 1000));
  return t;
}

Events One(v1::Event e) {
  Events events;
  events.push_back(std::move(e));
  return events;
}

std::string Id(int64_t id) { return std::to_string(id); }

Result<const v1::Document*> LookupDocument(const v1::SessionState& state, int64_t id) {
  if (id <= 0) return Status::InvalidArgument("document_id: chưa chọn tài liệu");
  const v1::Document* d = FindDocument(state, id);
  if (d == nullptr) {
    return Status::NotFound("document_id " + Id(id) + ": không có tài liệu này trong kỳ họp");
  }
  return d;
}

Status NotWithdrawn(const v1::Document& d) {
  if (d.withdrawn()) {
    return Status::FailedPrecondition("document_id " + Id(d.id()) + ": " + DocumentName(d) +
                                      " đã bị rút");
  }
  return Status::Ok();
}

Status NotConfidential(const v1::Document& d) {
  if (d.confidential()) {
    return Status::FailedPrecondition("document_id " + Id(d.id()) + ": " + DocumentName(d) +
                                      " là tài liệu mật: chỉ ghi thông tin, không có tệp (phát "
                                      "bản giấy)");
  }
  return Status::Ok();
}

bool Contains(const google::protobuf::RepeatedField<int64_t>& ids, int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

int CountActiveOfItem(const v1::SessionState& state, int64_t item_id) {
  int n = 0;
  for (const auto& d : state.documents().documents()) {
    if (d.item_id() == item_id && !d.withdrawn()) ++n;
  }
  return n;
}

// A stored file as the server recorded it: a digest, a size, the media types allowed for
// this part, a file name that is a name and not a path.
Result<v1::StoredFile> CleanFile(const v1::StoredFile& file, const std::string& field,
                                 bool original) {
  if (file.digest().empty() || !IsValidDigest(file.digest())) {
    return Status::InvalidArgument(field +
                                   ".digest: mã kiểm tra phải có dạng \"sha256:\" và 64 "
                                   "chữ số thập lục phân viết thường");
  }
  if (file.size_bytes() <= 0) {
    return Status::InvalidArgument(field + ".size_bytes: tệp rỗng");
  }
  const std::string& type = file.media_type();
  if (!original && type != documents::kPdfMediaType) {
    return Status::InvalidArgument(field +
                                   ".media_type: tài liệu đọc trên máy tính bảng phải là "
                                   "PDF (application/pdf)");
  }
  if (original && type != documents::kDocxMediaType && type != documents::kXlsxMediaType) {
    return Status::InvalidArgument(field + ".media_type: bản gốc chỉ nhận DOCX hoặc XLSX");
  }
  DH_ASSIGN_OR_RETURN(std::string name, CleanText(file.file_name(), field + ".file_name",
                                                  kMaxShortTextChars, false, "tên tệp"));
  if (name.find_first_of(std::string("/\\\0", 3)) != std::string::npos) {
    return Status::InvalidArgument(field +
                                   ".file_name: chỉ ghi tên tệp, không ghi đường dẫn "
                                   "(không có / hoặc \\)");
  }
  v1::StoredFile out;
  out.set_digest(file.digest());
  out.set_size_bytes(file.size_bytes());
  out.set_media_type(type);
  out.set_file_name(std::move(name));
  return out;
}

// A version as uploaded: its PDF (and original if any); number and times are the server's.
Result<v1::DocumentVersion> CleanVersion(const v1::DocumentVersion& v, const std::string& field,
                                         int32_t number, int64_t now) {
  v1::DocumentVersion out;
  out.set_number(number);
  DH_ASSIGN_OR_RETURN(*out.mutable_pdf(), CleanFile(v.pdf(), field + ".pdf", false));
  if (v.has_original()) {
    DH_ASSIGN_OR_RETURN(*out.mutable_original(),
                        CleanFile(v.original(), field + ".original", true));
  }
  *out.mutable_uploaded_at() = ToTimestamp(now);
  return out;
}

Result<Events> AddDocument(const v1::SessionState& state, const v1::AddDocument& cmd, int64_t now) {
  const v1::Document& in = cmd.document();
  v1::Document d;
  if (in.kind() == v1::DOCUMENT_KIND_UNSPECIFIED || !v1::DocumentKind_IsValid(in.kind())) {
    return Status::InvalidArgument(
        "document.kind: chưa chọn loại tài liệu (tờ trình, dự thảo "
        "nghị quyết, báo cáo thẩm tra, báo cáo, tài liệu tham khảo, "
        "khác)");
  }
  d.set_kind(in.kind());
  if (in.item_id() < 0) return Status::InvalidArgument("document.item_id: không hợp lệ");
  if (in.item_id() > 0 && FindItem(state, in.item_id()) == nullptr) {
    return Status::NotFound("document.item_id " + Id(in.item_id()) +
                            ": không có nội dung này trong chương trình kỳ họp");
  }
  d.set_item_id(in.item_id());
  DH_ASSIGN_OR_RETURN(*d.mutable_title(), CleanText(in.title(), "document.title",
                                                    kMaxDocumentTitleChars, true, "tên tài liệu"));
  DH_ASSIGN_OR_RETURN(*d.mutable_number(), CleanText(in.number(), "document.number",
                                                     kMaxShortTextChars, false, "số/ký hiệu"));
  DH_ASSIGN_OR_RETURN(
      *d.mutable_issuer(),
      CleanText(in.issuer(), "document.issuer", kMaxShortTextChars, false, "cơ quan ban hành"));
  const std::string issued_on = Trim(in.issued_on());
  if (!issued_on.empty() && !ParseIsoDate(issued_on)) {
    return Status::InvalidArgument(
        "document.issued_on: ngày ban hành phải có dạng YYYY-MM-DD "
        "(ví dụ 2025-07-01)");
  }
  d.set_issued_on(issued_on);
  d.set_confidential(in.confidential());
  if (in.confidential()) {
    if (in.versions_size() > 0) {
      return Status::InvalidArgument(
          "document.versions: tài liệu mật chỉ ghi thông tin, không "
          "nhận nội dung tệp (phát bản giấy)");
    }
  } else {
    if (in.versions_size() != 1) {
      return Status::InvalidArgument(
          "document.versions: cần đúng một phiên bản (tệp PDF đã tải "
          "lên)");
    }
    DH_ASSIGN_OR_RETURN(*d.add_versions(),
                        CleanVersion(in.versions(0), "document.versions[0]", 1, now));
  }
  if (state.documents().documents_size() >= kMaxDocumentsPerSession) {
    return Status::ResourceExhausted("document: kỳ họp đã có " +
                                     Id(kMaxDocumentsPerSession) + " tài liệu, tối đa " +
                                     Id(kMaxDocumentsPerSession));
  }
  const int of_item = CountActiveOfItem(state, d.item_id());
  if (of_item >= kMaxDocumentsPerItem) {
    return Status::ResourceExhausted("document.item_id " + Id(d.item_id()) +
                                     ": mỗi nội dung có tối đa " +
                                     Id(kMaxDocumentsPerItem) + " tài liệu");
  }
  int64_t max_id = 0;
  for (const auto& other : state.documents().documents()) max_id = std::max(max_id, other.id());
  d.set_id(max_id + 1);
  d.set_order(of_item + 1);
  *d.mutable_created_at() = ToTimestamp(now);
  v1::Event e;
  *e.mutable_document_added()->mutable_document() = std::move(d);
  return One(std::move(e));
}

Result<Events> AddVersion(const v1::SessionState& state, const v1::AddDocumentVersion& cmd,
                          int64_t now) {
  DH_ASSIGN_OR_RETURN(const v1::Document* d, LookupDocument(state, cmd.document_id()));
  DH_RETURN_IF_ERROR(NotWithdrawn(*d));
  DH_RETURN_IF_ERROR(NotConfidential(*d));
  if (d->versions_size() >= kMaxVersionsPerDocument) {
    return Status::ResourceExhausted("document_id " + Id(d->id()) + ": mỗi tài liệu có tối đa " +
                                     Id(kMaxVersionsPerDocument) + " phiên bản");
  }
  v1::Event e;
  auto* b = e.mutable_document_version_added();
  b->set_document_id(d->id());
  DH_ASSIGN_OR_RETURN(*b->mutable_version(),
                      CleanVersion(cmd.version(), "version", LatestVersionNumber(*d) + 1, now));
  return One(std::move(e));
}

Result<Events> AttachOriginal(const v1::SessionState& state, const v1::AttachOriginal& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Document* d, LookupDocument(state, cmd.document_id()));
  DH_RETURN_IF_ERROR(NotWithdrawn(*d));
  DH_RETURN_IF_ERROR(NotConfidential(*d));
  const v1::DocumentVersion* v = FindVersion(*d, cmd.version());
  if (v == nullptr) {
    return Status::NotFound("version " + Id(cmd.version()) + ": " + DocumentName(*d) +
                            " không có phiên bản này");
  }
  DH_ASSIGN_OR_RETURN(v1::StoredFile original, CleanFile(cmd.original(), "original", true));
  if (v->original().SerializeAsString() == original.SerializeAsString()) return Events{};
  v1::Event e;
  auto* b = e.mutable_document_original_attached();
  b->set_document_id(d->id());
  b->set_version(v->number());
  *b->mutable_original() = std::move(original);
  return One(std::move(e));
}

Result<Events> Publish(const v1::SessionState& state, const v1::PublishDocument& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Document* d, LookupDocument(state, cmd.document_id()));
  DH_RETURN_IF_ERROR(NotWithdrawn(*d));
  v1::Event e;
  auto* b = e.mutable_document_published();
  b->set_document_id(d->id());
  if (d->confidential()) {
    if (d->has_published_at()) return Events{};
    b->set_version(0);
    return One(std::move(e));
  }
  const int32_t latest = LatestVersionNumber(*d);
  const v1::DocumentVersion* v = FindVersion(*d, latest);
  if (v == nullptr) {
    return Status::FailedPrecondition("document_id " + Id(d->id()) + ": " + DocumentName(*d) +
                                      " chưa có phiên bản nào để gửi");
  }
  if (v->has_published_at()) return Events{};  // already out
  b->set_version(latest);
  return One(std::move(e));
}

Result<Events> Order(const v1::SessionState& state, const v1::OrderDocuments& cmd) {
  if (cmd.item_id() < 0) return Status::InvalidArgument("item_id: không hợp lệ");
  if (cmd.item_id() > 0) {
    DH_ASSIGN_OR_RETURN(const v1::AgendaItem* item, LookupItem(state, cmd.item_id()));
    (void)item;
  }
  // Every active document of the item, once: a partial list would leave the others'
  // places undefined.
  std::vector<const v1::Document*> current;
  for (const auto& d : state.documents().documents()) {
    if (d.item_id() == cmd.item_id() && !d.withdrawn()) current.push_back(&d);
  }
  std::set<int64_t> seen;
  for (int i = 0; i < cmd.document_ids_size(); ++i) {
    const int64_t id = cmd.document_ids(i);
    const std::string at = "document_ids[" + Id(i) + "]";
    const v1::Document* d = FindDocument(state, id);
    if (d == nullptr || d->item_id() != cmd.item_id() || d->withdrawn()) {
      return Status::InvalidArgument(at + ": tài liệu " + Id(id) +
                                     " không thuộc nội dung này (hoặc đã bị rút)");
    }
    if (!seen.insert(id).second) {
      return Status::InvalidArgument(at + ": tài liệu " + Id(id) + " được ghi hai lần");
    }
  }
  if (seen.size() != current.size()) {
    std::string missing;
    for (const v1::Document* d : current) {
      if (seen.count(d->id()) == 0) missing += (missing.empty() ? "" : ", ") + Id(d->id());
    }
    return Status::InvalidArgument(
        "document_ids: phải liệt kê mọi tài liệu của nội dung, mỗi "
        "tài liệu một lần; còn thiếu " +
        missing);
  }
  bool same = true;
  for (int i = 0; i < cmd.document_ids_size(); ++i) {
    same = same && FindDocument(state, cmd.document_ids(i))->order() == i + 1;
  }
  if (same) return Events{};
  v1::Event e;
  e.mutable_documents_ordered()->set_item_id(cmd.item_id());
  *e.mutable_documents_ordered()->mutable_document_ids() = cmd.document_ids();
  return One(std::move(e));
}

Result<Events> Withdraw(const v1::SessionState& state, const v1::WithdrawDocument& cmd) {
  DH_ASSIGN_OR_RETURN(const v1::Document* d, LookupDocument(state, cmd.document_id()));
  if (d->withdrawn()) return Events{};
  if (IsPublished(*d)) {
    return Status::FailedPrecondition("document_id " + Id(d->id()) + ": " + DocumentName(*d) +
                                      " đã gửi đại biểu nên không rút được; hãy tải lên phiên "
                                      "bản mới thay thế");
  }
  v1::Event e;
  e.mutable_document_withdrawn()->set_document_id(d->id());
  return One(std::move(e));
}

Result<Events> Receipt(const v1::SessionState& state, const v1::RecordDocumentReceipt& cmd) {
  if (cmd.kind() == v1::DOCUMENT_RECEIPT_KIND_UNSPECIFIED ||
      !v1::DocumentReceiptKind_IsValid(cmd.kind())) {
    return Status::InvalidArgument("kind: chưa chọn loại xác nhận (đã nhận hoặc đã mở)");
  }
  DH_RETURN_IF_ERROR(CheckOnRoster(state, cmd.delegate_id()));
  DH_ASSIGN_OR_RETURN(const v1::Document* d, LookupDocument(state, cmd.document_id()));
  DH_RETURN_IF_ERROR(NotWithdrawn(*d));
  DH_RETURN_IF_ERROR(NotConfidential(*d));
  if (cmd.version() <= 0) return Status::InvalidArgument("version: chưa chọn phiên bản");
  const v1::DocumentVersion* v = FindVersion(*d, cmd.version());
  if (v == nullptr) {
    return Status::NotFound("version " + Id(cmd.version()) + ": " + DocumentName(*d) +
                            " không có phiên bản này");
  }
  if (!v->has_published_at()) {
    return Status::FailedPrecondition("version " + Id(cmd.version()) + ": phiên bản này của " +
                                      DocumentName(*d) + " chưa được gửi đại biểu");
  }
  const auto& ids =
      cmd.kind() == v1::DOCUMENT_RECEIPT_KIND_RECEIVED ? v->received_by() : v->opened_by();
  if (Contains(ids, cmd.delegate_id())) return Events{};
  v1::Event e;
  auto* b = e.mutable_document_receipt_recorded();
  b->set_document_id(d->id());
  b->set_version(v->number());
  b->set_delegate_id(cmd.delegate_id());
  b->set_kind(cmd.kind());
  return One(std::move(e));
}

Result<Events> SetRules(const v1::SessionState& state, const v1::SetDossierRules& cmd) {
  DH_ASSIGN_OR_RETURN(v1::DossierRules rules, NormalizeDossierRules(cmd.rules(), "rules"));
  if (state.documents().has_rules() &&
      state.documents().rules().SerializeAsString() == rules.SerializeAsString()) {
    return Events{};
  }
  v1::Event e;
  *e.mutable_dossier_rules_changed()->mutable_rules() = std::move(rules);
  return One(std::move(e));
}

Result<Events> ShowPage(const v1::SessionState& state, const v1::ShowDocumentPage& cmd) {
  const v1::ScreenPage& in = cmd.page();
  v1::ScreenPage page;
  if (in.document_id() != 0) {
    DH_ASSIGN_OR_RETURN(const v1::Document* d, LookupDocument(state, in.document_id()));
    DH_RETURN_IF_ERROR(NotWithdrawn(*d));
    DH_RETURN_IF_ERROR(NotConfidential(*d));
    const v1::DocumentVersion* v =
        in.version() == 0 ? CurrentVersion(*d) : FindVersion(*d, in.version());
    if (v == nullptr || !v->has_published_at()) {
      return Status::FailedPrecondition(
          "page.version " + Id(in.version()) + ": " + DocumentName(*d) +
          (in.version() == 0 ? " chưa gửi đại biểu" : " không có phiên bản này đã gửi đại biểu") +
          "; chỉ chiếu tài liệu đã gửi");
    }
    if (in.page() < 1 || in.page() > documents::kMaxScreenPage) {
      return Status::InvalidArgument("page.page: số trang bắt đầu từ 1");
    }
    page.set_document_id(d->id());
    page.set_version(v->number());
    page.set_page(in.page());
  }
  if (state.documents().on_screen().SerializeAsString() == page.SerializeAsString()) {
    return Events{};
  }
  v1::Event e;
  *e.mutable_document_page_shown()->mutable_page() = std::move(page);
  return One(std::move(e));
}

}  // namespace

Result<Events> DecideDocuments(const v1::SessionState& state, const v1::Command& command,
                               int64_t now) {
  switch (command.body_case()) {
    case v1::Command::kAddDocument:
      return AddDocument(state, command.add_document(), now);
    case v1::Command::kAddDocumentVersion:
      return AddVersion(state, command.add_document_version(), now);
    case v1::Command::kAttachOriginal:
      return AttachOriginal(state, command.attach_original());
    case v1::Command::kPublishDocument:
      return Publish(state, command.publish_document());
    case v1::Command::kOrderDocuments:
      return Order(state, command.order_documents());
    case v1::Command::kWithdrawDocument:
      return Withdraw(state, command.withdraw_document());
    case v1::Command::kRecordDocumentReceipt:
      return Receipt(state, command.record_document_receipt());
    case v1::Command::kSetDossierRules:
      return SetRules(state, command.set_dossier_rules());
    case v1::Command::kShowDocumentPage:
      return ShowPage(state, command.show_document_page());
    default:
      return Status::Internal("command: không phải yêu cầu về tài liệu");
  }
}

}  // namespace dienhong::decide_internal
