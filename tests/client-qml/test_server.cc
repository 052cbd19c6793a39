#include "test_server.h"

#include <grpcpp/grpcpp.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>
#include <QUuid>

#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/document_service.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"

TestServer::TestServer(QObject* parent) : QObject(parent) {}

TestServer::~TestServer() { stop(); }

QString TestServer::address() const {
  return port_ > 0 ? QStringLiteral("127.0.0.1:%1").arg(port_) : QString();
}

QString TestServer::screenshotDir() const {
  return qEnvironmentVariable("DIENHONG_SCREENSHOT_DIR");
}

QString TestServer::tempPath(const QString& name) const {
  return dir_ ? dir_->filePath(name) : QString();
}

QString TestServer::readText(const QString& path) const {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return QString();
  return QString::fromUtf8(f.readAll());
}

QStringList TestServer::listFiles(const QString& folder) const {
  return QDir(folder).entryList(QDir::Files);
}

QString TestServer::makePdf(const QString& name, int pages) {
  const QString path = files_.filePath(name);
  QPdfWriter writer(path);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setResolution(150);
  writer.setTitle(name);
  QPainter painter(&writer);
  const int width = writer.width();
  const QString paragraphs[] = {
      QStringLiteral("Căn cứ Luật Tổ chức chính quyền địa phương, Ủy ban nhân dân phường "
                     "trình Hội đồng nhân dân xem xét, quyết định."),
      QStringLiteral("Báo cáo tình hình kinh tế – xã hội, quốc phòng, an ninh sáu tháng đầu năm."),
      QStringLiteral("Dự toán ngân sách năm 2027 và phương án phân bổ ngân sách phường."),
      QStringLiteral("Ý kiến thẩm tra của Ban Kinh tế – Xã hội Hội đồng nhân dân."),
  };
  for (int page = 1; page <= pages; ++page) {
    if (page > 1) writer.newPage();
    QFont title(QStringLiteral("Noto Sans"));
    title.setPixelSize(60);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRect(100, 100, width - 200, 120), Qt::AlignLeft,
                     QStringLiteral("Trang %1").arg(page));
    QFont body(QStringLiteral("Noto Sans"));
    body.setPixelSize(36);
    painter.setFont(body);
    // Only page 3 mentions the budget.
    const QString text = page == 3 ? paragraphs[2] : paragraphs[(page - 1) % 2 == 0 ? 0 : 1];
    painter.drawText(QRect(100, 260, width - 200, 600), Qt::TextWordWrap, text);
    painter.drawText(QRect(100, 900, width - 200, 300), Qt::TextWordWrap, paragraphs[3]);
  }
  painter.end();
  return path;
}

bool TestServer::start() {
  stop();
  dir_ = std::make_unique<QTemporaryDir>();
  if (!dir_->isValid()) {
    qWarning("TestServer: cannot create a temporary directory");
    return false;
  }
  port_ = 0;
  return launch(0);
}

namespace {

std::chrono::system_clock::time_point CallDeadline() {
  return std::chrono::system_clock::now() + std::chrono::seconds(15);
}

// As the secretary (thuky): creates a session of `kind` (with one sitting for a hearing)
// and, when `convene`, convenes it. Returns its id, 0 after a warning on any refusal.
qint64 CreateAsSecretary(const QString& address, const QString& title,
                         dienhong::v1::SessionKind kind, bool convene) {
  auto channel = grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials());
  dienhong::v1::LoginRequest login;
  login.set_account("thuky");
  login.set_pin("123456");
  dienhong::v1::LoginResponse account;
  grpc::ClientContext loginContext;
  loginContext.set_deadline(CallDeadline());
  grpc::Status status =
      dienhong::v1::AuthService::NewStub(channel)->Login(&loginContext, login, &account);
  if (!status.ok()) {
    qWarning("TestServer: login failed: %s", status.error_message().c_str());
    return 0;
  }
  auto sessions = dienhong::v1::SessionService::NewStub(channel);
  dienhong::v1::CreateSessionRequest create;
  create.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
  create.set_council_id(account.account().council_id());
  create.set_title(title.toStdString());
  create.set_kind(kind);
  if (kind == dienhong::v1::SESSION_KIND_EXPLANATION_HEARING) {
    create.add_sittings()->set_title("Phiên giải trình");
  }
  dienhong::v1::CommandReply created;
  grpc::ClientContext createContext;
  createContext.set_deadline(CallDeadline());
  createContext.AddMetadata("authorization", "Bearer " + account.token());
  status = sessions->CreateSession(&createContext, create, &created);
  if (!status.ok()) {
    qWarning("TestServer: CreateSession failed: %s", status.error_message().c_str());
    return 0;
  }
  if (!convene) return created.session_id();
  dienhong::v1::ConveneSessionRequest request;
  request.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
  request.set_session_id(created.session_id());
  dienhong::v1::CommandReply convened;
  grpc::ClientContext conveneContext;
  conveneContext.set_deadline(CallDeadline());
  conveneContext.AddMetadata("authorization", "Bearer " + account.token());
  status = sessions->ConveneSession(&conveneContext, request, &convened);
  if (!status.ok()) {
    qWarning("TestServer: ConveneSession failed: %s", status.error_message().c_str());
    return 0;
  }
  return created.session_id();
}

