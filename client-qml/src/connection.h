// Connection: the client's one link to the Diên Hồng server. It owns the gRPC channel
// (plain or TLS), the bearer token, the live Subscribe stream and its reconnection, and
// the SessionStore the stream feeds.
//
// Threads: no gRPC call ever blocks the GUI thread. Every RPC uses the callback API;
// completions arrive on gRPC's threads and are posted to the GUI thread with
// QMetaObject::invokeMethod(..., Qt::QueuedConnection), where all of this object's state
// lives. The destructor cancels whatever is in flight and waits for those callbacks
// (CallTracker), so none can outlive the object.
//
// Live stream: after login the connection picks the session to follow (the one in
// progress, else the convened one) and subscribes from seq 0 (snapshot, then events).
// When the stream breaks it resubscribes with the seq of the last event the store applied
// (no gap, no duplicate), with exponential backoff. `state` turns to Reconnecting at once;
// `reconnecting` (what the UI shows, "Đang kết nối lại…") only after a short debounce, so a
// brief Wi-Fi blip does not flash a banner.
//
// Commands: asynchronous. Each mutating call gets a fresh request_id that is kept for its
// retries (UNAVAILABLE / DEADLINE_EXCEEDED are retried a few times; the server's
// idempotency makes that safe). A refused command emits commandFailed with the server's
// own message (Vietnamese, saying what to do). Events in a command's reply are applied at
// once; the live stream's copies are then duplicates and ignored.
//
// Thread-safety: GUI thread only (a QObject used by QML).
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "call_tracker.h"
#include "common/snapshot_parts.h"
#include "dienhong/v1/council.grpc.pb.h"
#include "dienhong/v1/floor_service.grpc.pb.h"
#include "dienhong/v1/interpellation_service.grpc.pb.h"
#include "dienhong/v1/session_service.grpc.pb.h"
#include "dienhong/v1/voting_service.grpc.pb.h"
#include "server_clock.h"
#include "session_store.h"

namespace grpc {
class Channel;
class Status;
}  // namespace grpc

namespace dienhong::client {

class LiveReader;

class Connection : public QObject {
  Q_OBJECT
  QML_ELEMENT

  // host:port. Remembered (QSettings) after a successful login.
  Q_PROPERTY(
      QString serverAddress READ serverAddress WRITE setServerAddress NOTIFY serverAddressChanged)
  Q_PROPERTY(bool useTls READ useTls WRITE setUseTls NOTIFY useTlsChanged)
  // false: do not read or write QSettings (tests, kiosk images).
  Q_PROPERTY(
      bool rememberServer READ rememberServer WRITE setRememberServer NOTIFY rememberServerChanged)

  Q_PROPERTY(State state READ state NOTIFY stateChanged)
  Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY accountChanged)
  // Debounced: true when the live stream has been down for a moment.
  Q_PROPERTY(bool reconnecting READ reconnecting NOTIFY reconnectingChanged)
  // Commands sent and not answered yet.
  Q_PROPERTY(int pendingCommands READ pendingCommands NOTIFY pendingCommandsChanged)
  Q_PROPERTY(QString loginError READ loginError NOTIFY loginErrorChanged)

  Q_PROPERTY(QString accountName READ accountName NOTIFY accountChanged)
  Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
  Q_PROPERTY(Role role READ role NOTIFY accountChanged)
  Q_PROPERTY(QString roleText READ roleText NOTIFY accountChanged)
  Q_PROPERTY(qint64 councilId READ councilId NOTIFY accountChanged)
  Q_PROPERTY(qint64 delegateId READ delegateId NOTIFY accountChanged)
  // The account's id (a respondent's questions are addressed to it).
  Q_PROPERTY(qint64 accountId READ accountId NOTIFY accountChanged)

