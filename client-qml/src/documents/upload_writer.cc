#include "upload_writer.h"

#include <QFileInfo>

namespace dienhong::client {

std::shared_ptr<UploadWriter> UploadWriter::Start(v1::DocumentService::Stub* stub,
                                                  const std::string& token,
                                                  const v1::UploadDocumentRequest::Header& header,
                                                  const QString& path, CallTracker* tracker,
                                                  ProgressFn onProgress, DoneFn onDone) {
  std::shared_ptr<UploadWriter> w(new UploadWriter());
  w->self_ = w;
  w->tracker_ = tracker;
  w->onProgress_ = std::move(onProgress);
  w->onDone_ = std::move(onDone);
  w->size_ = header.size_bytes();
  w->file_.setFileName(path);
  w->ctx_.AddMetadata("authorization", "Bearer " + token);
  tracker->add(&w->ctx_, w);
  stub->async()->UploadDocument(&w->ctx_, &w->reply_, w.get());
  *w->message_.mutable_header() = header;
  if (!w->file_.open(QIODevice::ReadOnly))
    w->readError_ = "file: không đọc được " + QFileInfo(path).fileName().toStdString();
  w->StartWrite(&w->message_);
  w->StartCall();
  return w;
}

void UploadWriter::writeNext() {
  if (!readError_.empty()) {
    ctx_.TryCancel();
    return;
  }
  if (sent_ >= size_) {
    StartWritesDone();
    return;
  }
  const qint64 want = std::min(kChunkBytes, size_ - sent_);
  std::string* chunk = message_.mutable_chunk();
  chunk->resize(static_cast<size_t>(want));
  const qint64 got = file_.read(chunk->data(), want);
  if (got <= 0) {
    readError_ = "file: tệp " + QFileInfo(file_.fileName()).fileName().toStdString() +
                 " đã thay đổi hoặc không đọc được trong khi gửi";
    ctx_.TryCancel();
    return;
  }
  chunk->resize(static_cast<size_t>(got));
  sent_ += got;
  StartWrite(&message_);
}

void UploadWriter::OnWriteDone(bool ok) {
  if (!ok) return;  // the call is ending; OnDone follows with its status
  if (message_.has_chunk() || message_.has_header()) onProgress_(sent_);
  writeNext();
}

void UploadWriter::OnDone(const grpc::Status& status) {
  grpc::Status s = status;
  if (!readError_.empty()) s = grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, readError_);
  onDone_(s, reply_);
  std::shared_ptr<UploadWriter> keep = std::move(self_);
  tracker_->remove(&ctx_);
}

}  // namespace dienhong::client
