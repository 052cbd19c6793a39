// RecordExporter: the secretary desk's export of a session record (biên bản, data) with
// RecordsService.ExportRecord, a server stream of progress, a header and the file's bytes.
// The file is written with QSaveFile into `folder` under the server's file name (a
// number is added rather than replace an earlier export), and only committed when the
// whole file arrived with the size the header announced; a refusal or a broken stream
// leaves nothing behind and reports the server's message.
//
// Progress (0..1) runs through the server's stages — reading the log, folding, rendering —
// and then the download, with words for each ("Đang đọc sổ sự kiện… 120/480").
//
// One export at a time. The stream runs on the gRPC callback API; chunks are posted to the
// GUI thread, where the file is written. The destructor cancels the stream and waits for
// its callback (own CallTracker), so nothing runs against a destroyed exporter.
//
// Thread-safety: GUI thread only (a QObject used by QML).
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QString>
#include <memory>

#include "call_tracker.h"
#include "connection.h"
#include "dienhong/v1/records_service.grpc.pb.h"

namespace dienhong::client {

class ExportReader;

class RecordExporter : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(dienhong::client::Connection* connection READ connection WRITE setConnection NOTIFY
                 connectionChanged)
  // Where files are saved; default: Documents/Diên Hồng.
  Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
  Q_PROPERTY(bool running READ running NOTIFY stateChanged)
  Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
  Q_PROPERTY(QString stageText READ stageText NOTIFY stateChanged)
  // The file of the last export that succeeded; the server's message of one that did not.
  Q_PROPERTY(QString savedPath READ savedPath NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)

 public:
  // Mirrors v1::ExportFormat.
  enum Format { Docx = 1, Pdf = 2, Csv = 3, Json = 4 };
  Q_ENUM(Format)

  explicit RecordExporter(QObject* parent = nullptr);
  ~RecordExporter() override;

  Connection* connection() const { return connection_; }
  void setConnection(Connection* c);
  QString folder() const { return folder_; }
  void setFolder(const QString& folder);
  bool running() const { return reader_ != nullptr; }
  double progress() const { return progress_; }
  QString stageText() const { return stageText_; }
  QString savedPath() const { return savedPath_; }
  QString error() const { return error_; }

  // Exports the followed session (sittingId 0) or one of its sittings.
  Q_INVOKABLE void start(int format, qint64 sittingId);
  Q_INVOKABLE void cancel();

 signals:
  void connectionChanged();
  void folderChanged();
  void stateChanged();
  void finished(const QString& path);
  void failed(const QString& message);

 private:
  void onChunk(quint64 generation, const v1::ExportChunk& chunk);
  void onDone(quint64 generation, const grpc::Status& status);
  void fail(const QString& message);
  QString freePath(const QString& serverName) const;

  QPointer<Connection> connection_;
  QString folder_;
  double progress_ = 0;
  QString stageText_, savedPath_, error_;

  std::unique_ptr<v1::RecordsService::Stub> stub_;
  std::shared_ptr<ExportReader> reader_;
  std::unique_ptr<QSaveFile> file_;
  qint64 expected_ = -1;  // bytes announced by the header
  qint64 received_ = 0;
  quint64 generation_ = 0;
  std::shared_ptr<CallTracker> tracker_;
};

}  // namespace dienhong::client
