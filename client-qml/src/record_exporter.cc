#include "record_exporter.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "export_reader.h"

namespace dienhong::client {
namespace {

// Share of the bar given to each stage: the server's three, then the download.
struct Stage {
  const char* name;
  double from, to;
};
constexpr Stage kStages[] = {{"read", 0.0, 0.3}, {"fold", 0.3, 0.5}, {"render", 0.5, 0.8}};
constexpr double kDownloadFrom = 0.8;

}  // namespace

RecordExporter::RecordExporter(QObject* parent)
    : QObject(parent), tracker_(std::make_shared<CallTracker>()) {
  folder_ = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("Diên Hồng"));
}

RecordExporter::~RecordExporter() {
  ++generation_;
  tracker_->cancelAllAndWait();
}

void RecordExporter::setConnection(Connection* c) {
  if (c == connection_) return;
  connection_ = c;
  emit connectionChanged();
}

void RecordExporter::setFolder(const QString& folder) {
  if (folder == folder_) return;
  folder_ = folder;
  emit folderChanged();
}

void RecordExporter::start(int format, qint64 sittingId) {
  if (running()) return;
  error_.clear();
  savedPath_.clear();
  if (!connection_ || !connection_->loggedIn() || connection_->sessionId() == 0 ||
      !connection_->channel()) {
    fail(tr("Chưa có kỳ họp nào được chọn."));
    return;
  }
  if (!QDir().mkpath(folder_)) {
    fail(tr("Không tạo được thư mục %1 để lưu tệp. Hãy chọn thư mục khác.").arg(folder_));
    return;
  }
  v1::ExportRecordRequest request;
  request.set_session_id(connection_->sessionId());
  request.set_sitting_id(sittingId);
  request.set_format(static_cast<v1::ExportFormat>(format));
  progress_ = 0;
  stageText_ = tr("Đang gửi yêu cầu…");
  expected_ = -1;
  received_ = 0;
  file_.reset();
  const quint64 generation = ++generation_;
  // Kept for the call's lifetime (the stub holds the channel).
  stub_ = v1::RecordsService::NewStub(connection_->channel());
  reader_ = ExportReader::Start(
      stub_.get(), connection_->token(), request, tracker_.get(),
      [this, generation](v1::ExportChunk chunk) {
        QMetaObject::invokeMethod(
            this, [this, generation, c = std::move(chunk)] { onChunk(generation, c); },
            Qt::QueuedConnection);
      },
      [this, generation](grpc::Status s) {
        QMetaObject::invokeMethod(
            this, [this, generation, s] { onDone(generation, s); }, Qt::QueuedConnection);
      });
  emit stateChanged();
}

void RecordExporter::cancel() {
  if (reader_) reader_->Cancel();
}

QString RecordExporter::freePath(const QString& serverName) const {
  // Only a file name from the server, never a path.
  QString name = QFileInfo(serverName).fileName();
  if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) name = QStringLiteral("bien-ban");
  const QDir dir(folder_);
  const QFileInfo info(name);
  QString path = dir.filePath(name);
  for (int n = 2; QFileInfo::exists(path); ++n) {
    const QString suffix = info.completeSuffix();
    path = dir.filePath(QStringLiteral("%1 (%2)%3")
                            .arg(info.baseName())
                            .arg(n)
                            .arg(suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
  }
  return path;
}

void RecordExporter::onChunk(quint64 generation, const v1::ExportChunk& chunk) {
  if (generation != generation_) return;
  if (chunk.has_progress()) {
    const v1::ExportProgress& p = chunk.progress();
    for (const Stage& stage : kStages) {
      if (p.stage() != stage.name) continue;
      const double part = p.total() > 0 ? double(p.done()) / double(p.total()) : 0.0;
      progress_ = stage.from + (stage.to - stage.from) * std::min(1.0, std::max(0.0, part));
    }
    const QString counts =
        p.total() > 0 ? QStringLiteral(" %1/%2").arg(p.done()).arg(p.total()) : QString();
    if (p.stage() == "read")
      stageText_ = tr("Đang đọc sổ sự kiện…") + counts;
    else if (p.stage() == "fold")
      stageText_ = tr("Đang tổng hợp hồ sơ kỳ họp…") + counts;
    else
      stageText_ = tr("Đang dựng tệp…") + counts;
  } else if (chunk.has_header()) {
    const QString path = freePath(QString::fromStdString(chunk.header().file_name()));
    file_ = std::make_unique<QSaveFile>(path);
    if (!file_->open(QIODevice::WriteOnly)) {
      const QString why = file_->errorString();
      file_.reset();
      if (reader_) reader_->Cancel();
      fail(tr("Không ghi được tệp %1: %2").arg(path, why));
      return;
    }
    expected_ = chunk.header().size();
    progress_ = kDownloadFrom;
    stageText_ = tr("Đang tải tệp về…");
  } else if (chunk.part_case() == v1::ExportChunk::kData) {
    if (!file_) return;  // a failed header: the stream is being cancelled
    const std::string& data = chunk.data();
    if (file_->write(data.data(), static_cast<qint64>(data.size())) !=
        static_cast<qint64>(data.size())) {
      const QString why = file_->errorString();
      file_->cancelWriting();
      file_.reset();
      if (reader_) reader_->Cancel();
      fail(tr("Không ghi được tệp: %1").arg(why));
      return;
    }
    received_ += static_cast<qint64>(data.size());
    if (expected_ > 0)
      progress_ =
          kDownloadFrom + (1.0 - kDownloadFrom) * std::min(1.0, double(received_) / expected_);
    stageText_ = tr("Đang tải tệp về… %1%").arg(expected_ > 0 ? 100 * received_ / expected_ : 0);
  }
  emit stateChanged();
}

void RecordExporter::onDone(quint64 generation, const grpc::Status& status) {
  if (generation != generation_) return;
  reader_.reset();
  if (!status.ok()) {
    if (file_) file_->cancelWriting();
    file_.reset();
    if (error_.isEmpty())
      fail(connection_ ? connection_->describe(status)
                       : QString::fromStdString(status.error_message()));
    else
      emit stateChanged();
    return;
  }
  if (!file_ || received_ != expected_) {
    if (file_) file_->cancelWriting();
    file_.reset();
    fail(tr("Tệp tải về không đủ (%1 trên %2 byte). Hãy xuất lại.").arg(received_).arg(expected_));
    return;
  }
  const QString path = file_->fileName();
  if (!file_->commit()) {
    const QString why = file_->errorString();
    file_.reset();
    fail(tr("Không ghi được tệp %1: %2").arg(path, why));
    return;
  }
  file_.reset();
  savedPath_ = path;
  progress_ = 1.0;
  stageText_ = tr("Đã lưu %1").arg(QDir::toNativeSeparators(path));
  emit stateChanged();
  emit finished(path);
}

void RecordExporter::fail(const QString& message) {
  error_ = message;
  stageText_.clear();
  progress_ = 0;
  emit stateChanged();
  emit failed(message);
}

}  // namespace dienhong::client
