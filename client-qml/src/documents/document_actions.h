// DocumentActions: what the pages do with session documents (issue 13), the documents'
// room on the client. The metadata, versions, receipts and the page on the big screen are
// in the SessionState the Connection's store folds (SessionState.documents); this object
// moves the files and sends the documents' commands over the Connection's channel and
// token (Connection::sendCommand: request_id, retries, reply events applied, refusals in
// commandRefused/commandFailed like every other command).
//
// Reading (every role): open(documentId, version) brings the version's PDF into the
// DocumentCache — a cached copy is hashed again before use; otherwise it is downloaded
// (DownloadDocument, a server stream), resumed from the partial file's size after a
// broken stream or a restart, retried with backoff while the server is away, and checked
// against the digest the chain records. documentReady gives the local file. A delegate's
// tablet then reports "received" (after the digest check) and, when the reader first
// shows the paper, "opened" (reportOpened); both are retried until the server answers.
// A cached paper opens with the server down.
//
// The desk (secretary, chair): upload a PDF as a new document or a new version
// (UploadDocument, client streaming, 1 MiB chunks read off the GUI thread, with
// progress), a confidential paper's metadata, publish, withdraw, order, and the page on
// the big screen. Notes and bookmarks (a delegate's own, per page): loadNotes/saveNotes.
//
// Threads: gRPC completions and the file hashing (QtConcurrent) post their results to
// the GUI thread; all state lives there. The destructor cancels the calls in flight and
// waits for their callbacks (own CallTracker).
//
// Thread-safety: GUI thread only (a QObject used by QML).
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <map>
#include <memory>

#include "call_tracker.h"
#include "connection.h"
#include "dienhong/v1/document_service.grpc.pb.h"
#include "documents/document_cache.h"

namespace dienhong::client {

class DownloadReader;
class UploadWriter;

class DocumentActions : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(dienhong::client::Connection* connection READ connection WRITE setConnection NOTIFY
                 connectionChanged)
  // Where the cache lives (default QStandardPaths::CacheLocation/documents).
  Q_PROPERTY(QString cacheRoot READ cacheRoot WRITE setCacheRoot NOTIFY cacheRootChanged)
  // Bumped on every change of a download; bind to it to re-read transfer().
  Q_PROPERTY(int revision READ revision NOTIFY transfersChanged)

  Q_PROPERTY(bool uploading READ uploading NOTIFY uploadChanged)
  Q_PROPERTY(double uploadProgress READ uploadProgress NOTIFY uploadChanged)
  Q_PROPERTY(QString uploadText READ uploadText NOTIFY uploadChanged)
  Q_PROPERTY(QString uploadError READ uploadError NOTIFY uploadChanged)

 public:
  explicit DocumentActions(QObject* parent = nullptr);
  ~DocumentActions() override;

  Connection* connection() const { return connection_; }
  void setConnection(Connection* c);
  QString cacheRoot() const { return cache_.root(); }
  void setCacheRoot(const QString& root);
  int revision() const { return revision_; }
  bool uploading() const { return upload_ != nullptr; }
  double uploadProgress() const { return uploadProgress_; }
  QString uploadText() const { return uploadText_; }
  QString uploadError() const { return uploadError_; }

  // The version a reader gets for `version` 0: the latest published one (the secretary
  // and the chair: the latest, draft or not). 0 when there is none.
  Q_INVOKABLE int readableVersion(qint64 documentId) const;
  // A version's download as the page shows it: {state: "none" | "downloading" |
  // "waiting" (the server is away; resumes) | "verifying" | "ready" | "failed",
  // received, total, progress (0..1), error, cached (a complete copy on the tablet)}.
  Q_INVOKABLE QVariantMap transfer(qint64 documentId, int version) const;
  // Brings the version's PDF to the tablet (see the class comment); documentReady or
  // documentFailed answers.
  Q_INVOKABLE void open(qint64 documentId, int version);
  Q_INVOKABLE void cancelDownload(qint64 documentId, int version);
  // The reader has shown the version (a delegate's "opened" receipt, once).
  Q_INVOKABLE void reportOpened(qint64 documentId, int version);

