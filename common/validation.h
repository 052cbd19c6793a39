// Validation and normalisation of what people type into commands: titles, agenda items,
// documents, sittings, rosters. Each function names the offending request field in its
// error (e.g. "agenda[2].title: ...") so the secretary knows exactly what to fix.
//
// Normalisation (trimming surrounding whitespace, clearing server-assigned fields) happens
// here too, so the events carry the cleaned values and every fold sees the same text.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/limits.h"
#include "common/result.h"
#include "common/status.h"
#include "common/text.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong {

inline constexpr int32_t kMaxPlannedMinutes = 24 * 60;

// "sha256:" followed by 64 lower-case hex digits; the empty string is also accepted.
bool IsValidDigest(std::string_view digest);

// Checks an agenda item given by a client; `field` is its request path ("item",
// "agenda[3]"). Returns the item with text trimmed, the given id and PENDING status, and
// no start/end times.
Result<v1::AgendaItem> NormalizeAgendaItem(const v1::AgendaItem& item, const std::string& field,
                                           int64_t id);

// Checks a sitting given by a client. An empty title becomes "Phiên họp thứ <id>": a
// secretary often plans "three sittings" before knowing what each will be called.
// Returns the sitting with the given id, PLANNED status, and no attendance or times
// other than planned_start.
Result<v1::Sitting> NormalizeSitting(const v1::Sitting& sitting, const std::string& field,
                                     int64_t id);

// Every delegate_id positive and distinct; `field` is the request path ("roster").
// Duplicates would be counted twice by the quorum, hence refused rather than merged.
Status ValidateRoster(const google::protobuf::RepeatedPtrField<v1::RosterEntry>& roster,
                      const std::string& field);

}  // namespace dienhong
