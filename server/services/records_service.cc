#include "server/services/records_service.h"

#include <algorithm>

#include "server/grpc_status.h"
#include "server/records/exporter.h"
#include "server/services/caller.h"
#include "server/services/export_reactor.h"

namespace dienhong {
namespace {

void RunExport(const std::shared_ptr<ExportStream>& stream, const std::string& database,
               const v1::ExportRecordRequest& request) {
  if (stream->cancelled()) return;
  auto reader = store::LogReader::Open(database);
  if (!reader.ok()) {
    stream->Finish(ToGrpc(reader.status()));
    return;
  }
  auto file = records::ExportFromLog(**reader, request, [&](const v1::ExportProgress& p) {
    v1::ExportChunk chunk;
    *chunk.mutable_progress() = p;
    stream->Push(std::move(chunk));
  });
  if (!file.ok()) {
    stream->Finish(ToGrpc(file.status()));
    return;
  }
  v1::ExportChunk header;
  v1::ExportFileHeader* h = header.mutable_header();
  h->set_file_name(file->file_name);
  h->set_media_type(file->media_type);
  h->set_size(static_cast<int64_t>(file->bytes.size()));
  *h->mutable_covered() = file->covered;
  if (!stream->Push(std::move(header))) return;  // cancelled
  // Chunks are read from a spilled copy as the reader takes them (back-pressure).
  if (!stream->PushFile(file->bytes)) {
    stream->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                                "Không ghi được tệp xuất tạm thời (đĩa đầy?); hãy xuất lại."));
    return;
  }
  stream->Finish(grpc::Status::OK);
}

}  // namespace

grpc::ServerWriteReactor<v1::ExportChunk>* RecordsServiceImpl::ExportRecord(
    grpc::CallbackServerContext* ctx, const v1::ExportRecordRequest* req) {
  auto* reactor = new ExportReactor();
  Status status = [&]() -> Status {
    DH_ASSIGN_OR_RETURN(Principal principal,
                        Admit(core_, ctx, DH_METHOD(RecordsService, ExportRecord)));
    if (req->session_id() <= 0) return Status::InvalidArgument("session_id: chưa chọn kỳ họp");
    DH_ASSIGN_OR_RETURN(int64_t council, core_.engine.CouncilOf(req->session_id()));
    DH_RETURN_IF_ERROR(RequireCouncil(principal, council));
    DH_RETURN_IF_ERROR(records::ValidateFormat(req->format()));
    if (req->sitting_id() < 0) {
      return Status::InvalidArgument("sitting_id: không được âm (0 = cả kỳ họp)");
    }
    if (req->up_to_seq() < 0) {
      return Status::InvalidArgument("up_to_seq: không được âm (0 = đến sự kiện mới nhất)");
    }
    return Status::Ok();
  }();
  if (!status.ok()) {
    reactor->stream()->Finish(ToGrpc(status));
    return reactor;
  }
  core_.blocking.Post([stream = reactor->stream(), database = core_.database, request = *req] {
    RunExport(stream, database, request);
  });
  return reactor;
}

}  // namespace dienhong
