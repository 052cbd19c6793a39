#include "connection.h"

#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <QRandomGenerator>
#include <QSettings>
#include <QUuid>
#include <algorithm>

#include "channel.h"
#include "labels.h"
#include "live_reader.h"
#include "poll_spec.h"

namespace dienhong::client {
namespace {

using namespace std::chrono_literals;

constexpr auto kLoginTimeout = 15s;
constexpr auto kReadTimeout = 15s;
constexpr auto kCommandTimeout = 10s;
constexpr int kCommandRetries = 3;
constexpr int kFirstBackoffMs = 250;
constexpr int kMaxBackoffMs = 8000;
constexpr int kReconnectDebounceMs = 1500;

constexpr char kSettingsAddress[] = "server/address";
constexpr char kSettingsTls[] = "server/tls";
constexpr char kSettingsLastSession[] = "session/last";
constexpr char kDefaultAddress[] = "127.0.0.1:50051";

bool Retryable(const grpc::Status& s) {
  return s.error_code() == grpc::StatusCode::UNAVAILABLE ||
         s.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED;
}

// A unary call's context, request and response, kept alive until its callback has run.
template <class Req, class Resp>
struct UnaryCall {
  grpc::ClientContext ctx;
  Req request;
  Resp response;
};

// Lower ranks are preferred when choosing which session to follow.
int SessionRank(v1::SessionStatus s) {
  switch (s) {
    case v1::SESSION_STATUS_IN_PROGRESS:
      return 0;
    case v1::SESSION_STATUS_CONVENED:
      return 1;
    case v1::SESSION_STATUS_DRAFT:
      return 2;
    default:
      return 3;
  }
}

}  // namespace

Connection::Connection(QObject* parent)
    : QObject(parent),
      store_(new SessionStore(this)),
      clock_(new ServerClock(this)),
      tracker_(std::make_shared<CallTracker>()) {
  QSettings settings;
  serverAddress_ =
      settings.value(kSettingsAddress, QString::fromLatin1(kDefaultAddress)).toString();
  useTls_ = settings.value(kSettingsTls, false).toBool();

  reconnectTimer_.setSingleShot(true);
  connect(&reconnectTimer_, &QTimer::timeout, this, [this] {
    if (state_ == Reconnecting) startLive();
  });
  debounceTimer_.setSingleShot(true);
  debounceTimer_.setInterval(kReconnectDebounceMs);
  connect(&debounceTimer_, &QTimer::timeout, this, [this] {
    if (state_ == Reconnecting && !reconnecting_) {
      reconnecting_ = true;
      emit reconnectingChanged();
    }
  });
  probeTimer_.setInterval(300);
  connect(&probeTimer_, &QTimer::timeout, this, [this] {
    // A resumed stream that has nothing new to say sends nothing: a READY channel with a
    // stream in flight is as live as it gets.
    if (state_ == Reconnecting && reader_ && channel_ &&
        channel_->GetState(false) == GRPC_CHANNEL_READY)
      markLive();
  });
}

Connection::~Connection() {
  ++epoch_;
  ++liveGeneration_;
  tracker_->cancelAllAndWait();
}

void Connection::setServerAddress(const QString& address) {
  const QString a = address.trimmed();
  if (a == serverAddress_) return;
  serverAddress_ = a;
  emit serverAddressChanged();
}

void Connection::setUseTls(bool tls) {
  if (tls == useTls_) return;
  useTls_ = tls;
  emit useTlsChanged();
}

void Connection::setRememberServer(bool remember) {
  if (remember == rememberServer_) return;
  rememberServer_ = remember;
  emit rememberServerChanged();
}

QString Connection::accountName() const { return QString::fromStdString(account_.name()); }
QString Connection::displayName() const { return QString::fromStdString(account_.display_name()); }
QString Connection::roleText() const { return Labels::role(account_.role()); }

void Connection::setState(State s) {
  if (s == state_) return;
  state_ = s;
  if (s == Reconnecting) {
    if (!debounceTimer_.isActive()) debounceTimer_.start();
    probeTimer_.start();
  } else {
    debounceTimer_.stop();
    probeTimer_.stop();
    if (reconnecting_) {
      reconnecting_ = false;
      emit reconnectingChanged();
    }
  }
  emit stateChanged();
}

void Connection::setLoginError(const QString& e) {
  if (e == loginError_) return;
  loginError_ = e;
  emit loginErrorChanged();
}

void Connection::adjustPending(int delta) {
  pendingCommands_ += delta;
  emit pendingCommandsChanged();
}

QString Connection::describe(const grpc::Status& s) const {
  switch (s.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
      return tr("Không kết nối được tới máy chủ %1. Kiểm tra mạng rồi thử lại.")
          .arg(serverAddress_);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return tr("Máy chủ không trả lời kịp. Hãy thử lại.");
    case grpc::StatusCode::CANCELLED:
      return tr("Yêu cầu đã bị hủy.");
    default:
      break;
  }
  if (!s.error_message().empty()) return QString::fromStdString(s.error_message());
  return tr("Máy chủ từ chối yêu cầu (mã %1).").arg(static_cast<int>(s.error_code()));
}

void Connection::createChannel() {
  channel_ = MakeChannel(serverAddress_, useTls_);
  authStub_ = v1::AuthService::NewStub(channel_);
  sessionStub_ = v1::SessionService::NewStub(channel_);
  attendanceStub_ = v1::AttendanceService::NewStub(channel_);
  liveStub_ = v1::LiveService::NewStub(channel_);
  votingStub_ = v1::VotingService::NewStub(channel_);
  floorStub_ = v1::FloorService::NewStub(channel_);
  interpellationStub_ = v1::InterpellationService::NewStub(channel_);
}

template <class Req, class Resp, class StartFn, class DoneFn>
void Connection::unary(const Req& request, StartFn start, std::chrono::milliseconds timeout,
                       bool authenticated, DoneFn done) {
  auto call = std::make_shared<UnaryCall<Req, Resp>>();
  call->request = request;
  call->ctx.set_deadline(std::chrono::system_clock::now() + timeout);
  if (authenticated) call->ctx.AddMetadata("authorization", "Bearer " + token_);
  tracker_->add(&call->ctx, call);
  std::shared_ptr<CallTracker> tracker = tracker_;
  start(&call->ctx, &call->request, &call->response,
        [this, call, tracker, done = std::move(done)](grpc::Status status) {
          // gRPC thread: hand the result to the GUI thread, then leave the tracker (the
          // destructor waits for that, so `this` is alive for invokeMethod).
          QMetaObject::invokeMethod(
              this, [call, status, done]() mutable { done(status, call->response); },
              Qt::QueuedConnection);
          tracker->remove(&call->ctx);
        });
}

void Connection::login(const QString& account, const QString& pin) {
  if (state_ != Disconnected) return;
  if (serverAddress_.isEmpty()) {
    setLoginError(tr("Hãy nhập địa chỉ máy chủ, ví dụ 192.168.1.10:50051."));
    return;
  }
  if (account.trimmed().isEmpty() || pin.isEmpty()) {
    setLoginError(tr("Hãy nhập tên tài khoản và mã PIN."));
    return;
  }
  setLoginError(QString());
  createChannel();
  const quint64 epoch = ++epoch_;
  setState(LoggingIn);
  v1::LoginRequest req;
  req.set_account(account.trimmed().toLower().toStdString());
  req.set_pin(pin.toStdString());
  auto stub = authStub_;
  unary<v1::LoginRequest, v1::LoginResponse>(
      req,
      [stub](grpc::ClientContext* c, const v1::LoginRequest* q, v1::LoginResponse* r,
             std::function<void(grpc::Status)> f) { stub->async()->Login(c, q, r, std::move(f)); },
      kLoginTimeout, false,
      [this, epoch](const grpc::Status& s, v1::LoginResponse& r) {
        if (epoch != epoch_) return;
        if (!s.ok()) {
          setLoginError(describe(s));
          setState(Disconnected);
          return;
        }
        token_ = r.token();
        account_ = r.account();
        if (rememberServer_) {
          QSettings settings;
          settings.setValue(kSettingsAddress, serverAddress_);
          settings.setValue(kSettingsTls, useTls_);
        }
        setState(Loading);
        emit accountChanged();
        listSessions();
      });
}

QString Connection::lastSessionKey() const {
  // Per server and council: one device may serve several councils or halls.
  QString server = serverAddress_;
  server.replace(QLatin1Char('/'), QLatin1Char('_'));
  return QStringLiteral("%1/%2/%3")
      .arg(QLatin1String(kSettingsLastSession), server)
      .arg(councilId());
}

qint64 Connection::lastSessionId() const {
  if (!rememberServer_ || !loggedIn()) return 0;
  return QSettings().value(lastSessionKey(), 0).toLongLong();
}

void Connection::listSessions(bool ask) {
  const quint64 epoch = epoch_;
  auto stub = sessionStub_;
  unary<v1::ListSessionsRequest, v1::ListSessionsResponse>(
      v1::ListSessionsRequest(),
      [stub](grpc::ClientContext* c, const v1::ListSessionsRequest* q, v1::ListSessionsResponse* r,
             std::function<void(grpc::Status)> f) {
        stub->async()->ListSessions(c, q, r, std::move(f));
      },
      kReadTimeout, true,
      [this, epoch, ask](const grpc::Status& s, v1::ListSessionsResponse& r) {
        if (epoch != epoch_) return;
        if (!s.ok()) {
          if (s.error_code() == grpc::StatusCode::UNAUTHENTICATED) return endLogin(describe(s));
          emit commandFailed(describe(s));
          QTimer::singleShot(2000, this, [this, epoch, ask] {
            if (epoch == epoch_) listSessions(ask);
          });
          return;
        }
        QVariantList list;
        int64_t best = 0;
        int bestRank = 99;
        const qint64 last = lastSessionId();
        bool lastListed = false, lastInProgress = false;
        for (const v1::SessionSummary& summary : r.sessions()) {
          list.append(QVariantMap{{"sessionId", QVariant::fromValue<qint64>(summary.session_id())},
                                  {"title", QString::fromStdString(summary.title())},
                                  {"status", static_cast<int>(summary.status())},
                                  {"statusText", Labels::sessionStatus(summary.status())}});
          const int rank = SessionRank(summary.status());
          if (rank < bestRank || (rank == bestRank && summary.session_id() > best)) {
            best = summary.session_id();
            bestRank = rank;
          }
          if (summary.session_id() == last) {
            lastListed = true;
            lastInProgress = summary.status() == v1::SESSION_STATUS_IN_PROGRESS;
          }
        }
        sessions_ = list;
        suggestedSessionId_ = lastListed ? last : best;
        emit sessionsChanged();
        if (best == 0) {
          setState(Live);  // logged in; nothing to follow yet
        } else if (list.size() == 1 || (!ask && lastInProgress)) {
          // One session, or the one this device followed is still in progress (a tablet
          // restarted mid-sitting): no question to ask.
          selectSession(suggestedSessionId_);
        } else {
          setState(ChoosingSession);
        }
      });
}

void Connection::selectSession(qint64 sessionId) {
  if (!loggedIn() || sessionId <= 0 || sessionId == sessionId_) return;
  if (rememberServer_) QSettings().setValue(lastSessionKey(), sessionId);
  sessionId_ = sessionId;
  emit sessionIdChanged();
  store_->clear();
  if (state_ != Reconnecting) setState(Loading);
  startLive();
}

void Connection::chooseAnotherSession() {
  if (!loggedIn()) return;
  ++liveGeneration_;
  if (reader_) reader_->Cancel();
  reader_.reset();
  reconnectTimer_.stop();
  sessionId_ = 0;
  store_->clear();
  emit sessionIdChanged();
  setState(Loading);
  listSessions(true);
}

void Connection::startLive() {
  const quint64 generation = ++liveGeneration_;
  if (reader_) reader_->Cancel();
  const int64_t after = store_->sessionId() == sessionId_ ? store_->lastSeq() : 0;
  reader_ = LiveReader::Start(
      liveStub_.get(), token_, sessionId_, after, tracker_.get(),
      [this, generation](v1::LiveMessage m) {
        QMetaObject::invokeMethod(
            this, [this, generation, m = std::move(m)] { onLiveMessage(generation, m); },
            Qt::QueuedConnection);
      },
      [this, generation](grpc::Status s) {
        QMetaObject::invokeMethod(
            this, [this, generation, s] { onLiveDone(generation, s); }, Qt::QueuedConnection);
      });
}

void Connection::onLiveMessage(quint64 generation, const v1::LiveMessage& message) {
  if (generation != liveGeneration_) return;
  markLive();
  if (message.has_event()) observeTime(message.event(), std::nullopt);
  if (message.batch().events_size() > 0) {
    observeTime(*message.batch().events().rbegin(), std::nullopt);
  }
  if (message.has_snapshot_part()) {
    auto whole = snapshotParts_.Add(message.snapshot_part());
    if (!whole.ok()) {
      qWarning("live stream: %s; resubscribing", whole.status().message().c_str());
      startLive();
      return;
    }
    if (whole->has_value()) store_->resetToSnapshot(**whole);
    return;
  }
  if (message.has_snapshot()) {
    store_->resetToSnapshot(message.snapshot());
    return;
  }
  const SessionStore::Outcome outcome = message.has_batch()
                                            ? store_->applyEvents(message.batch().events())
                                        : message.has_event() ? store_->applyEvent(message.event())
                                                              : SessionStore::Outcome::Duplicate;
  if (outcome == SessionStore::Outcome::Gap) {
    // Cannot happen with a correct server; resubscribing from what we have repairs it.
    const v1::Event& first = message.has_batch() ? message.batch().events(0) : message.event();
    qWarning("live stream gap: have seq %lld, got %lld; resubscribing",
             static_cast<long long>(store_->lastSeq()), static_cast<long long>(first.seq()));
    startLive();
  }
}

void Connection::onLiveDone(quint64 generation, const grpc::Status& status) {
  if (generation != liveGeneration_) return;  // an abandoned stream
  reader_.reset();
  if (!loggedIn()) return;
  if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED)
    return endLogin(tr("Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại."));
  if (status.error_code() == grpc::StatusCode::PERMISSION_DENIED ||
      status.error_code() == grpc::StatusCode::NOT_FOUND)
    emit commandFailed(describe(status));
  scheduleReconnect();
}