  // Secretary/chair. meta: {itemId, kind (v1::DocumentKind), title, number, issuedOn
  // ("YYYY-MM-DD"), issuer}. A local PDF file (a file: URL or a path).
  Q_INVOKABLE void upload(const QUrl& file, const QVariantMap& meta);
  Q_INVOKABLE void uploadVersion(qint64 documentId, const QUrl& file);
  Q_INVOKABLE void cancelUpload();
  Q_INVOKABLE void addConfidential(const QVariantMap& meta);
  Q_INVOKABLE void publish(qint64 documentId);
  Q_INVOKABLE void withdraw(qint64 documentId);
  // Every document of the item, once, in the new order.
  Q_INVOKABLE void order(qint64 itemId, const QVariantList& documentIds);
  // The page (1-based) on the big screen; documentId 0 takes it off.
  Q_INVOKABLE void showPage(qint64 documentId, int version, int page);

  // The caller's notes [{page, text}] and bookmarks [page] on a document.
  Q_INVOKABLE void loadNotes(qint64 documentId);
  Q_INVOKABLE void saveNotes(qint64 documentId, const QVariantList& notes,
                             const QVariantList& bookmarks);

  // The cache under this object (tests).
  const DocumentCache& cache() const { return cache_; }

 signals:
  void connectionChanged();
  void cacheRootChanged();
  void transfersChanged();
  void documentReady(qint64 documentId, int version, const QUrl& url);
  void documentFailed(qint64 documentId, int version, const QString& message);
  void uploadChanged();
  void uploadFinished(qint64 documentId);
  void uploadFailed(const QString& message);
  void notesLoaded(qint64 documentId, const QVariantList& notes, const QVariantList& bookmarks,
                   const QString& error);
  void notesSaved(qint64 documentId, const QString& error);

 private:
  // One file being brought to the tablet, by digest; `waiters` asked for it.
  struct Transfer {
    QString digest;
    qint64 size = 0;
    qint64 documentId = 0;
    int version = 0;
    enum State { None, Downloading, Waiting, Verifying, Ready, Failed } state = None;
    qint64 received = 0;
    QString error;
    std::shared_ptr<DownloadReader> reader;
    std::unique_ptr<QFile> file;
    quint64 generation = 0;
    int attempts = 0;
    bool restarted = false;  // already restarted from 0 once (OUT_OF_RANGE, bad digest)
    QList<QPair<qint64, int>> waiters;
  };

  // The stub on the connection's current channel (null before login). Calls keep their
  // stub alive until they complete.
  std::shared_ptr<v1::DocumentService::Stub> stub();
  const v1::Document* findDocument(qint64 documentId) const;
  const v1::DocumentVersion* findVersion(qint64 documentId, int version) const;
  bool isDesk() const;
  void changed();
  void startDownload(Transfer& t);
  void onChunk(const QString& digest, quint64 generation, const v1::DownloadDocumentChunk& chunk);
  void onDownloadDone(const QString& digest, quint64 generation, const grpc::Status& status);
  void verifyThen(const QString& path, const QString& digest, std::function<void(bool)> then);
  void finishReady(Transfer& t);
  void fail(Transfer& t, const QString& message);
  void startUpload(const QUrl& file, v1::UploadDocumentRequest::Header header);
  void onUploadDone(quint64 generation, const grpc::Status& status, const v1::CommandReply& reply);
  void setUploadError(const QString& message);
  void report(qint64 documentId, int version, v1::DocumentReceiptKind kind, int attempt);
  bool alreadyReported(qint64 documentId, int version, v1::DocumentReceiptKind kind) const;
  template <class Req, class StartFn>
  void documentCommand(const QString& name, Req request, StartFn start);
  template <class Req, class Resp, class StartFn, class DoneFn>
  void unary(const Req& request, StartFn start, DoneFn done);

  QPointer<Connection> connection_;
  DocumentCache cache_;
  int revision_ = 0;
  std::map<QString, Transfer> transfers_;  // by digest
  QSet<QString> verified_;                 // digests hashed again in this run
  QSet<QString> receipts_;                 // "doc/version/kind" sent or in flight
  QSet<QString> openedWaiting_;            // "doc/version": opened before received was answered

  std::shared_ptr<grpc::Channel> stubChannel_;
  std::shared_ptr<v1::DocumentService::Stub> stub_;

  std::shared_ptr<UploadWriter> upload_;
  quint64 uploadGeneration_ = 0;
  double uploadProgress_ = 0;
  qint64 uploadSize_ = 0;
  QString uploadText_, uploadError_;

  std::shared_ptr<CallTracker> tracker_;
};

}  // namespace dienhong::client
