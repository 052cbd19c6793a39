#include "documents/document_actions.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "documents/download_reader.h"
#include "documents/upload_writer.h"

namespace dienhong::client {
namespace {

using namespace std::chrono_literals;

constexpr auto kCallTimeout = 15s;
constexpr int kMaxBackoffMs = 10000;

bool Retryable(const grpc::Status& s) {
  return s.error_code() == grpc::StatusCode::UNAVAILABLE ||
         s.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED;
}

QString Key(qint64 documentId, int version) {
  return QStringLiteral("%1/%2").arg(documentId).arg(version);
}

template <class Req, class Resp>
struct UnaryCall {
  grpc::ClientContext ctx;
  Req request;
  Resp response;
};

QString NewRequestId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

}  // namespace

DocumentActions::DocumentActions(QObject* parent)
    : QObject(parent), tracker_(std::make_shared<CallTracker>()) {}

DocumentActions::~DocumentActions() {
  for (auto& [digest, t] : transfers_) ++t.generation;
  ++uploadGeneration_;
  tracker_->cancelAllAndWait();
}

void DocumentActions::setConnection(Connection* c) {
  if (c == connection_) return;
  connection_ = c;
  emit connectionChanged();
}

void DocumentActions::setCacheRoot(const QString& root) {
  if (root == cache_.root()) return;
  cache_ = DocumentCache(root);
  verified_.clear();
  emit cacheRootChanged();
}

void DocumentActions::changed() {
  ++revision_;
  emit transfersChanged();
}

std::shared_ptr<v1::DocumentService::Stub> DocumentActions::stub() {
  if (!connection_ || !connection_->channel()) return nullptr;
  if (stubChannel_ != connection_->channel()) {
    stubChannel_ = connection_->channel();
    stub_ = v1::DocumentService::NewStub(stubChannel_);
  }
  return stub_;
}

bool DocumentActions::isDesk() const {
  if (!connection_) return false;
  const Connection::Role r = connection_->role();
  return r == Connection::Secretary || r == Connection::Chair || r == Connection::Administrator;
}

const v1::Document* DocumentActions::findDocument(qint64 documentId) const {
  if (!connection_) return nullptr;
  for (const v1::Document& d : connection_->store()->state().documents().documents())
    if (d.id() == documentId) return &d;
  return nullptr;
}

const v1::DocumentVersion* DocumentActions::findVersion(qint64 documentId, int version) const {
  const v1::Document* d = findDocument(documentId);
  if (!d) return nullptr;
  if (version == 0) version = readableVersion(documentId);
  for (const v1::DocumentVersion& v : d->versions())
    if (v.number() == version) return &v;
  return nullptr;
}

int DocumentActions::readableVersion(qint64 documentId) const {
  const v1::Document* d = findDocument(documentId);
  if (!d || d->confidential()) return 0;
  const bool desk = isDesk();
  for (int i = d->versions_size() - 1; i >= 0; --i) {
    const v1::DocumentVersion& v = d->versions(i);
    if (desk || v.has_published_at()) return v.number();
  }
  return 0;
}

QVariantMap DocumentActions::transfer(qint64 documentId, int version) const {
  const v1::DocumentVersion* v = findVersion(documentId, version);
  QVariantMap m{{"state", QStringLiteral("none")},
                {"received", 0},
                {"total", 0},
                {"progress", 0.0},
                {"error", QString()},
                {"cached", false}};
  if (!v) return m;
  const QString digest = QString::fromStdString(v->pdf().digest());
  const qint64 total = v->pdf().size_bytes();
  m["total"] = total;
  m["cached"] = cache_.contains(digest);
  const auto it = transfers_.find(digest);
  if (it == transfers_.end()) {
    if (cache_.contains(digest)) {
      m["progress"] = 1.0;
      m["received"] = total;
    }
    return m;
  }
  const Transfer& t = it->second;
  static const char* kStates[] = {"none", "downloading", "waiting", "verifying", "ready", "failed"};
  m["state"] = QString::fromLatin1(kStates[t.state]);
  m["received"] = t.received;
  m["progress"] = t.state == Transfer::Ready ? 1.0
                  : total > 0                ? std::min(1.0, double(t.received) / double(total))
                                             : 0.0;
  m["error"] = t.error;
  return m;
}

void DocumentActions::open(qint64 documentId, int version) {
  const v1::Document* d = findDocument(documentId);
  if (version == 0) version = readableVersion(documentId);
  const v1::DocumentVersion* v = findVersion(documentId, version);
  if (!d || !v || d->confidential()) {
    emit documentFailed(documentId, version,
                        d && d->confidential() ? tr("Tài liệu mật — phát bản giấy tại kỳ họp.")
                                               : tr("Tài liệu này chưa được gửi tới đại biểu."));
    return;
  }
  const QString digest = QString::fromStdString(v->pdf().digest());
  if (DocumentCache::hexOf(digest).isEmpty()) {
    emit documentFailed(documentId, version, tr("Tài liệu không có mã SHA-256 hợp lệ."));
    return;
  }
  Transfer& t = transfers_[digest];
  if (!t.waiters.contains(qMakePair(documentId, version)))
    t.waiters.append(qMakePair(documentId, version));
  if (t.state == Transfer::Downloading || t.state == Transfer::Waiting ||
      t.state == Transfer::Verifying)
    return;  // answered when it is done
  t.digest = digest;
  t.size = v->pdf().size_bytes();
  t.documentId = documentId;
  t.version = version;
  t.error.clear();
  t.restarted = false;
  t.attempts = 0;
  if (cache_.contains(digest)) {
    if (verified_.contains(digest)) return finishReady(t);
    t.state = Transfer::Verifying;
    changed();
    verifyThen(cache_.filePath(digest), digest, [this, digest](bool ok) {
      auto it = transfers_.find(digest);
      if (it == transfers_.end()) return;
      Transfer& t = it->second;
      if (ok) {
        verified_.insert(digest);
        return finishReady(t);
      }
      // A damaged copy: never shown; fetched again.
      qWarning("document cache: %s does not match its digest; downloading again",
               qPrintable(cache_.filePath(digest)));
      cache_.remove(digest);
      startDownload(t);
    });
    return;
  }
  startDownload(t);
}

void DocumentActions::cancelDownload(qint64 documentId, int version) {
  const v1::DocumentVersion* v = findVersion(documentId, version);
  if (!v) return;
  auto it = transfers_.find(QString::fromStdString(v->pdf().digest()));
  if (it == transfers_.end() || it->second.state == Transfer::Ready) return;
  Transfer& t = it->second;
  ++t.generation;
  if (t.reader) t.reader->Cancel();
  t.reader.reset();
  t.file.reset();  // the partial file stays: the next open resumes from it
  transfers_.erase(it);
  changed();
}

void DocumentActions::verifyThen(const QString& path, const QString& digest,
                                 std::function<void(bool)> then) {
  auto* watcher = new QFutureWatcher<bool>(this);
  connect(watcher, &QFutureWatcher<bool>::finished, this, [watcher, then = std::move(then)] {
    const bool ok = watcher->result();
    watcher->deleteLater();
    then(ok);
  });
  watcher->setFuture(
      QtConcurrent::run([path, digest] { return DocumentCache::verify(path, digest); }));
}

void DocumentActions::startDownload(Transfer& t) {
  std::shared_ptr<v1::DocumentService::Stub> s = stub();
  if (!s || !connection_->loggedIn()) return fail(t, tr("Chưa kết nối tới máy chủ."));
  if (!cache_.ensureRoot())
    return fail(t, tr("Không tạo được thư mục lưu tài liệu %1.").arg(cache_.root()));
  qint64 offset = cache_.partialSize(t.digest);
  if (offset > t.size) {
    QFile::remove(cache_.partialPath(t.digest));
    offset = 0;
  }
  if (offset == t.size && t.size > 0) {
    // Everything is there already (the stream broke after the last chunk).
    t.received = offset;
    t.state = Transfer::Verifying;
    changed();
    onDownloadDone(t.digest, t.generation, grpc::Status::OK);
    return;
  }
  t.file = std::make_unique<QFile>(cache_.partialPath(t.digest));
  if (!t.file->open(QIODevice::WriteOnly | QIODevice::Append)) {
    const QString why = t.file->errorString();
    t.file.reset();
    return fail(t, tr("Không ghi được tài liệu vào bộ nhớ máy: %1").arg(why));
  }
  t.received = offset;
  t.state = Transfer::Downloading;
  const quint64 generation = ++t.generation;
  const QString digest = t.digest;
  v1::DownloadDocumentRequest request;
  request.set_session_id(connection_->sessionId());
  request.set_document_id(t.documentId);
  request.set_version(t.version);
  request.set_part(v1::DOCUMENT_PART_PDF);
  request.set_offset(offset);
  t.reader = DownloadReader::Start(
      s.get(), connection_->token(), request, tracker_.get(),
      [this, digest, generation](v1::DownloadDocumentChunk chunk) {
        QMetaObject::invokeMethod(
            this,
            [this, digest, generation, c = std::move(chunk)] { onChunk(digest, generation, c); },
            Qt::QueuedConnection);
      },
      [this, digest, generation, s](grpc::Status status) {
        QMetaObject::invokeMethod(
            this,
            [this, digest, generation, status] { onDownloadDone(digest, generation, status); },
            Qt::QueuedConnection);
      });
  changed();
}

void DocumentActions::onChunk(const QString& digest, quint64 generation,
                              const v1::DownloadDocumentChunk& chunk) {
  auto it = transfers_.find(digest);
  if (it == transfers_.end() || it->second.generation != generation || !it->second.file) return;
  Transfer& t = it->second;
  if (chunk.has_file() && QString::fromStdString(chunk.file().digest()) != digest) {
    // The server sends another file than the chain records for this version.
    ++t.generation;
    if (t.reader) t.reader->Cancel();
    t.file.reset();
    return fail(t, tr("Máy chủ gửi một tệp khác với phiên bản đã ghi (mã SHA-256 khác)."));
  }
  if (chunk.data().empty()) return;
  if (chunk.offset() != t.received) {
    ++t.generation;
    if (t.reader) t.reader->Cancel();
    t.file.reset();
    return fail(t, tr("Dữ liệu tải về không liền mạch (byte %1, chờ byte %2). Hãy mở lại tài liệu.")
                       .arg(chunk.offset())
                       .arg(t.received));
  }
  const std::string& data = chunk.data();
  if (t.file->write(data.data(), static_cast<qint64>(data.size())) !=
      static_cast<qint64>(data.size())) {
    const QString why = t.file->errorString();
    ++t.generation;
    if (t.reader) t.reader->Cancel();
    t.file.reset();
    return fail(t, tr("Không ghi được tài liệu vào bộ nhớ máy: %1").arg(why));
  }
  t.received += static_cast<qint64>(data.size());
  t.attempts = 0;  // progress: the next break starts its backoff afresh
  changed();
}

void DocumentActions::onDownloadDone(const QString& digest, quint64 generation,
                                     const grpc::Status& status) {
  auto it = transfers_.find(digest);
  if (it == transfers_.end() || it->second.generation != generation) return;
  Transfer& t = it->second;
  t.reader.reset();
  if (t.file) {
    t.file->flush();
    t.file.reset();
  }
  if (status.ok() && t.received == t.size) {
    t.state = Transfer::Verifying;
    changed();
    verifyThen(cache_.partialPath(digest), digest, [this, digest, generation](bool ok) {
      auto it = transfers_.find(digest);
      if (it == transfers_.end() || it->second.generation != generation) return;
      Transfer& t = it->second;
      if (ok && cache_.complete(digest)) {
        verified_.insert(digest);
        return finishReady(t);
      }
      QFile::remove(cache_.partialPath(digest));
      if (!t.restarted) {
        t.restarted = true;
        return startDownload(t);
      }
      fail(t, tr("Tệp tải về không khớp mã SHA-256 của phiên bản đã gửi; đã xóa bản tải "
                 "về. Hãy báo thư ký kỳ họp."));
    });
    return;
  }
  if (status.error_code() == grpc::StatusCode::OUT_OF_RANGE && !t.restarted) {
    // Our partial file is longer than the server's: start again from the beginning.
    t.restarted = true;
    QFile::remove(cache_.partialPath(digest));
    return startDownload(t);
  }
  if (status.ok() || Retryable(status) || status.error_code() == grpc::StatusCode::CANCELLED ||
      status.error_code() == grpc::StatusCode::INTERNAL) {
    // A broken stream (server stopped, Wi-Fi lost): keep the partial file and resume.
    t.state = Transfer::Waiting;
    t.error = connection_ ? connection_->describe(status) : QString();
    const int delay = std::min(kMaxBackoffMs, 500 << std::min(t.attempts, 5));
    ++t.attempts;
    changed();
    QTimer::singleShot(delay, this, [this, digest, generation] {
      auto it = transfers_.find(digest);
      if (it == transfers_.end() || it->second.generation != generation ||
          it->second.state != Transfer::Waiting)
        return;
      startDownload(it->second);
    });
    return;
  }
  fail(t, connection_ ? connection_->describe(status)
                      : QString::fromStdString(status.error_message()));
}

void DocumentActions::finishReady(Transfer& t) {
  t.state = Transfer::Ready;
  t.received = t.size;
  t.error.clear();
  const QUrl url = QUrl::fromLocalFile(cache_.filePath(t.digest));
  const auto waiters = t.waiters;
  t.waiters.clear();
  changed();
  for (const auto& [documentId, version] : waiters) {
    report(documentId, version, v1::DOCUMENT_RECEIPT_KIND_RECEIVED, 0);
    emit documentReady(documentId, version, url);
  }
}

void DocumentActions::fail(Transfer& t, const QString& message) {
  t.state = Transfer::Failed;
  t.error = message;
  const auto waiters = t.waiters;
  t.waiters.clear();
  changed();
  for (const auto& [documentId, version] : waiters)
    emit documentFailed(documentId, version, message);
}

// --- receipts ---------------------------------------------------------------------

bool DocumentActions::alreadyReported(qint64 documentId, int version,
                                      v1::DocumentReceiptKind kind) const {
  const v1::DocumentVersion* v = findVersion(documentId, version);
  if (!v || !connection_) return false;
  const auto& ids = kind == v1::DOCUMENT_RECEIPT_KIND_RECEIVED ? v->received_by() : v->opened_by();
  return std::find(ids.begin(), ids.end(), connection_->delegateId()) != ids.end();
}

void DocumentActions::reportOpened(qint64 documentId, int version) {
  if (version == 0) version = readableVersion(documentId);
  const QString key = Key(documentId, version);
  // "opened" follows "received": wait for the server's answer to that first.
  if (receipts_.contains(key + QStringLiteral("/1")) &&
      !alreadyReported(documentId, version, v1::DOCUMENT_RECEIPT_KIND_RECEIVED)) {
    openedWaiting_.insert(key);
    return;
  }
  report(documentId, version, v1::DOCUMENT_RECEIPT_KIND_OPENED, 0);
}

void DocumentActions::report(qint64 documentId, int version, v1::DocumentReceiptKind kind,
                             int attempt) {
  if (!connection_ || connection_->role() != Connection::Delegate) return;
  const v1::DocumentVersion* v = findVersion(documentId, version);
  if (!v || !v->has_published_at()) return;  // only published papers are reported
  const QString key = Key(documentId, version) + QStringLiteral("/%1").arg(int(kind));
  if (attempt == 0) {
    if (receipts_.contains(key) || alreadyReported(documentId, version, kind)) return;
    receipts_.insert(key);
  }
  QPointer<DocumentActions> self(this);
  connection_->sendCommand(
      kind == v1::DOCUMENT_RECEIPT_KIND_RECEIVED ? QStringLiteral("reportReceived")
                                                 : QStringLiteral("reportOpened"),
      [s = stub(), documentId, version, kind](int64_t sessionId, const std::string& requestId,
                                              grpc::ClientContext* c, v1::CommandReply* r,
                                              std::function<void(grpc::Status)> f) {
        auto req = std::make_shared<v1::ReportDocumentReceiptRequest>();
        req->set_request_id(requestId);
        req->set_session_id(sessionId);
        req->mutable_command()->set_document_id(documentId);
        req->mutable_command()->set_version(version);
        req->mutable_command()->set_kind(kind);
        if (!s) return f(grpc::Status(grpc::StatusCode::UNAVAILABLE, "no channel"));
        s->async()->ReportDocumentReceipt(c, req.get(), r,
                                          [req, s, f = std::move(f)](grpc::Status st) { f(st); });
      },
      [self, documentId, version, kind, attempt, key](const grpc::Status& s) {
        if (!self) return;
        if (s.ok()) {
          if (kind == v1::DOCUMENT_RECEIPT_KIND_RECEIVED &&
              self->openedWaiting_.remove(Key(documentId, version)))
            self->report(documentId, version, v1::DOCUMENT_RECEIPT_KIND_OPENED, 0);
          return;
        }
        if (Retryable(s) || s.error_code() == grpc::StatusCode::CANCELLED ||
            s.error_code() == grpc::StatusCode::FAILED_PRECONDITION) {
          // Retried until the server answers (a tablet read the paper from its cache
          // while the server was down).
          const int delay = std::min(30000, 1000 << std::min(attempt, 5));
          QTimer::singleShot(delay, self, [self, documentId, version, kind, attempt] {
            if (self) self->report(documentId, version, kind, attempt + 1);
          });
          return;
        }
        qWarning("document receipt %s refused: %s", qPrintable(key), s.error_message().c_str());
      },
      /*quiet=*/true);
}

// --- the desk -----------------------------------------------------------------------

template <class Req, class StartFn>
void DocumentActions::documentCommand(const QString& name, Req request, StartFn start) {
  if (!connection_) return;
  connection_->sendCommand(
      name, [s = stub(), request, start](int64_t sessionId, const std::string& requestId,
                                         grpc::ClientContext* c, v1::CommandReply* r,
                                         std::function<void(grpc::Status)> f) {
        auto req = std::make_shared<Req>(request);
        req->set_session_id(sessionId);
        req->set_request_id(requestId);
        if (!s) return f(grpc::Status(grpc::StatusCode::UNAVAILABLE, "no channel"));
        start(s.get(), c, req.get(), r, [req, s, f = std::move(f)](grpc::Status st) { f(st); });
      });
}

#define DH_DOCUMENT_CALL(Method, Req)                                                         \
  [](v1::DocumentService::Stub* s, grpc::ClientContext* c, const Req* q, v1::CommandReply* r, \
     std::function<void(grpc::Status)> f) { s->async()->Method(c, q, r, std::move(f)); }

void DocumentActions::publish(qint64 documentId) {
  v1::PublishDocumentRequest req;
  req.mutable_command()->set_document_id(documentId);
  documentCommand(QStringLiteral("publishDocument"), req,
                  DH_DOCUMENT_CALL(PublishDocument, v1::PublishDocumentRequest));
}

void DocumentActions::withdraw(qint64 documentId) {
  v1::WithdrawDocumentRequest req;
  req.mutable_command()->set_document_id(documentId);
  documentCommand(QStringLiteral("withdrawDocument"), req,
                  DH_DOCUMENT_CALL(WithdrawDocument, v1::WithdrawDocumentRequest));
}

void DocumentActions::order(qint64 itemId, const QVariantList& documentIds) {
  v1::OrderDocumentsRequest req;
  req.mutable_command()->set_item_id(itemId);
  for (const QVariant& id : documentIds) req.mutable_command()->add_document_ids(id.toLongLong());
  documentCommand(QStringLiteral("orderDocuments"), req,
                  DH_DOCUMENT_CALL(OrderDocuments, v1::OrderDocumentsRequest));
}

void DocumentActions::showPage(qint64 documentId, int version, int page) {
  v1::ShowDocumentPageRequest req;
  v1::ScreenPage* p = req.mutable_command()->mutable_page();
  p->set_document_id(documentId);
  if (documentId != 0) {
    p->set_version(version == 0 ? readableVersion(documentId) : version);
    p->set_page(page);
  }
  documentCommand(QStringLiteral("showDocumentPage"), req,
                  DH_DOCUMENT_CALL(ShowDocumentPage, v1::ShowDocumentPageRequest));
}

namespace {

void FillMetadata(const QVariantMap& meta, v1::Document* d) {
  d->set_item_id(meta.value("itemId").toLongLong());
  d->set_kind(static_cast<v1::DocumentKind>(meta.value("kind").toInt()));
  d->set_title(meta.value("title").toString().trimmed().toStdString());
  d->set_number(meta.value("number").toString().trimmed().toStdString());
  d->set_issued_on(meta.value("issuedOn").toString().trimmed().toStdString());
  d->set_issuer(meta.value("issuer").toString().trimmed().toStdString());
}

}  // namespace

void DocumentActions::addConfidential(const QVariantMap& meta) {
  v1::AddConfidentialDocumentRequest req;
  FillMetadata(meta, req.mutable_document());
  req.mutable_document()->set_confidential(true);
  documentCommand(QStringLiteral("addConfidentialDocument"), req,
                  DH_DOCUMENT_CALL(AddConfidentialDocument, v1::AddConfidentialDocumentRequest));
}

void DocumentActions::upload(const QUrl& file, const QVariantMap& meta) {
  v1::UploadDocumentRequest::Header header;
  FillMetadata(meta, header.mutable_document());
  startUpload(file, std::move(header));
}

void DocumentActions::uploadVersion(qint64 documentId, const QUrl& file) {
  v1::UploadDocumentRequest::Header header;
  header.set_new_version_of(documentId);
  startUpload(file, std::move(header));
}

void DocumentActions::setUploadError(const QString& message) {
  uploadError_ = message;
  uploadText_.clear();
  uploadProgress_ = 0;
  emit uploadChanged();
  emit uploadFailed(message);
}

void DocumentActions::startUpload(const QUrl& file, v1::UploadDocumentRequest::Header header) {
  if (uploading()) return;
  uploadError_.clear();
  std::shared_ptr<v1::DocumentService::Stub> s = stub();
  if (!s || !connection_->loggedIn() || connection_->sessionId() == 0)
    return setUploadError(tr("Chưa có kỳ họp nào được chọn."));
  const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
  const QFileInfo info(path);
  // The server checks all of this too (and names the field); asking first saves sending
  // 200 MiB to hear it.
  if (!info.isFile()) return setUploadError(tr("file: không tìm thấy tệp %1.").arg(path));
  if (info.size() == 0)
    return setUploadError(
        tr("file: tệp %1 rỗng; hãy chọn tệp PDF có nội dung.").arg(info.fileName()));
  {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
      return setUploadError(tr("file: không đọc được tệp %1.").arg(info.fileName()));
    if (!f.read(5).startsWith("%PDF-"))
      return setUploadError(
          tr("file: %1 không phải tệp PDF; máy tính bảng chỉ đọc PDF (tệp gốc DOCX, XLSX "
             "đính kèm sau).")
              .arg(info.fileName()));
  }
  header.set_request_id(NewRequestId().toStdString());
  header.set_session_id(connection_->sessionId());
  header.set_part(v1::DOCUMENT_PART_PDF);
  header.set_file_name(info.fileName().toStdString());
  header.set_size_bytes(info.size());
  uploadSize_ = info.size();
  uploadProgress_ = 0;
  uploadText_ = tr("Đang gửi %1…").arg(info.fileName());
  const quint64 generation = ++uploadGeneration_;
  upload_ = UploadWriter::Start(
      s.get(), connection_->token(), header, path, tracker_.get(),
      [this, generation](qint64 sent) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, sent] {
              if (generation != uploadGeneration_ || !upload_) return;
              uploadProgress_ = uploadSize_ > 0 ? double(sent) / double(uploadSize_) : 0;
              uploadText_ = tr("Đang gửi… %1%").arg(qRound(uploadProgress_ * 100));
              emit uploadChanged();
            },
            Qt::QueuedConnection);
      },
      [this, generation, s](grpc::Status status, v1::CommandReply reply) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, status, reply = std::move(reply)] {
              onUploadDone(generation, status, reply);
            },
            Qt::QueuedConnection);
      });
  emit uploadChanged();
}