void Connection::scheduleReconnect() {
  setState(Reconnecting);
  backoffMs_ = backoffMs_ == 0 ? kFirstBackoffMs : std::min(backoffMs_ * 2, kMaxBackoffMs);
  // +-20% jitter so that a hall full of tablets does not reconnect in lockstep.
  const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(backoffMs_ / 5 + 1));
  reconnectTimer_.start(backoffMs_ - backoffMs_ / 10 + jitter);
}

void Connection::markLive() {
  backoffMs_ = 0;
  reconnectTimer_.stop();
  setState(Live);
}

void Connection::endLogin(const QString& reason) {
  ++epoch_;
  ++liveGeneration_;
  if (reader_) reader_->Cancel();
  reader_.reset();
  reconnectTimer_.stop();
  token_.clear();
  account_.Clear();
  sessions_.clear();
  commitments_.clear();
  commitmentsLoading_ = false;
  carriedOver_.clear();
  suggestedSessionId_ = 0;
  sessionId_ = 0;
  store_->clear();
  setLoginError(reason);
  setState(Disconnected);
  emit sessionsChanged();
  emit sessionIdChanged();
  emit commitmentsChanged();
  emit carriedOverChanged();
  emit accountChanged();
  if (!reason.isEmpty()) emit loggedOut(reason);
}

