// DownloadReactor: one DocumentService.DownloadDocument call (server streaming, callback
// API). It resolves which file the caller may read (ResolveDownload), opens it, and
// streams it from the requested offset in chunks read at that offset: one write in flight,
// one chunk in memory, never the whole file. The first message carries the StoredFile and
// the version; every message carries the offset of its first byte, so a tablet whose
// connection dropped resumes with the offset it has (also after a server restart: the
// files are immutable, named by their digest).
//
// Chunks are at most 256 KiB; with many downloads at once they get smaller (down to
// 32 KiB), so that the bytes buffered across all streams stay within a fixed budget
// (kBufferBudget): 2,000 tablets fetching the dossier at once must not cost gigabytes.
//
// Reading a chunk (pread, normally from the page cache) runs on the gRPC callback thread
// that completed the previous write.
//
// Thread-safety: one write in flight; OnWriteDone runs one at a time; a cancel shows up as
// a failed write. gRPC owns the reactor and deletes it in OnDone.
#pragma once

#include <grpcpp/grpcpp.h>

#include <memory>

#include "dienhong/v1/document_service.pb.h"
#include "server/server_core.h"
#include "server/store/env.h"

namespace dienhong::documents {

inline constexpr size_t kMaxDownloadChunk = 256 * 1024;
inline constexpr size_t kMinDownloadChunk = 32 * 1024;
inline constexpr int64_t kBufferBudget = int64_t{128} << 20;

// The file a download request names, if `account` may read it: delegates, observers,
// respondents and the screen read published versions of non-confidential documents only;
// the secretariat and the chair (ReadsDrafts) read drafts too. version 0 = the latest
// published (for the secretariat: the latest).
struct ResolvedFile {
  v1::StoredFile file;
  int32_t version = 0;
};
Result<ResolvedFile> ResolveDownload(const v1::SessionState& state,
                                     const v1::DownloadDocumentRequest& request,
                                     const v1::Account& account);

class DownloadReactor final : public grpc::ServerWriteReactor<v1::DownloadDocumentChunk> {
 public:
  DownloadReactor(ServerCore& core, grpc::CallbackServerContext* ctx,
                  const v1::DownloadDocumentRequest& request);
  ~DownloadReactor() override;

  void OnWriteDone(bool ok) override;
  void OnDone() override { delete this; }

 private:
  Status Start(const v1::DownloadDocumentRequest& request);
  // Reads the next chunk and writes it, or finishes after the last one.
  void WriteNext();

  ServerCore& core_;
  grpc::CallbackServerContext* ctx_;
  std::unique_ptr<store::RandomAccessFile> file_;
  int64_t offset_ = 0;
  int64_t size_ = 0;
  bool first_ = true;
  bool counted_ = false;  // counted in the active downloads
  v1::DownloadDocumentChunk message_;
};

}  // namespace dienhong::documents