void DocumentActions::cancelUpload() {
  if (upload_) upload_->Cancel();
}

void DocumentActions::onUploadDone(quint64 generation, const grpc::Status& status,
                                   const v1::CommandReply& reply) {
  if (generation != uploadGeneration_) return;
  upload_.reset();
  if (!status.ok()) {
    return setUploadError(status.error_code() == grpc::StatusCode::CANCELLED
                              ? tr("Đã dừng gửi tệp; máy chủ không giữ lại gì.")
                          : connection_ ? connection_->describe(status)
                                        : QString::fromStdString(status.error_message()));
  }
  qint64 documentId = 0;
  if (connection_ && reply.session_id() == connection_->store()->sessionId()) {
    for (const v1::Event& e : reply.events()) {
      connection_->store()->applyEvent(e);
      if (e.has_document_added()) documentId = e.document_added().document().id();
      if (e.has_document_version_added()) documentId = e.document_version_added().document_id();
    }
  }
  uploadProgress_ = 1.0;
  uploadText_ = tr("Đã gửi lên máy chủ (bản nháp, chưa gửi đại biểu).");
  emit uploadChanged();
  emit uploadFinished(documentId);
}

// --- notes --------------------------------------------------------------------------

template <class Req, class Resp, class StartFn, class DoneFn>
void DocumentActions::unary(const Req& request, StartFn start, DoneFn done) {
  auto call = std::make_shared<UnaryCall<Req, Resp>>();
  call->request = request;
  call->ctx.set_deadline(std::chrono::system_clock::now() + kCallTimeout);
  call->ctx.AddMetadata("authorization", "Bearer " + connection_->token());
  tracker_->add(&call->ctx, call);
  std::shared_ptr<CallTracker> tracker = tracker_;
  start(&call->ctx, &call->request, &call->response,
        [this, call, tracker, done = std::move(done)](grpc::Status status) {
          QMetaObject::invokeMethod(
              this, [call, status, done]() mutable { done(status, call->response); },
              Qt::QueuedConnection);
          tracker->remove(&call->ctx);
        });
}

