// The JSON export: the SessionRecord in the proto3 JSON mapping (original field names,
// every field present even when empty or zero, two-space indentation), ending in a
// newline. Deterministic: the same record always gives the same bytes.
//
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "common/result.h"
#include "dienhong/v1/records.pb.h"

namespace dienhong::records {

std::string RecordToJson(const v1::SessionRecord& record);

// The reverse, for verify: InvalidArgument naming what is wrong when the text is not a
// record.
Result<v1::SessionRecord> RecordFromJson(const std::string& json);

}  // namespace dienhong::records
