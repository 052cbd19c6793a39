// TestServer: the real dienhong-server binary, run by a QML test as a child process on a
// loopback port with a fresh database and the demo council (--demo: accounts admin,
// thuky, chutoa, manhinh, quansat, daibieu01..30, all PIN 123456; session 1 convened with
// sittings 1 and 2 planned). Exposed to QML as the singleton TestServer (module
// DienHong.Test).
//
// start() always begins from an empty database; restart() stops the process and starts
// it again on the SAME port and database (a server restart mid-session); kill() is a
// crash. createSession() adds a second session for the session chooser, createHearing() a
// convened explanation hearing; setDossierRules() asks for papers (the demo asks for none).
// The server's stderr is kept in the temporary directory and printed when a start
// fails.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

class TestServer : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString address READ address NOTIFY addressChanged)
  Q_PROPERTY(bool running READ running NOTIFY runningChanged)

 public:
  explicit TestServer(QObject* parent = nullptr);
  ~TestServer() override;

  QString address() const;
  bool running() const { return process_ && process_->state() == QProcess::Running; }

  // Fresh database, ephemeral port. Returns false (and logs why) when it fails.
  Q_INVOKABLE bool start();
  // SIGTERM and wait; then start again on the same port with the same database.
  Q_INVOKABLE bool restart();
  Q_INVOKABLE void stop();
  Q_INVOKABLE void kill();
  // Creates another (draft) session in the demo council as the secretary, over the real
  // API with a blocking call (test set-up only). Returns its id, 0 on failure (logged).
  Q_INVOKABLE qint64 createSession(const QString& title);
  // Creates an explanation hearing (phiên giải trình) with one sitting and convenes it
  // (the roster is the council's), as the secretary. Returns its id, 0 on failure.
  Q_INVOKABLE qint64 createHearing(const QString& title);
  // Replaces the dossier rules of a session (the demo's ask for no paper) as the
  // secretary: [{itemKind: v1::AgendaItemKind, required: [v1::DocumentKind...]}], the
  // demo's deadlines kept. False (logged) on a refusal.
  Q_INVOKABLE bool setDossierRules(qint64 sessionId, const QVariantList& requirements);
  // Files for tests that save some: a folder in this server's temporary directory (not
  // created), a file's text (UTF-8; "" when unreadable), a folder's file names.
  Q_INVOKABLE QString tempPath(const QString& name) const;
  Q_INVOKABLE QString readText(const QString& path) const;
  Q_INVOKABLE QStringList listFiles(const QString& folder) const;
  // A real PDF of `pages` A4 pages (QPdfWriter + QPainter, Noto Sans) in this object's
  // temporary directory: page n says "Trang n" and a paragraph in Vietnamese; only page 3
  // speaks of "ngân sách" (the search test looks for it there). Returns its path.
  Q_INVOKABLE QString makePdf(const QString& name, int pages);
  // DIENHONG_SCREENSHOT_DIR: where tst_pages saves its PNGs ("" = do not save).
  Q_INVOKABLE QString screenshotDir() const;

 signals:
  void addressChanged();
  void runningChanged();

 private:
  bool launch(int port);

  std::unique_ptr<QTemporaryDir> dir_;
  QTemporaryDir files_;  // files made by the test (outlive server restarts)
  std::unique_ptr<QProcess> process_;
  int port_ = 0;
};