namespace {

QVariantList NotesOf(const v1::DocumentNotes& n) {
  QVariantList notes;
  for (const v1::PageNote& p : n.notes())
    notes.append(QVariantMap{{"page", p.page()}, {"text", QString::fromStdString(p.text())}});
  return notes;
}

QVariantList BookmarksOf(const v1::DocumentNotes& n) {
  QVariantList pages;
  for (int p : n.bookmarks()) pages.append(p);
  return pages;
}

}  // namespace

void DocumentActions::loadNotes(qint64 documentId) {
  std::shared_ptr<v1::DocumentService::Stub> s = stub();
  if (!s || !connection_->loggedIn()) {
    emit notesLoaded(documentId, {}, {}, tr("Chưa kết nối tới máy chủ."));
    return;
  }
  v1::GetDocumentNotesRequest req;
  req.set_session_id(connection_->sessionId());
  req.set_document_id(documentId);
  unary<v1::GetDocumentNotesRequest, v1::DocumentNotes>(
      req,
      [s](grpc::ClientContext* c, const v1::GetDocumentNotesRequest* q, v1::DocumentNotes* r,
          std::function<void(grpc::Status)> f) {
        s->async()->GetDocumentNotes(c, q, r, [s, f = std::move(f)](grpc::Status st) { f(st); });
      },
      [this, documentId](const grpc::Status& st, v1::DocumentNotes& n) {
        if (!st.ok()) {
          emit notesLoaded(documentId, {}, {}, connection_ ? connection_->describe(st) : QString());
          return;
        }
        emit notesLoaded(documentId, NotesOf(n), BookmarksOf(n), QString());
      });
}

