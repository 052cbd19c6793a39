// KioskGuard: the lock of a hall tablet in kiosk mode (dienhong-client --kiosk). Nobody
// leaves the application without a secretary's (or the administrator's) account and PIN,
// checked by the server: the guard logs that account in on its own channel, accepts the
// role, logs the token out again at once, and only then says `unlocked`. A delegate's PIN,
// a wrong PIN or no server keeps the tablet locked (the operator can still restart the
// device); the server's own throttle and lock-out apply to these tries like to any login.
//
// Thread-safety: a QObject of the GUI thread; the blocking login runs on a thread of its
// own and reports back through a queued call, which is dropped if the guard is gone.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QPointer>
#include <QString>

namespace dienhong::client {

class KioskGuard : public QObject {
  Q_OBJECT
  QML_ELEMENT
  // Where to check the PIN (normally the Connection's serverAddress and useTls).
  Q_PROPERTY(QString serverAddress MEMBER serverAddress_ NOTIFY serverAddressChanged)
  Q_PROPERTY(bool useTls MEMBER useTls_ NOTIFY useTlsChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  // Why the last try did not unlock, in plain words; empty after a success or a new try.
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)

 public:
  explicit KioskGuard(QObject* parent = nullptr);

  bool busy() const { return busy_; }
  QString error() const { return error_; }

  // Checks `account` and `pin` on the server; emits unlocked() or sets error.
  Q_INVOKABLE void unlock(const QString& account, const QString& pin);

 signals:
  void serverAddressChanged();
  void useTlsChanged();
  void busyChanged();
  void errorChanged();
  void unlocked();

 private:
  void finish(bool ok, const QString& error);

  QString serverAddress_;
  bool useTls_ = false;
  bool busy_ = false;
  QString error_;
};

}  // namespace dienhong::client
