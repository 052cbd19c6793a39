#include "server/records/exporter.h"

#include "server/records/csv_export.h"
#include "server/records/docx_export.h"
#include "server/records/json_export.h"
#include "server/records/pdf_export.h"
#include "server/records/record_builder.h"
#include "server/records/record_source.h"

namespace dienhong::records {
namespace {

v1::ExportProgress Progress(const char* stage, int64_t done, int64_t total) {
  v1::ExportProgress p;
  p.set_stage(stage);
  p.set_done(done);
  p.set_total(total);
  return p;
}

std::string BaseName(const v1::SessionRecord::Coverage& c, bool minutes) {
  std::string name = minutes ? "bien-ban-ky-hop-" : "ho-so-ky-hop-";
  name += std::to_string(c.session_id());
  if (c.sitting_id() != 0) name += "-phien-" + std::to_string(c.sitting_id());
  return name + "-den-su-kien-" + std::to_string(c.last_seq());
}

}  // namespace

Status ValidateFormat(v1::ExportFormat format) {
  switch (format) {
    case v1::EXPORT_FORMAT_DOCX:
    case v1::EXPORT_FORMAT_PDF:
    case v1::EXPORT_FORMAT_CSV:
    case v1::EXPORT_FORMAT_JSON:
      return Status::Ok();
    default:
      return Status::InvalidArgument(
          "format: chưa chọn định dạng hoặc định dạng không hợp lệ (DOCX, PDF, CSV hoặc JSON)");
  }
}

Result<ExportedFile> RenderRecord(const v1::SessionRecord& record, v1::ExportFormat format) {
  DH_RETURN_IF_ERROR(ValidateFormat(format));
  ExportedFile file;
  file.covered = record.covered();
  switch (format) {
    case v1::EXPORT_FORMAT_DOCX: {
      file.file_name = BaseName(record.covered(), true) + ".docx";
      file.media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      DH_ASSIGN_OR_RETURN(file.bytes, RecordToDocx(record));
      break;
    }
    case v1::EXPORT_FORMAT_PDF: {
      file.file_name = BaseName(record.covered(), true) + ".pdf";
      file.media_type = "application/pdf";
      DH_ASSIGN_OR_RETURN(file.bytes, RecordToPdf(record));
      break;
    }
    case v1::EXPORT_FORMAT_CSV:
      file.file_name = BaseName(record.covered(), false) + ".csv";
      file.media_type = "text/csv; charset=utf-8";
      file.bytes = RecordToCsv(record);
      break;
    default:
      file.file_name = BaseName(record.covered(), false) + ".json";
      file.media_type = "application/json";
      file.bytes = RecordToJson(record);
      break;
  }
  return file;
}

Result<v1::SessionRecord> RecordFromLog(store::LogReader& reader, int64_t session_id,
                                        int64_t sitting_id, int64_t up_to_seq,
                                        const ExportProgressFn& progress) {
  if (sitting_id < 0) return Status::InvalidArgument("sitting_id: không được âm (0 = cả kỳ họp)");
  DH_ASSIGN_OR_RETURN(auto events,
                      ReadSessionStream(reader, session_id, up_to_seq, [&](int64_t d, int64_t t) {
                        if (progress) progress(Progress("read", d, t));
                      }));
  return BuildRecord(events, sitting_id, [&](int64_t d, int64_t t) {
    if (progress) progress(Progress("fold", d, t));
  });
}

Result<ExportedFile> ExportFromLog(store::LogReader& reader, const v1::ExportRecordRequest& request,
                                   const ExportProgressFn& progress) {
  // Refuse a bad format before reading tens of thousands of events.
  DH_RETURN_IF_ERROR(ValidateFormat(request.format()));
  DH_ASSIGN_OR_RETURN(auto record, RecordFromLog(reader, request.session_id(), request.sitting_id(),
                                                 request.up_to_seq(), progress));
  if (progress) progress(Progress("render", 0, 1));
  DH_ASSIGN_OR_RETURN(auto file, RenderRecord(record, request.format()));
  if (progress) progress(Progress("render", 1, 1));
  return file;
}

}  // namespace dienhong::records