void Connection::logout() {
  if (!loggedIn()) return;
  // Revoke the token on the server; nobody waits for the answer.
  auto stub = authStub_;
  unary<v1::LogoutRequest, v1::LogoutResponse>(
      v1::LogoutRequest(),
      [stub](grpc::ClientContext* c, const v1::LogoutRequest* q, v1::LogoutResponse* r,
             std::function<void(grpc::Status)> f) { stub->async()->Logout(c, q, r, std::move(f)); },
      kReadTimeout, true, [](const grpc::Status&, v1::LogoutResponse&) {});
  endLogin(QString());
}

// --- commands ---------------------------------------------------------------------------

namespace {
const v1::CommandReply& ReplyOf(const v1::CommandReply& r) { return r; }
const v1::CommandReply& ReplyOf(const v1::VoteReceipt& r) { return r.reply(); }
}  // namespace

template <class Resp, class Req, class StartFn>
void Connection::call(const QString& name, Req request, StartFn start, int attempt,
                      std::function<void(const grpc::Status&)> done, bool quiet) {
  if (attempt == 0) {
    if (!loggedIn() || sessionId_ == 0) {
      const QString why = tr("Chưa có kỳ họp nào được chọn.");
      if (done) done(grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, why.toStdString()));
      if (quiet) return;
      emit commandRefused(name, why, static_cast<int>(grpc::StatusCode::FAILED_PRECONDITION));
      emit commandFailed(why);
      return;
    }
    request.set_session_id(sessionId_);
    request.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    if (!quiet) adjustPending(+1);
  }
  const quint64 epoch = epoch_;
  const qint64 sentMs = clock_->localMs();
  unary<Req, Resp>(
      request, start, kCommandTimeout, true,
      [this, epoch, name, request, start, attempt, sentMs, done, quiet](const grpc::Status& s,
                                                                       Resp& response) {
        if (epoch != epoch_) return;
        if (s.ok()) {
          if (!quiet) adjustPending(-1);
          const v1::CommandReply& reply = ReplyOf(response);
          // A retry may be answered with the first attempt's events, recorded before
          // this attempt was sent: only a first attempt bounds the clock from above.
          for (const v1::Event& e : reply.events())
            observeTime(e, attempt == 0 ? std::optional<qint64>(sentMs) : std::nullopt);
          if (reply.session_id() == store_->sessionId())
            for (const v1::Event& e : reply.events()) store_->applyEvent(e);
          if constexpr (std::is_same_v<Resp, v1::VoteReceipt>) onVoteReceipt(response);
          if (done) done(s);
          if (!quiet) emit commandSucceeded(name);
          return;
        }
        if (Retryable(s) && attempt < kCommandRetries) {
          // Same request_id: if the first try was committed, the server replays its reply.
          QTimer::singleShot(500 << attempt, this,
                             [this, epoch, name, request, start, attempt, done, quiet] {
                               if (epoch == epoch_)
                                 call<Resp>(name, request, start, attempt + 1, done, quiet);
                             });
          return;
        }
        if (!quiet) adjustPending(-1);
        if (s.error_code() == grpc::StatusCode::UNAUTHENTICATED)
          return endLogin(tr("Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại."));
        if (done) done(s);
        if (quiet) return;
        emit commandRefused(name, describe(s), static_cast<int>(s.error_code()));
        emit commandFailed(describe(s));
      });
}

