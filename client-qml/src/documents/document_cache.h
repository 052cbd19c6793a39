// DocumentCache: the tablet's copy of session documents, so that papers stay readable when
// the Wi-Fi drops or the server is down. Files are content-addressed, one per SHA-256:
//   <root>/<64 hex>        a complete file whose digest was verified when it was completed
//   <root>/<64 hex>.part   a download in progress (resumed from its size)
// root is QStandardPaths::CacheLocation/documents unless a test gives another.
//
// A cached file is used only after its content was hashed again (verify), so a file that
// was damaged on disk is never shown for the digest the chain records: it is removed and
// downloaded again. Hashing reads the file in blocks; DocumentActions runs verify on a
// worker thread (QtConcurrent), never on the GUI thread.
//
// Thread-safety: the static functions (verify, hexOf) are safe from any thread; the
// member functions only compute paths and stat files and may be called from any thread
// as well, but the files of one digest are written by one owner at a time (the GUI
// thread's DocumentActions).
#pragma once

#include <QString>

namespace dienhong::client {

class DocumentCache {
 public:
  // `root` empty: QStandardPaths::CacheLocation + "/documents".
  explicit DocumentCache(QString root = QString());

  const QString& root() const { return root_; }
  // "sha256:<64 hex>" -> the lowercase hex; empty for anything else (a malformed digest
  // never becomes a path).
  static QString hexOf(const QString& digest);
  // The complete file and the partial download of a digest ("" for a malformed digest).
  QString filePath(const QString& digest) const;
  QString partialPath(const QString& digest) const;
  bool contains(const QString& digest) const;
  // Bytes of the partial download (0: none).
  qint64 partialSize(const QString& digest) const;
  // Creates the root (false when it cannot be created).
  bool ensureRoot() const;
  // Whether the file at `path` has SHA-256 `digest`. Reads in blocks.
  static bool verify(const QString& path, const QString& digest);
  // Moves a completed partial download into place (false when the rename fails).
  bool complete(const QString& digest) const;
  // Removes both files of a digest (a damaged copy).
  void remove(const QString& digest) const;

 private:
  QString root_;
};

}  // namespace dienhong::client
