#include "common/validation.h"

#include <set>

namespace dienhong {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

std::string TooLong(const std::string& field, const char* what, size_t limit) {
  return field + ": " + what + " dài quá " + std::to_string(limit) + " ký tự";
}

Status ValidateDocument(const v1::DocumentRef& doc, const std::string& field,
                        v1::DocumentRef* out) {
  std::string title = Trim(doc.title());
  if (title.empty()) {
    return Status::InvalidArgument(field + ".title: tên tài liệu không được để trống");
  }
  if (Utf8Length(title) > kMaxDocumentTitleChars) {
    return Status::InvalidArgument(
        TooLong(field + ".title", "tên tài liệu", kMaxDocumentTitleChars));
  }
  std::string uri = Trim(doc.uri());
  if (Utf8Length(uri) > kMaxUriChars) {
    return Status::InvalidArgument(TooLong(field + ".uri", "đường dẫn tài liệu", kMaxUriChars));
  }
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

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    // Continuation bytes are 10xxxxxx; every other byte starts a code point.
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string Trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && IsAsciiSpace(text[begin])) ++begin;
  while (end > begin && IsAsciiSpace(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

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

  std::string title = Trim(item.title());
  if (title.empty()) {
    return Status::InvalidArgument(field + ".title: tên nội dung chương trình không được để trống");
  }
  if (Utf8Length(title) > kMaxItemTitleChars) {
    return Status::InvalidArgument(
        TooLong(field + ".title", "tên nội dung chương trình", kMaxItemTitleChars));
  }
  out.set_title(std::move(title));

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

  std::string presenter = Trim(item.presenter());
  if (Utf8Length(presenter) > kMaxShortTextChars) {
    return Status::InvalidArgument(
        TooLong(field + ".presenter", "người trình bày", kMaxShortTextChars));
  }
  out.set_presenter(std::move(presenter));

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
  std::string title = Trim(sitting.title());
  if (title.empty()) title = "Phiên họp thứ " + std::to_string(id);
  if (Utf8Length(title) > kMaxSittingTitleChars) {
    return Status::InvalidArgument(
        TooLong(field + ".title", "tên phiên họp", kMaxSittingTitleChars));
  }
  out.set_title(std::move(title));
  if (sitting.has_planned_start()) *out.mutable_planned_start() = sitting.planned_start();
  return out;
}

Status ValidateRoster(const google::protobuf::RepeatedPtrField<v1::RosterEntry>& roster,
                      const std::string& field) {
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

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    char32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c >> 5) == 0x6) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c >> 4) == 0xE) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c >> 3) == 0x1E) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;  // truncated sequence
    for (size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

Result<std::string> CleanText(const std::string& text, const std::string& field, size_t limit,
                              bool required, const char* what) {
  std::string out = Trim(text);
  if (required && out.empty()) {
    return Status::InvalidArgument(field + ": phải ghi rõ " + what);
  }
  if (Utf8Length(out) > limit) {
    return Status::InvalidArgument(field + ": " + what + " dài quá " + std::to_string(limit) +
                                   " ký tự");
  }
  return out;
}

}  // namespace dienhong
