// UploadReactor: one DocumentService.UploadDocument call (client streaming, callback API).
//
// The first message must be the header (what the file is for: a new document, a new
// version of one, or the original of a version; its exact size and optionally its
// digest); every following message is a chunk of at most 1 MiB. The caller's role is
// checked before anything is read, the session's council and the target document when
// the header arrives, so a refused upload is refused before its bytes are stored. Chunks
// go to a BlobWriter (hashed as they arrive, written to a temporary file). When the client
// half-closes, the size, digest and content are checked and the file is made durable on
// the blocking pool; only then is the command (AddDocument, AddDocumentVersion or
// AttachOriginal, with the StoredFile filled in by the server) run through the session
// engine, and the call answered with its CommandReply once the event is durable.
//
// Nothing is left behind by a call that does not succeed: an error, a cancel or a broken
// connection aborts the writer (the temporary file is removed); a command that is refused
// after the file was stored releases it, which removes a file this upload created and
// nobody else uses (BlobStore::Release). A crash leaves at most a temporary file, which
// the next start removes.
//
// Confidential papers have no content: a header for a confidential document, or for a
// version of one, is refused (AddConfidentialDocument records them).
//
// Thread-safety: gRPC runs one reaction at a time for the reads; the completion runs on
// the blocking pool and then on the log writer's thread, each after the reads are over.
// Finish is called exactly once. gRPC owns the reactor and deletes it in OnDone.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>
#include <optional>
#include <string>

#include "dienhong/v1/document_service.pb.h"
#include "server/documents/blob_store.h"
#include "server/server_core.h"

namespace dienhong::documents {

// Limits of the upload protocol.
inline constexpr int64_t kMaxChunkBytes = int64_t{1} << 20;

class UploadReactor final : public grpc::ServerReadReactor<v1::UploadDocumentRequest> {
 public:
  UploadReactor(ServerCore& core, grpc::CallbackServerContext* ctx, v1::CommandReply* reply);

  void OnReadDone(bool ok) override;
  void OnDone() override { delete this; }

 private:
  Status TakeHeader(const v1::UploadDocumentRequest::Header& header);
  Status TakeChunk(const std::string& chunk);
  // After the last chunk, on the blocking pool: commit the file, then run the command.
  void Complete();
  void Fail(const Status& status);

  ServerCore& core_;
  grpc::CallbackServerContext* ctx_;
  v1::CommandReply* reply_;
  std::optional<Principal> principal_;
  v1::UploadDocumentRequest request_;  // the message being read
  bool have_header_ = false;
  v1::UploadDocumentRequest::Header header_;
  int64_t session_id_ = 0;
  std::string key_;      // idempotency key
  v1::Command command_;  // built from the header; the StoredFile is added at the end
  int64_t received_ = 0;
  std::unique_ptr<BlobWriter> writer_;
};

}  // namespace dienhong::documents
