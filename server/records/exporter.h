// Exporter: from the log to a file. Reads a session's stream (record_source.h), folds it
// (record_builder.h) and renders the record in the asked format. The records service,
// `dienhongctl verify --export` (which regenerates and compares) and the benchmark all go
// through here, so they cannot drift apart.
//
// Thread-safety: RenderRecord is pure; ExportFromLog uses the caller's LogReader (one
// thread at a time, see log_reader.h).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "common/result.h"
#include "dienhong/v1/records.pb.h"
#include "dienhong/v1/records_service.pb.h"
#include "server/store/log_reader.h"

namespace dienhong::records {

struct ExportedFile {
  std::string file_name;
  std::string media_type;
  std::string bytes;
  v1::SessionRecord::Coverage covered;
};

// What is being done: stage "read" / "fold" / "render", done out of total.
using ExportProgressFn = std::function<void(const v1::ExportProgress&)>;

// InvalidArgument for EXPORT_FORMAT_UNSPECIFIED or an unknown value (naming the formats).
Status ValidateFormat(v1::ExportFormat format);

Result<ExportedFile> RenderRecord(const v1::SessionRecord& record, v1::ExportFormat format);

// The whole path; request fields as in ExportRecordRequest.
Result<ExportedFile> ExportFromLog(store::LogReader& reader, const v1::ExportRecordRequest& request,
                                   const ExportProgressFn& progress = {});

// The record alone (what verify compares JSON exports with).
Result<v1::SessionRecord> RecordFromLog(store::LogReader& reader, int64_t session_id,
                                        int64_t sitting_id, int64_t up_to_seq,
                                        const ExportProgressFn& progress = {});

}  // namespace dienhong::records
