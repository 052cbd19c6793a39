// DownloadReader: one DocumentService.DownloadDocument stream (the file's description,
// then chunks from the requested offset), a StreamReader (see stream_reader.h for
// lifetime and threads).
#pragma once

#include <memory>
#include <string>

#include "dienhong/v1/document_service.grpc.pb.h"
#include "stream_reader.h"

namespace dienhong::client {

class DownloadReader final
    : public StreamReader<v1::DownloadDocumentRequest, v1::DownloadDocumentChunk> {
 public:
  static std::shared_ptr<DownloadReader> Start(v1::DocumentService::Stub* stub,
                                               const std::string& token,
                                               const v1::DownloadDocumentRequest& request,
                                               CallTracker* tracker, MessageFn onChunk,
                                               DoneFn onDone);

 private:
  DownloadReader() = default;
};

}  // namespace dienhong::client