void Connection::observeTime(const v1::Event& event, std::optional<qint64> sentMs) {
  if (!event.has_recorded_at()) return;
  clock_->observe(static_cast<double>(google::protobuf::util::TimeUtil::TimestampToMilliseconds(
                      event.recorded_at())),
                  sentMs, clock_->localMs());
}

namespace {

// The request of a command sent through sendCommand: `call` sets the session and the
// request_id on it like on a proto request; the caller's start function gets both.
struct ErasedCommand {
  Connection::CommandStart start;
  int64_t sessionId = 0;
  std::string requestId;
  void set_session_id(int64_t id) { sessionId = id; }
  void set_request_id(const std::string& id) { requestId = id; }
};

}  // namespace

void Connection::sendCommand(const QString& name, CommandStart start,
                             std::function<void(const grpc::Status&)> done, bool quiet) {
  ErasedCommand request;
  request.start = std::move(start);
  call<v1::CommandReply>(
      name, std::move(request),
      [](grpc::ClientContext* c, const ErasedCommand* q, v1::CommandReply* r,
         std::function<void(grpc::Status)> f) {
        q->start(q->sessionId, q->requestId, c, r, std::move(f));
      },
      0, std::move(done), quiet);
}

#define DH_SESSION_CALL(Method, Req)                                               \
  [stub = sessionStub_](grpc::ClientContext* c, const Req* q, v1::CommandReply* r, \
                        std::function<void(grpc::Status)> f) {                     \
    stub->async()->Method(c, q, r, std::move(f));                                  \
  }
#define DH_ATTENDANCE_CALL(Method, Req)                                               \
  [stub = attendanceStub_](grpc::ClientContext* c, const Req* q, v1::CommandReply* r, \
                           std::function<void(grpc::Status)> f) {                     \
    stub->async()->Method(c, q, r, std::move(f));                                     \
  }

void Connection::checkIn(bool online) {
  v1::CheckInRequest req;
  req.set_status(online ? v1::ATTENDANCE_STATUS_ONLINE : v1::ATTENDANCE_STATUS_PRESENT);
  command(QStringLiteral("checkIn"), req, DH_ATTENDANCE_CALL(CheckIn, v1::CheckInRequest));
}

void Connection::recordAttendance(qint64 delegateId, int status, const QString& reason) {
  v1::RecordAttendanceRequest req;
  auto* c = req.mutable_command();
  c->set_delegate_id(delegateId);
  c->set_status(static_cast<v1::AttendanceStatus>(status));
  c->set_reason(reason.trimmed().toStdString());
  command(QStringLiteral("recordAttendance"), req,
          DH_ATTENDANCE_CALL(RecordAttendance, v1::RecordAttendanceRequest));
}

void Connection::openSitting(qint64 sittingId) {
  v1::OpenSittingRequest req;
  req.mutable_command()->set_sitting_id(sittingId);
  command(QStringLiteral("openSitting"), req, DH_SESSION_CALL(OpenSitting, v1::OpenSittingRequest));
}

void Connection::suspendSitting(qint64 sittingId, const QString& reason) {
  v1::SuspendSittingRequest req;
  req.mutable_command()->set_sitting_id(sittingId);
  req.mutable_command()->set_reason(reason.trimmed().toStdString());
  command(QStringLiteral("suspendSitting"), req,
          DH_SESSION_CALL(SuspendSitting, v1::SuspendSittingRequest));
}

void Connection::resumeSitting(qint64 sittingId) {
  v1::ResumeSittingRequest req;
  req.mutable_command()->set_sitting_id(sittingId);
  command(QStringLiteral("resumeSitting"), req,
          DH_SESSION_CALL(ResumeSitting, v1::ResumeSittingRequest));
}

void Connection::closeSitting(qint64 sittingId) {
  v1::CloseSittingRequest req;
  req.mutable_command()->set_sitting_id(sittingId);
  command(QStringLiteral("closeSitting"), req,
          DH_SESSION_CALL(CloseSitting, v1::CloseSittingRequest));
}

void Connection::closeSession() {
  command(QStringLiteral("closeSession"), v1::CloseSessionRequest(),
          DH_SESSION_CALL(CloseSession, v1::CloseSessionRequest));
}

void Connection::setCurrentItem(qint64 itemId) {
  v1::SetCurrentItemRequest req;
  req.mutable_command()->set_item_id(itemId);
  command(QStringLiteral("setCurrentItem"), req,
          DH_SESSION_CALL(SetCurrentItem, v1::SetCurrentItemRequest));
}

