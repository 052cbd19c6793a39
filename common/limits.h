// Every bound on what a caller can put into a session or the registry, in one place, so
// that docs/api.md ("Giới hạn") can list them and a test can add them up: the largest
// state a session can reach under these bounds must stay well under what its clients
// can receive (docs/security.md, "A delegate pushing limits").
//
// Text limits are in characters (Unicode code points after NFC), never bytes: a
// Vietnamese title of 500 letters takes up to ~1,500 bytes in UTF-8, and a 4-byte emoji
// counts as one character. Budgets of bytes are derived from them (x4) where needed.
//
// Count limits bound the lists a caller can grow. Those that one delegate can grow
// (questions, floor requests) are per delegate and per session, so that one tablet
// cannot push a session out of reach of every other one.
//
// Thread-safety: constants only.
#pragma once

#include <cstddef>
#include <cstdint>

namespace dienhong {

// --- Text, in characters ---------------------------------------------------------------
inline constexpr size_t kMaxSessionTitleChars = 500;
inline constexpr size_t kMaxSittingTitleChars = 500;
// Titles of draft resolutions are long ("Nghị quyết quy định ... giai đoạn 2026–2030").
inline constexpr size_t kMaxItemTitleChars = 1000;
inline constexpr size_t kMaxDocumentTitleChars = 1000;
inline constexpr size_t kMaxShortTextChars = 500;  // place, presenter, council name, agency
inline constexpr size_t kMaxUriChars = 2000;
inline constexpr size_t kMaxReasonChars = 1000;
inline constexpr size_t kMaxTopicChars = 500;  // a floor request's or question's topic
inline constexpr size_t kMaxQuestionChars = 4000;
inline constexpr size_t kMaxConclusionChars = 8000;
inline constexpr size_t kMaxCommitmentChars = 2000;
inline constexpr size_t kMaxIssueChars = 1000;
inline constexpr size_t kMaxEvidenceChars = 2000;
inline constexpr size_t kMaxWrittenAnswerChars = 8000;
inline constexpr size_t kMaxPollTitleChars = 1000;
inline constexpr size_t kMaxChoiceLabelChars = 500;
// Registry: a council, a delegate, an account.
inline constexpr size_t kMaxCouncilNameChars = 300;
inline constexpr size_t kMaxPersonNameChars = 200;  // a delegate's full name, a display name
inline constexpr size_t kMaxPersonTitleChars = 200;  // "Phó Chủ tịch UBND tỉnh"
inline constexpr size_t kMaxGroupChars = 200;        // tổ đại biểu, ban
inline constexpr size_t kMaxSeatChars = 20;
inline constexpr size_t kMaxLoginChars = 64;

// --- Lists one caller can grow ---------------------------------------------------------
// Written questions one delegate may submit in one session (a questioning session sees
// a handful per delegate; 20 leaves room for a long regular session).
inline constexpr int kMaxQuestionsPerDelegate = 20;
// Floor requests one delegate may make in one session, withdrawn ones included (a
// request stays in the state once made). A week-long session with a debate on every
// item stays well under it.
inline constexpr int kMaxFloorRequestsPerDelegate = 100;
// Characters one delegate may type into a session in all (questions, their topics and
// floor requests' topics): twenty questions of a thousand characters, or five of the
// longest. With the counts above this bounds what one delegate adds to the state,
// whatever they type (x4 bytes for emoji): tests/common/limits_test.cc.
inline constexpr size_t kMaxTypedCharsPerDelegate = 20000;
// Documents attached to one agenda item, and in a whole session (the dossier).
inline constexpr int kMaxDocumentsPerItem = 50;
inline constexpr int kMaxDocumentsPerSession = 500;
inline constexpr int kMaxVersionsPerDocument = 20;
// Committees (ban) one delegate belongs to.
inline constexpr int kMaxCommitteesPerDelegate = 10;
// Respondents invited to one session, question groups, agenda items, sittings, polls:
// the secretariat's lists, bounded so that the worst case below is computable.
inline constexpr int kMaxRespondentsPerSession = 200;
inline constexpr int kMaxQuestionGroups = 200;
inline constexpr int kMaxAgendaItems = 300;
inline constexpr int kMaxSittings = 100;
inline constexpr int kMaxPollsPerSession = 1000;
// A poll's questions (a confidence rating lists every official rated) and each question's
// choices (an election lists every candidate).
inline constexpr int kMaxPollQuestions = 200;
inline constexpr int kMaxChoicesPerQuestion = 200;
// Delegates on one council's roster (a session copies it). The largest people's councils,
// of provinces merged in 2025, seat a few hundred at most during the transition term.
inline constexpr int kMaxDelegatesPerCouncil = 300;

// --- Messages ----------------------------------------------------------------------------
// The largest gRPC message the server sends and its clients (the Qt client, dienhongctl)
// accept. gRPC's default receive limit is 4 MiB: a large legitimate session (a long
// questioning session with its full floor history) can pass it, and a client stuck at
// 4 MiB would see RESOURCE_EXHAUSTED for GetSession and go dark. 64 MiB is far above the
// worst case computed under the limits above (tests/common/limits_test.cc) and still
// small next to a tablet's memory.
inline constexpr int kMaxMessageBytes = 64 * 1024 * 1024;
// A live stream's snapshot larger than this is sent as consecutive SnapshotPart
// messages of at most this many bytes each (docs/api.md, Subscribe), so that no single
// live message approaches even gRPC's default limit.
inline constexpr size_t kSnapshotPartBytes = 1024 * 1024;

}  // namespace dienhong
