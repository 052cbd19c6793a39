#include "server/documents/document_lookup.h"

namespace dienhong::documents {

Result<const v1::Document*> FindDocument(const v1::SessionState& state, int64_t document_id,
                                         const std::string& field) {
  if (document_id <= 0) {
    return Status::InvalidArgument(field + ": chọn tài liệu (mã tài liệu phải lớn hơn 0)");
  }
  for (const auto& d : state.documents().documents()) {
    if (d.id() == document_id) return &d;
  }
  return Status::NotFound(field + " " + std::to_string(document_id) +
                          ": không có tài liệu này trong kỳ họp");
}

Result<const v1::DocumentVersion*> FindVersion(const v1::Document& document, int32_t number,
                                               const std::string& field) {
  for (const auto& v : document.versions()) {
    if (v.number() == number) return &v;
  }
  return Status::NotFound(field + " " + std::to_string(number) + ": tài liệu " +
                          std::to_string(document.id()) + " không có phiên bản này");
}

Status ValidateFileName(const std::string& name) {
  if (name.size() > 255) return Status::InvalidArgument("file_name: tối đa 255 byte");
  for (unsigned char c : name) {
    if (c == '/' || c == '\\') {
      return Status::InvalidArgument("file_name: chỉ ghi tên tệp, không kèm đường dẫn");
    }
    if (c < 0x20 || c == 0x7f) {
      return Status::InvalidArgument("file_name: không được chứa ký tự điều khiển");
    }
  }
  if (name == "." || name == "..")
    return Status::InvalidArgument("file_name: tên tệp không hợp lệ");
  return Status::Ok();
}

bool ReadsDrafts(const v1::Account& account) {
  return account.role() == v1::ROLE_SECRETARY || account.role() == v1::ROLE_CHAIR ||
         account.role() == v1::ROLE_ADMINISTRATOR;
}

}  // namespace dienhong::documents
