#include "kiosk/kiosk_guard.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <chrono>
#include <thread>

#include "channel.h"
#include "dienhong/v1/council.grpc.pb.h"

namespace dienhong::client {

KioskGuard::KioskGuard(QObject* parent) : QObject(parent) {}

void KioskGuard::unlock(const QString& account, const QString& pin) {
  if (busy_) return;
  if (account.trimmed().isEmpty() || pin.isEmpty()) {
    finish(false, tr("Nhập tài khoản và mã PIN của thư ký."));
    return;
  }
  if (serverAddress_.isEmpty()) {
    finish(false, tr("Chưa có địa chỉ máy chủ để kiểm tra mã PIN."));
    return;
  }
  busy_ = true;
  emit busyChanged();
  if (!error_.isEmpty()) {
    error_.clear();
    emit errorChanged();
  }
  QPointer<KioskGuard> self(this);
  std::thread([self, channel = MakeChannel(serverAddress_, useTls_),
               name = account.trimmed().toStdString(), pin = pin.toStdString()] {
    auto auth = v1::AuthService::NewStub(channel);
    v1::LoginRequest req;
    req.set_account(name);
    req.set_pin(pin);
    v1::LoginResponse resp;
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(15));
    const grpc::Status s = auth->Login(&ctx, req, &resp);
    bool ok = false;
    QString why;
    if (s.ok()) {
      const v1::Role role = resp.account().role();
      ok = role == v1::ROLE_SECRETARY || role == v1::ROLE_ADMINISTRATOR;
      if (!ok) why = KioskGuard::tr("Chỉ thư ký hoặc quản trị viên mới mở khóa được máy này.");
      // The token was only a proof: end it at once.
      grpc::ClientContext out;
      out.AddMetadata("authorization", "Bearer " + resp.token());
      out.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
      v1::LogoutResponse done;
      auth->Logout(&out, v1::LogoutRequest(), &done);
    } else if (s.error_code() == grpc::StatusCode::UNAVAILABLE ||
               s.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED) {
      why = KioskGuard::tr("Không liên lạc được máy chủ: chưa thể kiểm tra mã PIN.");
    } else if (s.error_code() == grpc::StatusCode::UNAUTHENTICATED ||
               s.error_code() == grpc::StatusCode::NOT_FOUND ||
               s.error_code() == grpc::StatusCode::INVALID_ARGUMENT) {
      why = KioskGuard::tr("Tài khoản hoặc mã PIN không đúng.");
    } else {
      why = QString::fromStdString(s.error_message());
    }
    // Back on the GUI thread; a guard destroyed meanwhile (its page closed) hears nothing.
    if (QCoreApplication* app = QCoreApplication::instance()) {
      QMetaObject::invokeMethod(
          app,
          [self, ok, why] {
            if (self) self->finish(ok, why);
          },
          Qt::QueuedConnection);
    }
  }).detach();
}

void KioskGuard::finish(bool ok, const QString& error) {
  if (busy_) {
    busy_ = false;
    emit busyChanged();
  }
  if (error_ != error) {
    error_ = error;
    emit errorChanged();
  }
  if (ok) emit unlocked();
}

}  // namespace dienhong::client
