// The documents part of the session record: every paper with each version's date sent,
// on time or late against the dossier deadline and its digest; the receipts (per
// published version, every delegate of the roster: received, opened); and every override
// of the dossier gate. See docs/documents.md.
//
// Everything comes from the folded SessionState.documents, except who overrode the gate
// (the event's actor), which the builder notes while folding (`override_actors`). Notes
// a delegate keeps on a document are not in the state, and so never in a record.
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "dienhong/v1/records.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::records {

// Adds the documents and receipts (when `sitting_id` is 0: papers belong to the session,
// not to a sitting) and the overrides of the polls of sitting `sitting_id` (0 = all).
// `override_actors`: poll id -> who overrode the gate when opening it ("Chủ tọa Trần Văn
// Chính (Chủ tọa)").
void AddDocuments(const v1::SessionState& state, int64_t sitting_id,
                  const std::map<int64_t, std::string>& override_actors, v1::SessionRecord& record);

}  // namespace dienhong::records