// As the secretary (thuky): replaces the session's dossier rules, keeping its deadlines.
// `requirements`: [{itemKind: v1::AgendaItemKind, required: [v1::DocumentKind...]}].
bool SetRulesAsSecretary(const QString& address, qint64 sessionId,
                         const QVariantList& requirements) {
  auto channel = grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials());
  dienhong::v1::LoginRequest login;
  login.set_account("thuky");
  login.set_pin("123456");
  dienhong::v1::LoginResponse account;
  grpc::ClientContext loginContext;
  loginContext.set_deadline(CallDeadline());
  grpc::Status status =
      dienhong::v1::AuthService::NewStub(channel)->Login(&loginContext, login, &account);
  if (!status.ok()) {
    qWarning("TestServer: login failed: %s", status.error_message().c_str());
    return false;
  }
  dienhong::v1::SetDossierRulesRequest request;
  request.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
  request.set_session_id(sessionId);
  dienhong::v1::DossierRules* rules = request.mutable_command()->mutable_rules();
  // The demo's deadlines (server/demo.cc).
  rules->set_days_before_regular(7);
  rules->set_days_before_other(3);
  for (const QVariant& r : requirements) {
    const QVariantMap m = r.toMap();
    auto* req = rules->add_requirements();
    req->set_item_kind(static_cast<dienhong::v1::AgendaItemKind>(m.value("itemKind").toInt()));
    for (const QVariant& k : m.value("required").toList())
      req->add_required(static_cast<dienhong::v1::DocumentKind>(k.toInt()));
  }
  dienhong::v1::CommandReply reply;
  grpc::ClientContext context;
  context.set_deadline(CallDeadline());
  context.AddMetadata("authorization", "Bearer " + account.token());
  status =
      dienhong::v1::DocumentService::NewStub(channel)->SetDossierRules(&context, request, &reply);
  if (!status.ok()) {
    qWarning("TestServer: SetDossierRules failed: %s", status.error_message().c_str());
    return false;
  }
  return true;
}

}  // namespace

bool TestServer::setDossierRules(qint64 sessionId, const QVariantList& requirements) {
  if (!running()) return false;
  return SetRulesAsSecretary(address(), sessionId, requirements);
}

qint64 TestServer::createSession(const QString& title) {
  if (!running()) return 0;
  return CreateAsSecretary(address(), title, dienhong::v1::SESSION_KIND_REGULAR, false);
}

qint64 TestServer::createHearing(const QString& title) {
  if (!running()) return 0;
  return CreateAsSecretary(address(), title, dienhong::v1::SESSION_KIND_EXPLANATION_HEARING, true);
}

bool TestServer::restart() {
  if (!dir_ || port_ == 0) return start();
  stop();
  return launch(port_);
}

void TestServer::stop() {
  if (!process_) return;
  if (process_->state() != QProcess::NotRunning) {
    process_->terminate();
    if (!process_->waitForFinished(10000)) {
      process_->kill();
      process_->waitForFinished(5000);
    }
  }
  process_.reset();
  emit runningChanged();
}

void TestServer::kill() {
  if (!process_) return;
  process_->kill();
  process_->waitForFinished(5000);
  process_.reset();
  emit runningChanged();
}

bool TestServer::launch(int port) {
  const QString portFile = dir_->filePath(QStringLiteral("port"));
  QFile::remove(portFile);
  process_ = std::make_unique<QProcess>();
  process_->setProcessChannelMode(QProcess::SeparateChannels);
  process_->setStandardOutputFile(QProcess::nullDevice());
  process_->setStandardErrorFile(dir_->filePath(QStringLiteral("stderr.txt")), QIODevice::Append);
  process_->start(QStringLiteral(DIENHONG_SERVER_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("--port-file"), portFile,
                   QStringLiteral("--database"), dir_->filePath(QStringLiteral("dienhong.db")),
                   QStringLiteral("--pin-strength"), QStringLiteral("minimum"),
                   QStringLiteral("--demo")});
  if (!process_->waitForStarted(10000)) {
    qWarning("TestServer: %s did not start", DIENHONG_SERVER_BINARY);
    return false;
  }
  QDeadlineTimer deadline(20000);
  while (!deadline.hasExpired()) {
    QFile f(portFile);
    if (f.open(QIODevice::ReadOnly)) {
      bool ok = false;
      const int p = f.readAll().trimmed().toInt(&ok);
      if (ok && p > 0) {
        port_ = p;
        emit addressChanged();
        emit runningChanged();
        return true;
      }
    }
    if (process_->state() == QProcess::NotRunning) break;
    QThread::msleep(20);
  }
  QFile err(dir_->filePath(QStringLiteral("stderr.txt")));
  err.open(QIODevice::ReadOnly);
  qWarning("TestServer: the server did not listen. Its stderr:\n%s", err.readAll().constData());
  return false;
}
