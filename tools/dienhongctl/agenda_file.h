// The session file of `dienhongctl session create`: a session's title, kind, place,
// planned sittings and agenda with documents, written by a secretary in YAML or JSON.
//
//   title: Kỳ họp thứ 12
//   kind: regular            # regular|thematic|extraordinary|explanation_hearing|...
//   place: Hội trường UBND tỉnh
//   sittings:
//     - {title: Phiên khai mạc, planned_start: "2026-12-08T08:00:00+07:00"}
//   agenda:
//     - kind: report         # report|submission|draft_resolution|discussion|...
//       title: Báo cáo kinh tế - xã hội năm 2026
//       planned_minutes: 30
//       presenter: Chủ tịch UBND tỉnh
//       documents: [{title: Báo cáo số 12, uri: docs/bc-12.pdf, digest: "sha256:..."}]
//
// Errors name the path of the offending value, e.g. "agenda[2].kind: ...", so that a
// long file can be fixed without guessing. Unknown keys are errors too: a misspelt
// "planed_minutes" silently ignored would put a wrong plan before the council.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"
#include "dienhong/v1/session_service.pb.h"

namespace dienhong::ctl {

enum class SessionFileFormat { kJson, kYaml };

// By extension: .json -> JSON; .yaml/.yml -> YAML; anything else is an error.
Result<SessionFileFormat> SessionFileFormatFromPath(std::string_view path);

// A CreateSessionRequest with title, kind, place, sittings and agenda filled in;
// council_id and request_id are left for the caller.
Result<v1::CreateSessionRequest> ParseSessionFile(std::string_view text, SessionFileFormat format);

}  // namespace dienhong::ctl
