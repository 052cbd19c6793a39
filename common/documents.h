// Session documents (tài liệu kỳ họp) as the session state holds them: lookups, the
// questions every screen and record asks of a document ("which version is the one the
// delegates have?", "when was it first sent?"), its Vietnamese labels, and the bounds on
// how many there may be. Shared by Decide, Apply, the checklist (common/dossier.h), the
// records and the clients, so that "sent" has one definition.
//
// Thread-safety: pure functions; pointers returned point into the argument and live as
// long as it is not modified structurally.
#pragma once

#include <cstdint>
#include <string>

#include "common/limits.h"
#include "dienhong/v1/document.pb.h"
#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {
namespace documents {

// The counts (papers per item and per session, versions per paper) are in common/limits.h.
// A page number on the big screen; documents are far shorter, this only bounds input.
inline constexpr int32_t kMaxScreenPage = 100000;
// Days before the opening a rule may ask for (a council's rule is a week or two).
inline constexpr int32_t kMaxDaysBefore = 90;

inline constexpr const char* kPdfMediaType = "application/pdf";
inline constexpr const char* kDocxMediaType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char* kXlsxMediaType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace documents

const v1::Document* FindDocument(const v1::SessionState& state, int64_t document_id);
v1::Document* FindDocument(v1::SessionState& state, int64_t document_id);

const v1::DocumentVersion* FindVersion(const v1::Document& document, int32_t number);
v1::DocumentVersion* FindVersion(v1::Document& document, int32_t number);

// The version the delegates have now: the published one not replaced by a later one, or
// nullptr (a draft only, or a confidential paper).
const v1::DocumentVersion* CurrentVersion(const v1::Document& document);

// The highest version number, 0 when there is none.
int32_t LatestVersionNumber(const v1::Document& document);

// Whether the document was ever sent to the delegates (a version published, or a
// confidential paper marked as handed out).
bool IsPublished(const v1::Document& document);

// When the document was first sent, microseconds since the epoch; 0 when never. The
// checklist counts a paper from this moment: a revised version sent later (a draft
// amended after the verification report) does not make the paper late. Each version's own
// date is still in the record.
int64_t FirstPublishedMicros(const v1::Document& document);

// "tài liệu 4 «Tờ trình số 12/TTr-UBND»": how a document is named in messages.
std::string DocumentName(const v1::Document& document);

// Apply for the document events (Event.body 180-189; common/apply_documents.cc); false
// for any other event, which it leaves alone. The times a version was published or
// replaced, and who overrode the dossier gate and when, come from the event's envelope
// (recorded_at, actor), so they are the log's, not a client's.
bool ApplyDocuments(v1::SessionState& state, const v1::Event& event);

// "Tờ trình", "Báo cáo thẩm tra", ...; "Chưa rõ loại" for an unknown value.
const char* DocumentKindLabel(v1::DocumentKind kind);
// "đúng hạn", "gửi muộn", "thiếu".
const char* PaperStatusLabel(v1::PaperStatus status);

}  // namespace dienhong