  // [{sessionId, title, status, statusText}] of the caller's council(s).
  Q_PROPERTY(QVariantList sessions READ sessions NOTIFY sessionsChanged)
  // While ChoosingSession: the session to offer first (the one followed last time on this
  // device, else the one in progress, else the convened one, else the newest).
  Q_PROPERTY(qint64 suggestedSessionId READ suggestedSessionId NOTIFY sessionsChanged)
  // The session followed last time on this device (0: none), remembered per server and
  // council.
  Q_PROPERTY(qint64 lastSessionId READ lastSessionId NOTIFY sessionsChanged)
  Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY sessionIdChanged)
  Q_PROPERTY(dienhong::client::SessionStore* store READ store CONSTANT)
  // The server's time, estimated from the events it sends (turn and poll countdowns).
  Q_PROPERTY(dienhong::client::ServerClock* clock READ clock CONSTANT)
  // The council's commitments as the follow-up sees them, from the last
  // refreshCommitments(): [{sessionId, commitmentId, what, agency, dueDate (in force),
  // originalDueDate, status (v1::CommitmentStatus), statusText, groupTitle, sessionTitle,
  // evidence}], by due date.
  Q_PROPERTY(QVariantList commitments READ commitments NOTIFY commitmentsChanged)
  Q_PROPERTY(bool commitmentsLoading READ commitmentsLoading NOTIFY commitmentsChanged)
  // Questions carried over from the council's closed sessions (a respondent: only theirs),
  // from the last refreshCarriedOver(): [{sessionId, sessionTitle, questionId, text, topic,
  // delegateName, respondentName, dueDate, answered, answerText, answerDocument, overdue,
  // statusText}], oldest session first.
  Q_PROPERTY(QVariantList carriedOver READ carriedOver NOTIFY carriedOverChanged)

 public:
  enum State {
    Disconnected,  // not logged in
    LoggingIn,
    Loading,          // logged in; choosing the session, waiting for its snapshot
    Live,             // following the session
    Reconnecting,     // the live stream broke; resubscribing
    ChoosingSession,  // logged in; the council has several sessions: selectSession(id)
  };
  Q_ENUM(State)

  // Mirrors v1::Role.
  enum Role {
    NoRole = 0,
    Administrator = 1,
    Secretary = 2,
    Chair = 3,
    Delegate = 4,
    Respondent = 5,
    Display = 6,
    Observer = 7,
  };
  Q_ENUM(Role)

  explicit Connection(QObject* parent = nullptr);
  ~Connection() override;

  QString serverAddress() const { return serverAddress_; }
  void setServerAddress(const QString& address);
  bool useTls() const { return useTls_; }
  void setUseTls(bool tls);
  bool rememberServer() const { return rememberServer_; }
  void setRememberServer(bool remember);

  State state() const { return state_; }
  bool loggedIn() const { return !token_.empty(); }
  bool reconnecting() const { return reconnecting_; }
  int pendingCommands() const { return pendingCommands_; }
  QString loginError() const { return loginError_; }

  QString accountName() const;
  QString displayName() const;
  Role role() const { return static_cast<Role>(account_.role()); }
  QString roleText() const;
  qint64 councilId() const { return account_.council_id(); }
  qint64 delegateId() const { return account_.delegate_id(); }
  qint64 accountId() const { return account_.id(); }
  QVariantList commitments() const { return commitments_; }
  bool commitmentsLoading() const { return commitmentsLoading_; }
  QVariantList carriedOver() const { return carriedOver_; }

  QVariantList sessions() const { return sessions_; }
  qint64 suggestedSessionId() const { return suggestedSessionId_; }
  qint64 lastSessionId() const;
  qint64 sessionId() const { return sessionId_; }
  SessionStore* store() const { return store_; }
  ServerClock* clock() const { return clock_; }

  // For helpers that run their own calls on this connection (RecordExporter): the
  // channel (null before login), the bearer token, and the words for a failed call.
  std::shared_ptr<grpc::Channel> channel() const { return channel_; }
  const std::string& token() const { return token_; }
  QString describe(const grpc::Status& status) const;

  // A command of a subject with its own actions object (DocumentActions), with the same
  // handling as this object's own: the followed session's id and a fresh request_id
  // (kept for the retries) are passed to `start`, which makes the async call; the reply's
  // events are applied to the store; a refusal emits commandRefused/commandFailed, success
  // commandSucceeded. `done` (optional) gets the final status. `quiet`: a background
  // report (a receipt) that its caller retries itself: no signals, not counted as pending.
  using CommandStart = std::function<void(int64_t sessionId, const std::string& requestId,
                                          grpc::ClientContext*, v1::CommandReply*,
                                          std::function<void(grpc::Status)>)>;
  void sendCommand(const QString& name, CommandStart start,
                   std::function<void(const grpc::Status&)> done = {}, bool quiet = false);

  Q_INVOKABLE void login(const QString& account, const QString& pin);
  Q_INVOKABLE void logout();
  // Follows a session (remembered as the last one on this device).
  Q_INVOKABLE void selectSession(qint64 sessionId);
  // Stops following the session and asks again (ChoosingSession), the list refreshed.
  Q_INVOKABLE void chooseAnotherSession();

  // --- commands (asynchronous; see commandFailed / commandSucceeded) ---
  // Delegate: checks in to the open sitting, in the hall or online.
  Q_INVOKABLE void checkIn(bool online);
  // Secretary: status is a v1::AttendanceStatus (1 present, 2 online, 3 excused, 4 absent).
  Q_INVOKABLE void recordAttendance(qint64 delegateId, int status, const QString& reason);
  // Chair.
  Q_INVOKABLE void openSitting(qint64 sittingId);
  Q_INVOKABLE void suspendSitting(qint64 sittingId, const QString& reason);
  Q_INVOKABLE void resumeSitting(qint64 sittingId);
  Q_INVOKABLE void closeSitting(qint64 sittingId);
  // Chair: closes (bế mạc) the session; no sitting may be open. Afterwards nothing more is
  // recorded in it, and unanswered (or unsatisfying) questions carry over.
  Q_INVOKABLE void closeSession();
  Q_INVOKABLE void setCurrentItem(qint64 itemId);
  Q_INVOKABLE void completeItem(qint64 itemId);

  // --- voting (VotingService; docs/voting.md) ---
  // Chair or secretary: prepares a poll. spec: {kind (v1::PollKind, default resolution),
  // title, secret (bool; absent: the kind's default), countdownSeconds, itemId (0: the
  // current item), allowOnline; officials (ratings, confidence votes), candidates and
  // seats (elections), choices (custom)} — see poll_spec.h. The rule and the kinds'
  // choices take the server's defaults.
  Q_INVOKABLE void createPoll(const QVariantMap& spec);
  // dossierOverrideReason: the chair's reason to open a poll on an item whose required
  // papers are missing or were late (the dossier gate refuses it without one).
  Q_INVOKABLE void openPoll(qint64 pollId, const QString& dossierOverrideReason = QString());
  Q_INVOKABLE void closePoll(qint64 pollId);
  Q_INVOKABLE void cancelPoll(qint64 pollId, const QString& reason);
  Q_INVOKABLE void publishResults(qint64 pollId);
  Q_INVOKABLE void revotePoll(qint64 pollId);
  // Delegate: casts the tablet owner's ballot. marks: [{questionId, choiceIds: [..]}].
  // The ballot lives only in the request until the call ends (retries reuse it with the
  // same request_id); nothing is stored. voteRecorded reports the receipt.
  Q_INVOKABLE void castVote(qint64 pollId, const QVariantList& marks);

  // --- the floor (FloorService; docs/floor.md) ---
  // Delegate: asks to speak on the current item. kind: v1::FloorKind (1 phát biểu,
  // 2 tranh luận — repliesToTurnId required, 3 kiến nghị về thủ tục).
  Q_INVOKABLE void requestFloor(int kind, qint64 repliesToTurnId, const QString& topic);
  Q_INVOKABLE void withdrawFloorRequest(qint64 requestId);
  // Chair: requestId 0 = the next in line on the current item.
  Q_INVOKABLE void grantFloor(qint64 requestId);
  // Chair: takes the floor themself (the chair's own turn, no limit).
  Q_INVOKABLE void takeFloor();
  // Chair/secretary: position is 1-based among the item's waiting requests.
  Q_INVOKABLE void reorderFloorRequest(qint64 requestId, int position);
  Q_INVOKABLE void removeFloorRequest(qint64 requestId, const QString& reason);
  Q_INVOKABLE void closeFloorList();
  Q_INVOKABLE void openFloorList();
  // Chair: turnId 0 = the only open turn.
  Q_INVOKABLE void endTurn(qint64 turnId);
  Q_INVOKABLE void interruptTurn(qint64 turnId, const QString& reason);
  Q_INVOKABLE void extendTurn(qint64 turnId, int seconds);
  Q_INVOKABLE void pauseTurn(qint64 turnId);
  Q_INVOKABLE void resumeTurn(qint64 turnId);

  // --- questioning (InterpellationService; docs/interpellation.md) ---
  // Delegate: a written question in their own name to an invited respondent.
  Q_INVOKABLE void submitQuestion(qint64 respondentAccountId, const QString& text,
                                  const QString& topic);
  // Delegate (the questioner): satisfied or not with the answer (may be changed).
  Q_INVOKABLE void recordSatisfaction(qint64 questionId, bool satisfied);
  // Secretary/chair: groupId 0 creates a group; the questions listed move into it, in
  // that order.
  Q_INVOKABLE void defineQuestionGroup(qint64 groupId, const QString& title,
                                       const QVariantList& questionIds);
  // Secretary/chair: the calling order of every group.
  Q_INVOKABLE void orderQuestionGroups(const QVariantList& groupIds);
  // Chair: runs a group; gives the floor to a question's questioner (followUp: again,
  // after the answer); to a respondent for one or several asked questions.
  Q_INVOKABLE void startQuestionGroup(qint64 groupId);
  Q_INVOKABLE void callQuestioner(qint64 questionId, bool followUp);
  Q_INVOKABLE void callRespondent(qint64 respondentAccountId, const QVariantList& questionIds);
  // Secretary/chair: invites a respondent account of the council to the session (or
  // changes their position/agency); the server fills in the name from the account.
  Q_INVOKABLE void inviteRespondent(qint64 accountId, const QString& position,
                                    const QString& agency);
  // Secretary/chair: the council's respondent accounts, whom they may invite
  // (respondentAccountsListed answers).
  Q_INVOKABLE void listRespondentAccounts(qint64 sessionId);
  // Secretary/chair, explanation hearings: the issue, the panel (its chair and 3-5 members,
  // delegates on the roster), the agencies invited (1-20) and documents [{title, uri}].
  Q_INVOKABLE void setHearing(const QString& issue, qint64 panelChairId,
                              const QVariantList& memberIds, const QStringList& agencies,
                              const QVariantList& documents);
  // Chair/secretary: a conclusion (groupId 0: the session as a whole) with commitments
  // [{what, agency, dueDate: "YYYY-MM-DD"}].
  Q_INVOKABLE void recordConclusion(qint64 groupId, const QString& text,
                                    const QVariantList& commitments);
  // The council's commitments with their follow-up status (fills `commitments`).
  Q_INVOKABLE void refreshCommitments();
  // Chair/secretary: a commitment done with its evidence; its due date moved.
  Q_INVOKABLE void markCommitmentDone(qint64 sessionId, qint64 commitmentId,
                                      const QString& evidence);
  Q_INVOKABLE void extendCommitment(qint64 sessionId, qint64 commitmentId,
                                    const QString& newDueDate, const QString& reason);
  // Carried-over questions (fills `carriedOver`); a respondent answers one of theirs in
  // writing (then the list is refreshed).
  Q_INVOKABLE void refreshCarriedOver();
  Q_INVOKABLE void answerInWriting(qint64 sessionId, qint64 questionId, const QString& text,
                                   const QString& document);

 signals:
  void serverAddressChanged();
  void useTlsChanged();
  void rememberServerChanged();
  void stateChanged();
  void accountChanged();
  void reconnectingChanged();
  void pendingCommandsChanged();
  void loginErrorChanged();
  void sessionsChanged();
  void sessionIdChanged();
  void commitmentsChanged();
  void carriedOverChanged();
  // A command was refused or could not be delivered; `message` is for people.
  void commandFailed(const QString& message);
  // A command was committed by the server.
  void commandSucceeded(const QString& command);
  // The same refusal as commandFailed, naming the command (`command` as commandSucceeded
  // names it), for a dialog that shows the refusal of its own command under its form.
  // `code` is the gRPC status code (9 FAILED_PRECONDITION: e.g. the dossier gate).
  void commandRefused(const QString& command, const QString& message, int code);
  // listRespondentAccounts' answer: [{accountId, displayName, account, invited}] by name;
  // on failure `accounts` is empty and `error` says why.
  void respondentAccountsListed(qint64 sessionId, const QVariantList& accounts,
                                const QString& error);
  // A vote was committed. `receipt` is the server's text ("Đã ghi nhận phiếu của đại
  // biểu …"), never the choice. `echoedChoice`: for an open poll, the choice as the
  // committed event states it (the server's echo); always empty for a secret poll.
  void voteRecorded(qint64 pollId, const QString& receipt, const QString& echoedChoice);
  // The session ended the login (token expired or revoked).
  void loggedOut(const QString& reason);

 private:
  template <class Req, class Resp, class StartFn, class DoneFn>
  void unary(const Req& request, StartFn start, std::chrono::milliseconds timeout,
             bool authenticated, DoneFn done);
  template <class Req, class StartFn>
  void command(const QString& name, Req request, StartFn start) {
    call<v1::CommandReply>(name, std::move(request), std::move(start), 0);
  }
  // Resp: v1::CommandReply or v1::VoteReceipt.
  template <class Resp, class Req, class StartFn>
  void call(const QString& name, Req request, StartFn start, int attempt,
            std::function<void(const grpc::Status&)> done = {}, bool quiet = false);
  void observeTime(const v1::Event& event, std::optional<qint64> sentMs);
  void onVoteReceipt(const v1::VoteReceipt& receipt);
  // A follow-up call (answers a CommitmentView): refused -> commandFailed; done -> refresh.
  template <class Req, class StartFn>
  void followUp(const QString& name, const Req& request, StartFn start);

  void setState(State s);
  void setLoginError(const QString& e);
  void createChannel();
  // Lists the sessions; then follows the only one, or the remembered one if it is in
  // progress, or asks (ChoosingSession). `ask`: always ask when there are several.
  void listSessions(bool ask = false);
  QString lastSessionKey() const;
  void startLive();
  void onLiveMessage(quint64 generation, const v1::LiveMessage& message);
  void onLiveDone(quint64 generation, const grpc::Status& status);
  void scheduleReconnect();
  void markLive();
  void endLogin(const QString& reason);
  void adjustPending(int delta);

  QString serverAddress_;
  bool useTls_ = false;
  bool rememberServer_ = true;
  State state_ = Disconnected;
  bool reconnecting_ = false;
  int pendingCommands_ = 0;
  QString loginError_;

  std::shared_ptr<grpc::Channel> channel_;
  // A large live snapshot arrives in parts (SnapshotPart); put back together here.
  SnapshotAssembler snapshotParts_;
  std::shared_ptr<v1::AuthService::Stub> authStub_;
  std::shared_ptr<v1::SessionService::Stub> sessionStub_;
  std::shared_ptr<v1::AttendanceService::Stub> attendanceStub_;
  std::shared_ptr<v1::LiveService::Stub> liveStub_;
  std::shared_ptr<v1::VotingService::Stub> votingStub_;
  std::shared_ptr<v1::FloorService::Stub> floorStub_;
  std::shared_ptr<v1::InterpellationService::Stub> interpellationStub_;
  std::string token_;
  v1::Account account_;

  QVariantList sessions_;
  QVariantList commitments_;
  bool commitmentsLoading_ = false;
  QVariantList carriedOver_;
  qint64 suggestedSessionId_ = 0;
  qint64 sessionId_ = 0;
  SessionStore* store_;
  ServerClock* clock_;

  // Bumped on login/logout: late replies of an earlier login are dropped.
  quint64 epoch_ = 0;
  // Bumped on every (re)subscribe: messages of an abandoned stream are dropped.
  quint64 liveGeneration_ = 0;
  std::shared_ptr<LiveReader> reader_;
  int backoffMs_ = 0;
  QTimer reconnectTimer_;  // next resubscribe attempt
  QTimer debounceTimer_;   // Reconnecting for this long -> reconnecting = true
  QTimer probeTimer_;      // while Reconnecting: is the channel READY again?

  std::shared_ptr<CallTracker> tracker_;
};

}  // namespace dienhong::client