void Connection::completeItem(qint64 itemId) {
  v1::CompleteItemRequest req;
  req.mutable_command()->set_item_id(itemId);
  command(QStringLiteral("completeItem"), req,
          DH_SESSION_CALL(CompleteItem, v1::CompleteItemRequest));
}

// --- voting -----------------------------------------------------------------------------

#define DH_VOTING_CALL(Method, Req, Resp)                             \
  [stub = votingStub_](grpc::ClientContext* c, const Req* q, Resp* r, \
                       std::function<void(grpc::Status)> f) {         \
    stub->async()->Method(c, q, r, std::move(f));                     \
  }

void Connection::createPoll(const QVariantMap& spec) {
  v1::CreatePollRequest req;
  *req.mutable_command()->mutable_poll() = PollFromSpec(spec, store_->currentItemId());
  call<v1::CommandReply>(QStringLiteral("createPoll"), req,
                         DH_VOTING_CALL(CreatePoll, v1::CreatePollRequest, v1::CommandReply), 0);
}

void Connection::openPoll(qint64 pollId, const QString& dossierOverrideReason) {
  v1::OpenPollRequest req;
  req.set_poll_id(pollId);
  req.set_dossier_override_reason(dossierOverrideReason.trimmed().toStdString());
  command(QStringLiteral("openPoll"), req,
          DH_VOTING_CALL(OpenPoll, v1::OpenPollRequest, v1::CommandReply));
}

void Connection::closePoll(qint64 pollId) {
  v1::ClosePollRequest req;
  req.set_poll_id(pollId);
  command(QStringLiteral("closePoll"), req,
          DH_VOTING_CALL(ClosePoll, v1::ClosePollRequest, v1::CommandReply));
}

void Connection::cancelPoll(qint64 pollId, const QString& reason) {
  v1::CancelPollRequest req;
  req.set_poll_id(pollId);
  req.set_reason(reason.trimmed().toStdString());
  command(QStringLiteral("cancelPoll"), req,
          DH_VOTING_CALL(CancelPoll, v1::CancelPollRequest, v1::CommandReply));
}

void Connection::publishResults(qint64 pollId) {
  v1::PublishResultsRequest req;
  req.set_poll_id(pollId);
  command(QStringLiteral("publishResults"), req,
          DH_VOTING_CALL(PublishResults, v1::PublishResultsRequest, v1::CommandReply));
}

void Connection::revotePoll(qint64 pollId) {
  v1::RevotePollRequest req;
  req.set_poll_id(pollId);
  command(QStringLiteral("revotePoll"), req,
          DH_VOTING_CALL(RevotePoll, v1::RevotePollRequest, v1::CommandReply));
}

void Connection::castVote(qint64 pollId, const QVariantList& marks) {
  v1::CastVoteRequest req;
  req.set_poll_id(pollId);
  for (const QVariant& v : marks) {
    const QVariantMap m = v.toMap();
    v1::Ballot::Mark* mark = req.mutable_ballot()->add_marks();
    mark->set_question_id(m.value("questionId").toInt());
    for (const QVariant& c : m.value("choiceIds").toList()) mark->add_choice_ids(c.toInt());
  }
  call<v1::VoteReceipt>(QStringLiteral("castVote"), std::move(req),
                        DH_VOTING_CALL(CastVote, v1::CastVoteRequest, v1::VoteReceipt), 0);
}

void Connection::onVoteReceipt(const v1::VoteReceipt& receipt) {
  qint64 pollId = 0;
  QStringList echoed;
  for (const v1::Event& e : receipt.reply().events()) {
    if (!e.has_vote_cast()) continue;
    const v1::VoteCast& cast = e.vote_cast();
    pollId = cast.poll_id();
    // Only what the server committed and sent back: an open poll's named vote. A secret
    // poll's VoteCast never has a ballot, so nothing can be shown for it.
    const v1::Poll* poll = nullptr;
    for (const v1::Poll& p : store_->state().polls())
      if (p.id() == cast.poll_id()) poll = &p;
    if (!poll || poll->visibility() == v1::POLL_VISIBILITY_SECRET) continue;
    for (const v1::Ballot::Mark& mark : cast.ballot().marks())
      for (const v1::PollQuestion& q : poll->questions())
        if (q.id() == mark.question_id())
          for (int32_t id : mark.choice_ids())
            for (const v1::PollChoice& c : q.choices())
              if (c.id() == id) echoed.append(QString::fromStdString(c.label()));
  }
  emit voteRecorded(pollId, QString::fromStdString(receipt.text()),
                    echoed.join(QStringLiteral(", ")));
}

// --- the floor ----------------------------------------------------------------------

#define DH_FLOOR_CALL(Method, Req)                                               \
  [stub = floorStub_](grpc::ClientContext* c, const Req* q, v1::CommandReply* r, \
                      std::function<void(grpc::Status)> f) {                     \
    stub->async()->Method(c, q, r, std::move(f));                                \
  }

void Connection::requestFloor(int kind, qint64 repliesToTurnId, const QString& topic) {
  v1::RequestFloorRequest req;
  req.mutable_command()->set_kind(static_cast<v1::FloorKind>(kind));
  req.mutable_command()->set_replies_to_turn_id(repliesToTurnId);
  req.mutable_command()->set_topic(topic.trimmed().toStdString());
  command(QStringLiteral("requestFloor"), req,
          DH_FLOOR_CALL(RequestFloor, v1::RequestFloorRequest));
}

void Connection::withdrawFloorRequest(qint64 requestId) {
  v1::WithdrawRequestRequest req;
  req.mutable_command()->set_request_id(requestId);
  command(QStringLiteral("withdrawFloorRequest"), req,
          DH_FLOOR_CALL(WithdrawRequest, v1::WithdrawRequestRequest));
}

void Connection::grantFloor(qint64 requestId) {
  v1::GrantFloorRequest req;
  req.mutable_command()->set_request_id(requestId);
  command(QStringLiteral("grantFloor"), req, DH_FLOOR_CALL(GrantFloor, v1::GrantFloorRequest));
}