void DocumentActions::saveNotes(qint64 documentId, const QVariantList& notes,
                                const QVariantList& bookmarks) {
  std::shared_ptr<v1::DocumentService::Stub> s = stub();
  if (!s || !connection_->loggedIn()) {
    emit notesSaved(documentId, tr("Chưa kết nối tới máy chủ; ghi chú chưa được lưu."));
    return;
  }
  v1::SetDocumentNotesRequest req;
  req.set_session_id(connection_->sessionId());
  req.set_document_id(documentId);
  for (const QVariant& v : notes) {
    const QVariantMap m = v.toMap();
    const QString text = m.value("text").toString().trimmed();
    if (text.isEmpty()) continue;
    v1::PageNote* p = req.add_notes();
    p->set_page(m.value("page").toInt());
    p->set_text(text.toStdString());
  }
  for (const QVariant& v : bookmarks) req.add_bookmarks(v.toInt());
  unary<v1::SetDocumentNotesRequest, v1::DocumentNotes>(
      req,
      [s](grpc::ClientContext* c, const v1::SetDocumentNotesRequest* q, v1::DocumentNotes* r,
          std::function<void(grpc::Status)> f) {
        s->async()->SetDocumentNotes(c, q, r, [s, f = std::move(f)](grpc::Status st) { f(st); });
      },
      [this, documentId](const grpc::Status& st, v1::DocumentNotes&) {
        emit notesSaved(documentId, st.ok()       ? QString()
                                    : connection_ ? connection_->describe(st)
                                                  : QString());
      });
}

}  // namespace dienhong::client
