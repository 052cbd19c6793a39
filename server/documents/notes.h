// The bounds of a delegate's notes and bookmarks on a document, checked before they are
// stored (store/notes_table.h): at most 500 notes of at most 2000 characters, at most 500
// bookmarks, pages from 1. Notes are kept in page order; bookmarks sorted, once each.
//
// Thread-safety: pure function.
#pragma once

#include "common/result.h"
#include "dienhong/v1/document_service.pb.h"

namespace dienhong::documents {

inline constexpr int kMaxNotes = 500;
inline constexpr int kMaxBookmarks = 500;
inline constexpr size_t kMaxNoteChars = 2000;
inline constexpr int32_t kMaxPage = 100000;

// The notes to store for `request` (ids copied), or the first bound it breaks.
Result<v1::DocumentNotes> NormalizeNotes(const v1::SetDocumentNotesRequest& request);

}  // namespace dienhong::documents