void Connection::takeFloor() {
  v1::GrantFloorRequest req;
  req.mutable_command()->set_chair_self(true);
  command(QStringLiteral("takeFloor"), req, DH_FLOOR_CALL(GrantFloor, v1::GrantFloorRequest));
}

void Connection::reorderFloorRequest(qint64 requestId, int position) {
  v1::ReorderRequestRequest req;
  req.mutable_command()->set_request_id(requestId);
  req.mutable_command()->set_position(position);
  command(QStringLiteral("reorderFloorRequest"), req,
          DH_FLOOR_CALL(ReorderRequest, v1::ReorderRequestRequest));
}

void Connection::removeFloorRequest(qint64 requestId, const QString& reason) {
  v1::RemoveRequestRequest req;
  req.mutable_command()->set_request_id(requestId);
  req.mutable_command()->set_reason(reason.trimmed().toStdString());
  command(QStringLiteral("removeFloorRequest"), req,
          DH_FLOOR_CALL(RemoveRequest, v1::RemoveRequestRequest));
}

void Connection::closeFloorList() {
  command(QStringLiteral("closeFloorList"), v1::CloseListRequest(),
          DH_FLOOR_CALL(CloseList, v1::CloseListRequest));
}

void Connection::openFloorList() {
  command(QStringLiteral("openFloorList"), v1::OpenListRequest(),
          DH_FLOOR_CALL(OpenList, v1::OpenListRequest));
}

void Connection::endTurn(qint64 turnId) {
  v1::EndTurnRequest req;
  req.mutable_command()->set_turn_id(turnId);
  command(QStringLiteral("endTurn"), req, DH_FLOOR_CALL(EndTurn, v1::EndTurnRequest));
}

void Connection::interruptTurn(qint64 turnId, const QString& reason) {
  v1::InterruptTurnRequest req;
  req.mutable_command()->set_turn_id(turnId);
  req.mutable_command()->set_reason(reason.trimmed().toStdString());
  command(QStringLiteral("interruptTurn"), req,
          DH_FLOOR_CALL(InterruptTurn, v1::InterruptTurnRequest));
}

void Connection::extendTurn(qint64 turnId, int seconds) {
  v1::ExtendTurnRequest req;
  req.mutable_command()->set_turn_id(turnId);
  req.mutable_command()->set_seconds(seconds);
  command(QStringLiteral("extendTurn"), req, DH_FLOOR_CALL(ExtendTurn, v1::ExtendTurnRequest));
}

void Connection::pauseTurn(qint64 turnId) {
  v1::PauseTurnRequest req;
  req.mutable_command()->set_turn_id(turnId);
  command(QStringLiteral("pauseTurn"), req, DH_FLOOR_CALL(PauseTurn, v1::PauseTurnRequest));
}

void Connection::resumeTurn(qint64 turnId) {
  v1::ResumeTurnRequest req;
  req.mutable_command()->set_turn_id(turnId);
  command(QStringLiteral("resumeTurn"), req, DH_FLOOR_CALL(ResumeTurn, v1::ResumeTurnRequest));
}

// --- questioning ------------------------------------------------------------------

#define DH_QUESTION_CALL(Method, Req)                                                     \
  [stub = interpellationStub_](grpc::ClientContext* c, const Req* q, v1::CommandReply* r, \
                               std::function<void(grpc::Status)> f) {                     \
    stub->async()->Method(c, q, r, std::move(f));                                         \
  }

void Connection::inviteRespondent(qint64 accountId, const QString& position,
                                  const QString& agency) {
  v1::InviteRespondentRequest req;
  v1::Respondent* r = req.mutable_command()->mutable_respondent();
  r->set_account_id(accountId);
  r->set_position(position.trimmed().toStdString());
  r->set_agency(agency.trimmed().toStdString());
  command(QStringLiteral("inviteRespondent"), req,
          DH_QUESTION_CALL(InviteRespondent, v1::InviteRespondentRequest));
}

void Connection::listRespondentAccounts(qint64 sessionId) {
  if (!loggedIn()) {
    emit respondentAccountsListed(sessionId, {}, tr("Chưa đăng nhập."));
    return;
  }
  const quint64 epoch = epoch_;
  v1::ListRespondentAccountsRequest req;
  req.set_session_id(sessionId);
  auto stub = interpellationStub_;
  unary<v1::ListRespondentAccountsRequest, v1::ListRespondentAccountsResponse>(
      req,
      [stub](grpc::ClientContext* c, const v1::ListRespondentAccountsRequest* q,
             v1::ListRespondentAccountsResponse* r, std::function<void(grpc::Status)> f) {
        stub->async()->ListRespondentAccounts(c, q, r, std::move(f));
      },
      kReadTimeout, true,
      [this, epoch, sessionId](const grpc::Status& s, v1::ListRespondentAccountsResponse& r) {
        if (epoch != epoch_) return;
        if (!s.ok()) {
          emit respondentAccountsListed(sessionId, {}, describe(s));
          return;
        }
        QVariantList list;
        for (const v1::RespondentAccount& a : r.accounts()) {
          list.append(QVariantMap{{"accountId", QVariant::fromValue<qint64>(a.account_id())},
                                  {"displayName", QString::fromStdString(a.display_name())},
                                  {"account", QString::fromStdString(a.account())},
                                  {"invited", a.invited()}});
        }
        emit respondentAccountsListed(sessionId, list, QString());
      });
}

void Connection::submitQuestion(qint64 respondentAccountId, const QString& text,
                                const QString& topic) {
  v1::SubmitQuestionRequest req;
  req.mutable_command()->set_respondent_account_id(respondentAccountId);
  req.mutable_command()->set_text(text.trimmed().toStdString());
  req.mutable_command()->set_topic(topic.trimmed().toStdString());
  command(QStringLiteral("submitQuestion"), req,
          DH_QUESTION_CALL(SubmitQuestion, v1::SubmitQuestionRequest));
}

