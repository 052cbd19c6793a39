#include "document_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace dienhong::client {

DocumentCache::DocumentCache(QString root) : root_(std::move(root)) {
  if (root_.isEmpty())
    root_ = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                .filePath(QStringLiteral("documents"));
}

QString DocumentCache::hexOf(const QString& digest) {
  static const QRegularExpression kDigest(QStringLiteral("^sha256:([0-9a-fA-F]{64})$"));
  const QRegularExpressionMatch m = kDigest.match(digest);
  return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString DocumentCache::filePath(const QString& digest) const {
  const QString hex = hexOf(digest);
  return hex.isEmpty() ? QString() : QDir(root_).filePath(hex);
}

QString DocumentCache::partialPath(const QString& digest) const {
  const QString path = filePath(digest);
  return path.isEmpty() ? QString() : path + QStringLiteral(".part");
}

bool DocumentCache::contains(const QString& digest) const {
  const QString path = filePath(digest);
  return !path.isEmpty() && QFileInfo(path).isFile();
}

qint64 DocumentCache::partialSize(const QString& digest) const {
  const QString path = partialPath(digest);
  if (path.isEmpty()) return 0;
  const QFileInfo info(path);
  return info.isFile() ? info.size() : 0;
}

bool DocumentCache::ensureRoot() const { return QDir().mkpath(root_); }

bool DocumentCache::verify(const QString& path, const QString& digest) {
  const QString hex = hexOf(digest);
  if (hex.isEmpty()) return false;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&file)) return false;
  return QString::fromLatin1(hash.result().toHex()) == hex;
}

bool DocumentCache::complete(const QString& digest) const {
  const QString target = filePath(digest);
  if (target.isEmpty()) return false;
  QFile::remove(target);
  return QFile::rename(partialPath(digest), target);
}

void DocumentCache::remove(const QString& digest) const {
  const QString path = filePath(digest);
  if (path.isEmpty()) return;
  QFile::remove(path);
  QFile::remove(path + QStringLiteral(".part"));
}

}  // namespace dienhong::client
