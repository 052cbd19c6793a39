#include "server/documents/upload_reactor.h"

#include <spdlog/spdlog.h>

#include "server/documents/content_check.h"
#include "server/documents/document_lookup.h"
#include "server/grpc_status.h"
#include "server/services/caller.h"
#include "server/services/command_runner.h"

namespace dienhong::documents {
namespace {

constexpr char kMethod[] = DH_METHOD(DocumentService, UploadDocument);

std::string Mib(int64_t bytes) {
  const int64_t tenths = (bytes * 10 + (int64_t{1} << 19)) >> 20;
  return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MiB";
}

Status RefuseConfidential(int64_t document_id) {
  return Status::FailedPrecondition(
      "document_id " + std::to_string(document_id) +
      ": tài liệu mật không nhận nội dung tệp (chỉ phát bản giấy); không có gì được lưu");
}

}  // namespace

UploadReactor::UploadReactor(ServerCore& core, grpc::CallbackServerContext* ctx,
                             v1::CommandReply* reply)
    : core_(core), ctx_(ctx), reply_(reply) {
  auto principal = Admit(core_, ctx_, kMethod);
  if (!principal.ok()) {
    Finish(ToGrpc(principal.status()));
    return;
  }
  principal_ = std::move(principal).value();
  StartRead(&request_);
}

void UploadReactor::OnReadDone(bool ok) {
  if (!ok) {
    if (ctx_->IsCancelled()) {
      if (writer_) writer_->Abort();
      Finish(grpc::Status(grpc::StatusCode::CANCELLED, "tải lên đã bị hủy; không có gì được lưu"));
      return;
    }
    // The client half-closed: the whole file should be here.
    if (!have_header_) {
      Fail(Status::InvalidArgument(
          "header: tin nhắn đầu tiên phải là phần đầu (header) mô tả tệp tải lên"));
      return;
    }
    if (received_ != header_.size_bytes()) {
      Fail(Status::InvalidArgument(
          "size_bytes: đã khai báo " + std::to_string(header_.size_bytes()) +
          " byte nhưng chỉ nhận được " + std::to_string(received_) + " byte; hãy tải lên lại"));
      return;
    }
    core_.blocking.Post([this] { Complete(); });
    return;
  }
  Status s = Status::Ok();
  if (!have_header_) {
    if (request_.body_case() != v1::UploadDocumentRequest::kHeader) {
      s = Status::InvalidArgument(
          "header: tin nhắn đầu tiên phải là phần đầu (header) mô tả tệp, sau đó mới đến các "
          "phần nội dung (chunk)");
    } else {
      s = TakeHeader(request_.header());
    }
  } else if (request_.body_case() != v1::UploadDocumentRequest::kChunk) {
    s = Status::InvalidArgument("header: chỉ gửi phần đầu một lần, các tin nhắn sau là chunk");
  } else {
    s = TakeChunk(request_.chunk());
  }
  if (!s.ok()) {
    Fail(s);
    return;
  }
  StartRead(&request_);
}

Status UploadReactor::TakeHeader(const v1::UploadDocumentRequest::Header& header) {
  header_ = header;
  have_header_ = true;
  session_id_ = header.session_id();
  DH_ASSIGN_OR_RETURN(int64_t council, core_.engine.CouncilOf(session_id_));
  DH_RETURN_IF_ERROR(RequireCouncil(*principal_, council));
  // The header (session, document, part, size, digest) is the command the id names.
  DH_ASSIGN_OR_RETURN(key_, IdempotencyKey(*principal_, header.request_id(), session_id_, header));
  if (!v1::DocumentPart_IsValid(header.part())) {
    return Status::InvalidArgument(
        "part: chọn PDF (DOCUMENT_PART_PDF) hoặc bản gốc "
        "(DOCUMENT_PART_ORIGINAL)");
  }
  if (header.size_bytes() <= 0) {
    return Status::InvalidArgument(
        "size_bytes: tệp rỗng (0 byte) không được nhận; hãy chọn tệp có nội dung");
  }
  if (header.size_bytes() > core_.max_document_bytes) {
    return Status::InvalidArgument("size_bytes: tệp " + Mib(header.size_bytes()) +
                                   " vượt giới hạn " + Mib(core_.max_document_bytes) +
                                   " của máy chủ (--max-document-mib); hãy giảm dung lượng tệp");
  }
  if (!header.expected_digest().empty() && !BlobStore::IsDigest(header.expected_digest())) {
    return Status::InvalidArgument(
        "expected_digest: phải có dạng sha256:<64 chữ số hex thường>, hoặc để trống");
  }
  DH_RETURN_IF_ERROR(ValidateFileName(header.file_name()));

  DH_ASSIGN_OR_RETURN(v1::SessionState state, core_.engine.State(session_id_));
  if (header.part() == v1::DOCUMENT_PART_ORIGINAL) {
    DH_ASSIGN_OR_RETURN(const v1::Document* doc,
                        FindDocument(state, header.document_id(), "document_id"));
    if (doc->confidential()) return RefuseConfidential(doc->id());
    if (header.version() <= 0) {
      return Status::InvalidArgument("version: chọn phiên bản được đính kèm bản gốc");
    }
    DH_RETURN_IF_ERROR(FindVersion(*doc, header.version(), "version").status());
    auto* c = command_.mutable_attach_original();
    c->set_document_id(doc->id());
    c->set_version(header.version());
  } else if (header.new_version_of() != 0) {
    DH_ASSIGN_OR_RETURN(const v1::Document* doc,
                        FindDocument(state, header.new_version_of(), "new_version_of"));
    if (doc->confidential()) return RefuseConfidential(doc->id());
    command_.mutable_add_document_version()->set_document_id(doc->id());
  } else {
    if (header.document().confidential()) {
      return Status::InvalidArgument(
          "document.confidential: tài liệu mật không nhận nội dung tệp; hãy ghi nhận bằng "
          "AddConfidentialDocument (chỉ thông tin, phát bản giấy)");
    }
    v1::Document* d = command_.mutable_add_document()->mutable_document();
    *d = header.document();
    // Server-owned fields (document.proto): whatever the client sent is ignored.
    d->clear_id();
    d->clear_order();
    d->clear_versions();
    d->clear_created_at();
    d->clear_published_at();
    d->clear_withdrawn();
  }
  DH_ASSIGN_OR_RETURN(writer_, core_.blobs->NewWriter());
  return Status::Ok();
}

Status UploadReactor::TakeChunk(const std::string& chunk) {
  if (static_cast<int64_t>(chunk.size()) > kMaxChunkBytes) {
    return Status::InvalidArgument("chunk: mỗi phần tối đa 1 MiB (nhận " +
                                   std::to_string(chunk.size()) + " byte)");
  }
  if (received_ + static_cast<int64_t>(chunk.size()) > header_.size_bytes()) {
    return Status::InvalidArgument("size_bytes: đã nhận nhiều hơn " +
                                   std::to_string(header_.size_bytes()) +
                                   " byte đã khai báo; hãy tải lên lại");
  }
  DH_RETURN_IF_ERROR(writer_->Append(chunk));
  received_ += static_cast<int64_t>(chunk.size());
  return Status::Ok();
}

void UploadReactor::Complete() {
  if (ctx_->IsCancelled()) {
    writer_->Abort();
    Finish(grpc::Status(grpc::StatusCode::CANCELLED, "tải lên đã bị hủy; không có gì được lưu"));
    return;
  }
  const bool original = header_.part() == v1::DOCUMENT_PART_ORIGINAL;
  auto blob =
      writer_->Commit(original ? BlobKind::kOffice : BlobKind::kPdf, header_.expected_digest());
  if (!blob.ok()) {
    Fail(blob.status());
    return;
  }
  v1::StoredFile file;
  file.set_digest(blob->digest);
  file.set_size_bytes(blob->size_bytes);
  file.set_media_type(blob->media_type);
  std::string name = header_.file_name();
  if (name.empty()) {
    name = !original                        ? "tai-lieu.pdf"
           : blob->media_type == kMediaDocx ? "ban-goc.docx"
                                            : "ban-goc.xlsx";
  }
  file.set_file_name(name);
  switch (command_.body_case()) {
    case v1::Command::kAttachOriginal:
      *command_.mutable_attach_original()->mutable_original() = file;
      break;
    case v1::Command::kAddDocumentVersion:
      *command_.mutable_add_document_version()->mutable_version()->mutable_pdf() = file;
      break;
    default:
      *command_.mutable_add_document()->mutable_document()->add_versions()->mutable_pdf() = file;
      break;
  }
  core_.engine.Execute(
      session_id_, command_, ContextOf(core_, *principal_), key_,
      [this, stored = *blob](Result<v1::CommandReply> r) {
        if (r.ok()) {
          *reply_ = std::move(r).value();
          spdlog::info("UploadDocument session={} account={} digest={} size={} seq={}", session_id_,
                       principal_->account.name(), stored.digest, stored.size_bytes, reply_->seq());
        }
        const bool referenced = r.ok();
        if (referenced || !stored.created) {
          core_.blobs->Release(stored, referenced);  // no file-system work
          Finish(ToGrpc(r.status()));
          return;
        }
        // Refused: remove the file this upload created, off the writer's thread.
        core_.blocking.Post([this, stored, status = r.status()] {
          core_.blobs->Release(stored, false);
          Finish(ToGrpc(status));
        });
      });
}

void UploadReactor::Fail(const Status& status) {
  if (writer_) writer_->Abort();
  Finish(ToGrpc(status));
}

}  // namespace dienhong::documents