void Connection::recordSatisfaction(qint64 questionId, bool satisfied) {
  v1::RecordSatisfactionRequest req;
  req.mutable_command()->set_question_id(questionId);
  req.mutable_command()->set_satisfied(satisfied);
  command(QStringLiteral("recordSatisfaction"), req,
          DH_QUESTION_CALL(RecordSatisfaction, v1::RecordSatisfactionRequest));
}

void Connection::defineQuestionGroup(qint64 groupId, const QString& title,
                                     const QVariantList& questionIds) {
  v1::DefineQuestionGroupRequest req;
  req.mutable_command()->set_group_id(groupId);
  req.mutable_command()->set_title(title.trimmed().toStdString());
  for (const QVariant& id : questionIds) req.mutable_command()->add_question_ids(id.toLongLong());
  command(QStringLiteral("defineQuestionGroup"), req,
          DH_QUESTION_CALL(DefineQuestionGroup, v1::DefineQuestionGroupRequest));
}

void Connection::orderQuestionGroups(const QVariantList& groupIds) {
  v1::OrderQuestionGroupsRequest req;
  for (const QVariant& id : groupIds) req.mutable_command()->add_group_ids(id.toLongLong());
  command(QStringLiteral("orderQuestionGroups"), req,
          DH_QUESTION_CALL(OrderQuestionGroups, v1::OrderQuestionGroupsRequest));
}

void Connection::startQuestionGroup(qint64 groupId) {
  v1::StartQuestionGroupRequest req;
  req.mutable_command()->set_group_id(groupId);
  command(QStringLiteral("startQuestionGroup"), req,
          DH_QUESTION_CALL(StartQuestionGroup, v1::StartQuestionGroupRequest));
}

void Connection::callQuestioner(qint64 questionId, bool followUp) {
  v1::CallQuestionerRequest req;
  req.mutable_command()->set_question_id(questionId);
  req.mutable_command()->set_follow_up(followUp);
  command(QStringLiteral("callQuestioner"), req,
          DH_QUESTION_CALL(CallQuestioner, v1::CallQuestionerRequest));
}

void Connection::callRespondent(qint64 respondentAccountId, const QVariantList& questionIds) {
  v1::CallRespondentRequest req;
  req.mutable_command()->set_respondent_account_id(respondentAccountId);
  for (const QVariant& id : questionIds) req.mutable_command()->add_question_ids(id.toLongLong());
  command(QStringLiteral("callRespondent"), req,
          DH_QUESTION_CALL(CallRespondent, v1::CallRespondentRequest));
}

void Connection::setHearing(const QString& issue, qint64 panelChairId,
                            const QVariantList& memberIds, const QStringList& agencies,
                            const QVariantList& documents) {
  v1::SetHearingRequest req;
  v1::Hearing* h = req.mutable_command()->mutable_hearing();
  h->set_issue(issue.trimmed().toStdString());
  h->set_panel_chair_delegate_id(panelChairId);
  for (const QVariant& id : memberIds) h->add_panel_member_ids(id.toLongLong());
  for (const QString& a : agencies)
    if (!a.trimmed().isEmpty()) h->add_agencies(a.trimmed().toStdString());
  for (const QVariant& v : documents) {
    const QVariantMap m = v.toMap();
    v1::HearingDocument* d = h->add_documents();
    d->set_title(m.value("title").toString().trimmed().toStdString());
    d->set_uri(m.value("uri").toString().trimmed().toStdString());
  }
  command(QStringLiteral("setHearing"), req, DH_QUESTION_CALL(SetHearing, v1::SetHearingRequest));
}

void Connection::recordConclusion(qint64 groupId, const QString& text,
                                  const QVariantList& commitments) {
  v1::RecordConclusionRequest req;
  req.mutable_command()->set_group_id(groupId);
  req.mutable_command()->set_text(text.trimmed().toStdString());
  for (const QVariant& v : commitments) {
    const QVariantMap m = v.toMap();
    v1::Commitment* c = req.mutable_command()->add_commitments();
    c->set_what(m.value("what").toString().trimmed().toStdString());
    c->set_agency(m.value("agency").toString().trimmed().toStdString());
    c->set_due_date(m.value("dueDate").toString().trimmed().toStdString());
  }
  command(QStringLiteral("recordConclusion"), req,
          DH_QUESTION_CALL(RecordConclusion, v1::RecordConclusionRequest));
}

void Connection::refreshCommitments() {
  if (!loggedIn()) return;
  const quint64 epoch = epoch_;
  commitmentsLoading_ = true;
  emit commitmentsChanged();
  v1::ListCommitmentsRequest req;
  req.set_council_id(councilId());
  auto stub = interpellationStub_;
  unary<v1::ListCommitmentsRequest, v1::ListCommitmentsResponse>(
      req,
      [stub](grpc::ClientContext* c, const v1::ListCommitmentsRequest* q,
             v1::ListCommitmentsResponse* r, std::function<void(grpc::Status)> f) {
        stub->async()->ListCommitments(c, q, r, std::move(f));
      },
      kReadTimeout, true,
      [this, epoch](const grpc::Status& s, v1::ListCommitmentsResponse& r) {
        if (epoch != epoch_) return;
        commitmentsLoading_ = false;
        if (!s.ok()) {
          emit commitmentsChanged();
          emit commandFailed(describe(s));
          return;
        }
        QVariantList list;
        for (const v1::CommitmentView& v : r.commitments()) {
          list.append(QVariantMap{
              {"sessionId", QVariant::fromValue<qint64>(v.session_id())},
              {"commitmentId", QVariant::fromValue<qint64>(v.commitment().id())},
              {"what", QString::fromStdString(v.commitment().what())},
              {"agency", QString::fromStdString(v.commitment().agency())},
              {"dueDate", QString::fromStdString(v.due_date())},
              {"originalDueDate", QString::fromStdString(v.commitment().due_date())},
              {"status", static_cast<int>(v.status())},
              {"statusText", Labels::commitmentStatus(v.status())},
              {"groupTitle", v.group_id() == 0 ? tr("Toàn kỳ họp")
                                               : QString::fromStdString(v.group_title())},
              {"sessionTitle", QString::fromStdString(v.session_title())},
              {"evidence", QString::fromStdString(v.fulfilled().evidence())}});
        }
        commitments_ = list;
        emit commitmentsChanged();
      });
}

