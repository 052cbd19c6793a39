#include "download_reader.h"

namespace dienhong::client {

std::shared_ptr<DownloadReader> DownloadReader::Start(v1::DocumentService::Stub* stub,
                                                      const std::string& token,
                                                      const v1::DownloadDocumentRequest& request,
                                                      CallTracker* tracker, MessageFn onChunk,
                                                      DoneFn onDone) {
  std::shared_ptr<DownloadReader> r(new DownloadReader());
  r->request_ = request;
  r->ctx_.AddMetadata("authorization", "Bearer " + token);
  // No overall deadline (a 200 MiB dossier on hall Wi-Fi takes its time); a dead link is
  // noticed by the channel's keepalive, and the download resumes from its offset.
  Begin(r, tracker, std::move(onChunk), std::move(onDone),
        [stub](auto* ctx, auto* req, auto* reactor) {
          stub->async()->DownloadDocument(ctx, req, reactor);
        });
  return r;
}

}  // namespace dienhong::client
