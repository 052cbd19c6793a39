#include "common/documents.h"

#include <algorithm>

namespace dienhong {
namespace {

int64_t Micros(const google::protobuf::Timestamp& t) {
  return t.seconds() * 1000000 + t.nanos() / 1000;
}

}  // namespace

const v1::Document* FindDocument(const v1::SessionState& state, int64_t document_id) {
  for (const auto& d : state.documents().documents()) {
    if (d.id() == document_id) return &d;
  }
  return nullptr;
}

v1::Document* FindDocument(v1::SessionState& state, int64_t document_id) {
  if (!state.has_documents()) return nullptr;  // do not create an empty DocumentsState
  for (auto& d : *state.mutable_documents()->mutable_documents()) {
    if (d.id() == document_id) return &d;
  }
  return nullptr;
}

const v1::DocumentVersion* FindVersion(const v1::Document& document, int32_t number) {
  for (const auto& v : document.versions()) {
    if (v.number() == number) return &v;
  }
  return nullptr;
}

v1::DocumentVersion* FindVersion(v1::Document& document, int32_t number) {
  for (auto& v : *document.mutable_versions()) {
    if (v.number() == number) return &v;
  }
  return nullptr;
}

const v1::DocumentVersion* CurrentVersion(const v1::Document& document) {
  const v1::DocumentVersion* current = nullptr;
  for (const auto& v : document.versions()) {
    if (!v.has_published_at() || v.has_replaced_at()) continue;
    if (current == nullptr || v.number() > current->number()) current = &v;
  }
  return current;
}

int32_t LatestVersionNumber(const v1::Document& document) {
  int32_t n = 0;
  for (const auto& v : document.versions()) n = std::max(n, v.number());
  return n;
}

bool IsPublished(const v1::Document& document) { return FirstPublishedMicros(document) != 0; }

int64_t FirstPublishedMicros(const v1::Document& document) {
  if (document.confidential()) {
    return document.has_published_at() ? Micros(document.published_at()) : 0;
  }
  int64_t first = 0;
  for (const auto& v : document.versions()) {
    if (!v.has_published_at()) continue;
    const int64_t at = Micros(v.published_at());
    if (first == 0 || at < first) first = at;
  }
  return first;
}

std::string DocumentName(const v1::Document& document) {
  return "tài liệu " + std::to_string(document.id()) + " «" + document.title() + "»";
}

const char* DocumentKindLabel(v1::DocumentKind kind) {
  switch (kind) {
    case v1::DOCUMENT_KIND_SUBMISSION:
      return "Tờ trình";
    case v1::DOCUMENT_KIND_DRAFT_RESOLUTION:
      return "Dự thảo nghị quyết";
    case v1::DOCUMENT_KIND_VERIFICATION_REPORT:
      return "Báo cáo thẩm tra";
    case v1::DOCUMENT_KIND_REPORT:
      return "Báo cáo";
    case v1::DOCUMENT_KIND_REFERENCE:
      return "Tài liệu tham khảo";
    case v1::DOCUMENT_KIND_OTHER:
      return "Khác";
    default:
      return "Chưa rõ loại";
  }
}

const char* PaperStatusLabel(v1::PaperStatus status) {
  switch (status) {
    case v1::PAPER_STATUS_ON_TIME:
      return "đúng hạn";
    case v1::PAPER_STATUS_LATE:
      return "gửi muộn";
    case v1::PAPER_STATUS_MISSING:
      return "thiếu";
    default:
      return "chưa rõ";
  }
}

}  // namespace dienhong