template <class Req, class StartFn>
void Connection::followUp(const QString& name, const Req& request, StartFn start) {
  if (!loggedIn()) return;
  const quint64 epoch = epoch_;
  adjustPending(+1);
  unary<Req, v1::CommitmentView>(
      request, start, kCommandTimeout, true,
      [this, epoch, name](const grpc::Status& s, v1::CommitmentView&) {
        if (epoch != epoch_) return;
        adjustPending(-1);
        if (!s.ok()) {
          emit commandFailed(describe(s));
          return;
        }
        emit commandSucceeded(name);
        refreshCommitments();
      });
}

void Connection::markCommitmentDone(qint64 sessionId, qint64 commitmentId,
                                    const QString& evidence) {
  v1::MarkCommitmentDoneRequest req;
  req.set_session_id(sessionId);
  req.set_commitment_id(commitmentId);
  req.set_evidence(evidence.trimmed().toStdString());
  auto stub = interpellationStub_;
  followUp(QStringLiteral("markCommitmentDone"), req,
           [stub](grpc::ClientContext* c, const v1::MarkCommitmentDoneRequest* q,
                  v1::CommitmentView* r, std::function<void(grpc::Status)> f) {
             stub->async()->MarkCommitmentDone(c, q, r, std::move(f));
           });
}

void Connection::extendCommitment(qint64 sessionId, qint64 commitmentId,
                                  const QString& newDueDate, const QString& reason) {
  v1::ExtendCommitmentRequest req;
  req.set_session_id(sessionId);
  req.set_commitment_id(commitmentId);
  req.set_new_due_date(newDueDate.trimmed().toStdString());
  req.set_reason(reason.trimmed().toStdString());
  auto stub = interpellationStub_;
  followUp(QStringLiteral("extendCommitment"), req,
           [stub](grpc::ClientContext* c, const v1::ExtendCommitmentRequest* q,
                  v1::CommitmentView* r, std::function<void(grpc::Status)> f) {
             stub->async()->ExtendCommitment(c, q, r, std::move(f));
           });
}

void Connection::refreshCarriedOver() {
  if (!loggedIn()) return;
  const quint64 epoch = epoch_;
  v1::ListCarriedOverQuestionsRequest req;
  req.set_council_id(councilId());
  auto stub = interpellationStub_;
  unary<v1::ListCarriedOverQuestionsRequest, v1::ListCarriedOverQuestionsResponse>(
      req,
      [stub](grpc::ClientContext* c, const v1::ListCarriedOverQuestionsRequest* q,
             v1::ListCarriedOverQuestionsResponse* r, std::function<void(grpc::Status)> f) {
        stub->async()->ListCarriedOverQuestions(c, q, r, std::move(f));
      },
      kReadTimeout, true,
      [this, epoch](const grpc::Status& s, v1::ListCarriedOverQuestionsResponse& r) {
        if (epoch != epoch_) return;
        if (!s.ok()) {
          emit commandFailed(describe(s));
          return;
        }
        QVariantList list;
        for (const v1::CarriedOverQuestion& c : r.questions()) {
          const bool answered = c.has_written_answer();
          const QString due = QString::fromStdString(c.written_answer_due_date());
          list.append(QVariantMap{
              {"sessionId", QVariant::fromValue<qint64>(c.session_id())},
              {"sessionTitle", QString::fromStdString(c.session_title())},
              {"questionId", QVariant::fromValue<qint64>(c.question().id())},
              {"text", QString::fromStdString(c.question().text())},
              {"topic", QString::fromStdString(c.question().topic())},
              {"delegateName", QString::fromStdString(c.question().delegate_name())},
              {"respondentName", QString::fromStdString(c.respondent().name())},
              {"dueDate", due},
              {"answered", answered},
              {"answerText", QString::fromStdString(c.written_answer().text())},
              {"answerDocument", QString::fromStdString(c.written_answer().document())},
              {"overdue", c.overdue()},
              {"statusText", answered     ? tr("Đã trả lời bằng văn bản")
                             : c.overdue() ? tr("Quá hạn trả lời (hạn %1)").arg(due)
                                           : tr("Chờ trả lời bằng văn bản, hạn %1").arg(due)}});
        }
        carriedOver_ = list;
        emit carriedOverChanged();
      });
}

void Connection::answerInWriting(qint64 sessionId, qint64 questionId, const QString& text,
                                 const QString& document) {
  if (!loggedIn()) return;
  const quint64 epoch = epoch_;
  adjustPending(+1);
  v1::AnswerInWritingRequest req;
  req.set_session_id(sessionId);
  req.set_question_id(questionId);
  req.set_text(text.trimmed().toStdString());
  req.set_document(document.trimmed().toStdString());
  auto stub = interpellationStub_;
  unary<v1::AnswerInWritingRequest, v1::CarriedOverQuestion>(
      req,
      [stub](grpc::ClientContext* c, const v1::AnswerInWritingRequest* q,
             v1::CarriedOverQuestion* r, std::function<void(grpc::Status)> f) {
        stub->async()->AnswerInWriting(c, q, r, std::move(f));
      },
      kCommandTimeout, true,
      [this, epoch](const grpc::Status& s, v1::CarriedOverQuestion&) {
        if (epoch != epoch_) return;
        adjustPending(-1);
        if (!s.ok()) {
          emit commandFailed(describe(s));
          return;
        }
        emit commandSucceeded(QStringLiteral("answerInWriting"));
        refreshCarriedOver();
      });
}

}  // namespace dienhong::client
