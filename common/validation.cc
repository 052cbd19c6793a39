#include "common/validation.h"

#include <set>

namespace dienhong {
namespace {

bool IsLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

Status ValidateDocument(const v1::DocumentRef& doc, const std::string& field,
                        v1::DocumentRef* out) {
  DH_ASSIGN_OR_RETURN(std::string title, CleanText(doc.title(), field + ".title",
                                                   kMaxDocumentTitleChars, true, "tên tài liệu"));
  DH_ASSIGN_OR_RETURN(std::string uri, CleanText(doc.uri(), field + ".uri", kMaxUriChars, false,
                                                 "đường dẫn tài liệu"));
  if (!IsValidDigest(doc.digest())) {
    return Status::InvalidArgument(field +
                                   ".digest: mã kiểm tra phải có dạng \"sha256:\" và 64 chữ "
                                   "số thập lục phân viết thường, hoặc để trống");
  }
  out->set_title(std::move(title));
  out->set_uri(std::move(uri));
  out->set_digest(doc.digest());
  return Status::Ok();
}

}  // namespace

bool IsValidDigest(std::string_view digest) {
  constexpr std::string_view kPrefix = "sha256:";
  if (digest.empty()) return true;
  if (digest.size() != kPrefix.size() + 64 || digest.substr(0, kPrefix.size()) != kPrefix) {
    return false;
  }
  for (char c : digest.substr(kPrefix.size())) {
    if (!IsLowerHex(c)) return false;
  }
  return true;
}

Result<v1::AgendaItem> NormalizeAgendaItem(const v1::AgendaItem& item, const std::string& field,
                                           int64_t id) {
  v1::AgendaItem out;
  out.set_id(id);
  out.set_status(v1::AGENDA_ITEM_STATUS_PENDING);

  DH_ASSIGN_OR_RETURN(*out.mutable_title(),
                      CleanText(item.title(), field + ".title", kMaxItemTitleChars, true,
                                "tên nội dung chương trình"));

  if (item.kind() == v1::AGENDA_ITEM_KIND_UNSPECIFIED || !v1::AgendaItemKind_IsValid(item.kind())) {
    return Status::InvalidArgument(field +
                                   ".kind: chưa chọn loại nội dung (báo cáo, tờ trình, dự thảo "
                                   "nghị quyết, thảo luận, chất vấn, biểu quyết, ...)");
  }
  out.set_kind(item.kind());

  if (item.planned_minutes() < 0 || item.planned_minutes() > kMaxPlannedMinutes) {
    return Status::InvalidArgument(field + ".planned_minutes: thời lượng dự kiến phải từ 0 đến " +
                                   std::to_string(kMaxPlannedMinutes) + " phút");
  }
  out.set_planned_minutes(item.planned_minutes());

  DH_ASSIGN_OR_RETURN(*out.mutable_presenter(),
                      CleanText(item.presenter(), field + ".presenter", kMaxShortTextChars, false,
                                "người trình bày"));

  if (item.documents_size() > kMaxDocumentsPerItem) {
    return Status::InvalidArgument(
        field + ".documents: tối đa " + std::to_string(kMaxDocumentsPerItem) +
        " tài liệu cho một nội dung (đang có " + std::to_string(item.documents_size()) + ")");
  }
  for (int i = 0; i < item.documents_size(); ++i) {
    DH_RETURN_IF_ERROR(ValidateDocument(
        item.documents(i), field + ".documents[" + std::to_string(i) + "]", out.add_documents()));
  }
  return out;
}

Result<v1::Sitting> NormalizeSitting(const v1::Sitting& sitting, const std::string& field,
                                     int64_t id) {
  v1::Sitting out;
  out.set_id(id);
  out.set_status(v1::SITTING_STATUS_PLANNED);
  DH_ASSIGN_OR_RETURN(std::string title, CleanText(sitting.title(), field + ".title",
                                                   kMaxSittingTitleChars, false, "tên phiên họp"));
  if (title.empty()) title = "Phiên họp thứ " + std::to_string(id);
  out.set_title(std::move(title));
  if (sitting.has_planned_start()) *out.mutable_planned_start() = sitting.planned_start();
  return out;
}

Status ValidateRoster(const google::protobuf::RepeatedPtrField<v1::RosterEntry>& roster,
                      const std::string& field) {
  if (roster.size() > kMaxDelegatesPerCouncil) {
    return Status::InvalidArgument(field + ": tối đa " + std::to_string(kMaxDelegatesPerCouncil) +
                                   " đại biểu (đang có " + std::to_string(roster.size()) + ")");
  }
  std::set<int64_t> seen;
  for (int i = 0; i < roster.size(); ++i) {
    const int64_t id = roster[i].delegate_id();
    const std::string where = field + "[" + std::to_string(i) + "].delegate_id";
    if (id <= 0) {
      return Status::InvalidArgument(where + ": mã đại biểu phải là số dương");
    }
    if (!seen.insert(id).second) {
      return Status::InvalidArgument(where + " " + std::to_string(id) +
                                     ": đại biểu bị trùng trong danh sách");
    }
  }
  return Status::Ok();
}

}  // namespace dienhong
