#include "server/documents/notes.h"

#include <algorithm>
#include <vector>

#include "common/validation.h"

namespace dienhong::documents {
namespace {

Status CheckPage(int32_t page, const std::string& field) {
  if (page < 1 || page > kMaxPage) {
    return Status::InvalidArgument(field + ": số trang từ 1 đến " + std::to_string(kMaxPage) +
                                   " (đang là " + std::to_string(page) + ")");
  }
  return Status::Ok();
}

}  // namespace

Result<v1::DocumentNotes> NormalizeNotes(const v1::SetDocumentNotesRequest& request) {
  if (request.notes_size() > kMaxNotes) {
    return Status::InvalidArgument("notes: tối đa " + std::to_string(kMaxNotes) +
                                   " ghi chú trên một tài liệu (đang có " +
                                   std::to_string(request.notes_size()) + ")");
  }
  if (request.bookmarks_size() > kMaxBookmarks) {
    return Status::InvalidArgument("bookmarks: tối đa " + std::to_string(kMaxBookmarks) +
                                   " dấu trang trên một tài liệu (đang có " +
                                   std::to_string(request.bookmarks_size()) + ")");
  }
  v1::DocumentNotes notes;
  notes.set_session_id(request.session_id());
  notes.set_document_id(request.document_id());
  std::vector<v1::PageNote> sorted;
  for (int i = 0; i < request.notes_size(); ++i) {
    const auto& n = request.notes(i);
    const std::string field = "notes[" + std::to_string(i) + "]";
    DH_RETURN_IF_ERROR(CheckPage(n.page(), field + ".page"));
    const size_t length = Utf8Length(n.text());
    if (length > kMaxNoteChars) {
      return Status::InvalidArgument(field + ".text: tối đa " + std::to_string(kMaxNoteChars) +
                                     " ký tự (đang có " + std::to_string(length) + ")");
    }
    sorted.push_back(n);
  }
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.page() < b.page(); });
  for (auto& n : sorted) *notes.add_notes() = std::move(n);
  std::vector<int32_t> bookmarks(request.bookmarks().begin(), request.bookmarks().end());
  for (size_t i = 0; i < bookmarks.size(); ++i) {
    DH_RETURN_IF_ERROR(CheckPage(bookmarks[i], "bookmarks[" + std::to_string(i) + "]"));
  }
  std::sort(bookmarks.begin(), bookmarks.end());
  bookmarks.erase(std::unique(bookmarks.begin(), bookmarks.end()), bookmarks.end());
  for (int32_t b : bookmarks) notes.add_bookmarks(b);
  return notes;
}

}  // namespace dienhong::documents
