#include "server/documents/download_reactor.h"

#include <algorithm>
#include <atomic>

#include "server/documents/blob_store.h"
#include "server/documents/document_lookup.h"
#include "server/grpc_status.h"
#include "server/services/caller.h"

namespace dienhong::documents {
namespace {

constexpr char kMethod[] = DH_METHOD(DocumentService, DownloadDocument);

// Downloads streaming right now, for the chunk size (see the header).
std::atomic<int64_t> active_downloads{0};

size_t ChunkSize() {
  const int64_t active = std::max<int64_t>(1, active_downloads.load(std::memory_order_relaxed));
  return std::clamp<size_t>(static_cast<size_t>(kBufferBudget / active), kMinDownloadChunk,
                            kMaxDownloadChunk);
}

}  // namespace

Result<ResolvedFile> ResolveDownload(const v1::SessionState& state,
                                     const v1::DownloadDocumentRequest& request,
                                     const v1::Account& account) {
  const bool drafts = ReadsDrafts(account);
  auto doc = FindDocument(state, request.document_id(), "document_id");
  // A draft or withdrawn paper does not exist for those who may not read it.
  if (doc.ok() && !drafts && (*doc)->withdrawn()) {
    doc = Status::NotFound("document_id " + std::to_string(request.document_id()) +
                           ": không có tài liệu này trong kỳ họp");
  }
  if (!doc.ok()) return doc.status();
  const v1::Document& d = **doc;
  if (d.confidential()) {
    return Status::FailedPrecondition("document_id " + std::to_string(d.id()) +
                                      ": tài liệu mật không có bản điện tử; được phát bản giấy "
                                      "tại kỳ họp");
  }
  if (!v1::DocumentPart_IsValid(request.part())) {
    return Status::InvalidArgument("part: chọn PDF hoặc bản gốc (DOCUMENT_PART_ORIGINAL)");
  }
  if (request.version() < 0) return Status::InvalidArgument("version: không được âm");
  if (request.offset() < 0) return Status::InvalidArgument("offset: không được âm");
  const v1::DocumentVersion* version = nullptr;
  if (request.version() == 0) {
    for (const auto& v : d.versions()) {
      if (drafts || v.has_published_at()) {
        if (version == nullptr || v.number() > version->number()) version = &v;
      }
    }
    if (version == nullptr) {
      return Status::FailedPrecondition("document_id " + std::to_string(d.id()) +
                                        ": tài liệu chưa được gửi đến đại biểu (chưa công bố)");
    }
  } else {
    DH_ASSIGN_OR_RETURN(version, FindVersion(d, request.version(), "version"));
    if (!drafts && !version->has_published_at()) {
      return Status::FailedPrecondition("version " + std::to_string(request.version()) +
                                        ": phiên bản này chưa được gửi đến đại biểu (bản nháp)");
    }
  }
  ResolvedFile resolved;
  resolved.version = version->number();
  if (request.part() == v1::DOCUMENT_PART_ORIGINAL) {
    if (!version->has_original() || version->original().digest().empty()) {
      return Status::NotFound("part: phiên bản " + std::to_string(version->number()) +
                              " không có bản gốc đính kèm");
    }
    resolved.file = version->original();
  } else {
    resolved.file = version->pdf();
  }
  return resolved;
}

DownloadReactor::DownloadReactor(ServerCore& core, grpc::CallbackServerContext* ctx,
                                 const v1::DownloadDocumentRequest& request)
    : core_(core), ctx_(ctx) {
  Status s = Start(request);
  if (!s.ok()) {
    Finish(ToGrpc(s));
    return;
  }
  counted_ = true;
  active_downloads.fetch_add(1, std::memory_order_relaxed);
  WriteNext();
}

DownloadReactor::~DownloadReactor() {
  if (counted_) active_downloads.fetch_sub(1, std::memory_order_relaxed);
}

Status DownloadReactor::Start(const v1::DownloadDocumentRequest& request) {
  DH_ASSIGN_OR_RETURN(Principal principal, Admit(core_, ctx_, kMethod));
  DH_ASSIGN_OR_RETURN(v1::SessionState state, core_.engine.State(request.session_id()));
  DH_RETURN_IF_ERROR(RequireCouncil(principal, state.council_id()));
  DH_ASSIGN_OR_RETURN(ResolvedFile resolved, ResolveDownload(state, request, principal.account));
  DH_ASSIGN_OR_RETURN(file_, core_.blobs->OpenBlob(resolved.file.digest()));
  size_ = file_->Size();
  if (size_ != resolved.file.size_bytes()) {
    return Status::Internal("tệp " + resolved.file.digest() + " trên đĩa có " +
                            std::to_string(size_) + " byte, sổ ghi " +
                            std::to_string(resolved.file.size_bytes()));
  }
  if (request.offset() > size_) {
    return Status::OutOfRange("offset " + std::to_string(request.offset()) +
                              ": vượt quá cuối tệp (" + std::to_string(size_) +
                              " byte); tải lại từ 0 hoặc từ một vị trí trong tệp");
  }
  offset_ = request.offset();
  *message_.mutable_file() = resolved.file;
  message_.set_version(resolved.version);
  return Status::Ok();
}

void DownloadReactor::WriteNext() {
  if (!first_ && offset_ >= size_) {
    Finish(grpc::Status::OK);
    return;
  }
  if (!first_) {
    message_.clear_file();
    message_.clear_version();
  }
  first_ = false;
  const size_t n = static_cast<size_t>(std::min<int64_t>(ChunkSize(), size_ - offset_));
  std::string data(n, '\0');  // a fresh buffer: the previous chunk's is released
  auto got = file_->Read(offset_, n, data.data());
  if (!got.ok()) {
    Finish(ToGrpc(got.status()));
    return;
  }
  if (got->size() != n) {
    Finish(ToGrpc(Status::Internal("tệp tài liệu ngắn hơn kích thước đã ghi")));
    return;
  }
  message_.set_offset(offset_);
  message_.set_data(std::move(data));
  offset_ += static_cast<int64_t>(n);
  StartWrite(&message_);
}

void DownloadReactor::OnWriteDone(bool ok) {
  if (!ok) {
    Finish(grpc::Status(grpc::StatusCode::CANCELLED, "tải xuống bị ngắt"));
    return;
  }
  WriteNext();
}

}  // namespace dienhong::documents
