// Lookups in a session's documents shared by the reactors and the service, with the
// refusals worded once (naming the request field).
//
// Thread-safety: pure functions over a state the caller holds.
#pragma once

#include <cstdint>
#include <string>

#include "common/result.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::documents {

// The document `document_id` of the session, or NotFound naming `field`.
Result<const v1::Document*> FindDocument(const v1::SessionState& state, int64_t document_id,
                                         const std::string& field);

// Version `number` of `document`, or NotFound naming `field`.
Result<const v1::DocumentVersion*> FindVersion(const v1::Document& document, int32_t number,
                                               const std::string& field);

// What a file name may be: a name without a path, at most 255 bytes, no control
// characters. Empty is allowed (the server names the file).
Status ValidateFileName(const std::string& name);

// Whether the role reads drafts and withdrawn papers (the secretariat and the chair).
bool ReadsDrafts(const v1::Account& account);

}  // namespace dienhong::documents
