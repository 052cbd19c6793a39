// Unit tests of the client's SessionStore and list models. They are fed real event
// sequences built from the proto messages (the same shapes the server's Decide emits),
// each model under QAbstractItemModelTester, and they check both the data and the exact
// signals the views receive.
#include <google/protobuf/util/message_differencer.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

#include "agenda_model.h"
#include "attendance_model.h"
#include "common/apply.h"
#include "common/decide.h"
#include "common/floor.h"
#include "common/respondent_view.h"
#include "common/vote_rules.h"
#include "conclusions_model.h"
#include "floor_model.h"
#include "question_groups_model.h"
#include "questions_model.h"
#include "labels.h"
#include "poll_spec.h"
#include "polls_model.h"
#include "server_clock.h"
#include "session_store.h"
#include "sittings_model.h"

using namespace dienhong;
using dienhong::client::AgendaModel;
using dienhong::client::AttendanceModel;
using dienhong::client::FloorModel;
using dienhong::client::PollsModel;
using dienhong::client::ConclusionsModel;
using dienhong::client::QuestionGroupsModel;
using dienhong::client::QuestionsModel;
using dienhong::client::ServerClock;
using dienhong::client::SessionStore;
using dienhong::client::SittingsModel;
using dienhong::client::StoreListModel;

namespace {

// Builds a session stream: every event gets the next seq.
class Stream {
 public:
  explicit Stream(int64_t sessionId = 1) : session_(sessionId) {}

  v1::Event next() {
    v1::Event e;
    e.set_stream_id(session_);
    e.set_seq(++seq_);
    e.mutable_recorded_at()->set_seconds(1'760'000'000 + seq_);
    e.mutable_actor()->set_account_id(3);
    e.mutable_actor()->set_role(v1::ROLE_CHAIR);
    return e;
  }
  // A convened-ready session: `delegates` on the roster, quorum at least 2/3, three
  // agenda items (the third with a document), two planned sittings.
  v1::Event created(int delegates) {
    v1::Event e = next();
    auto* c = e.mutable_session_created();
    c->set_council_id(1);
    c->set_council_name("Hội đồng nhân dân phường Diên Hồng");
    c->set_title("Kỳ họp thứ Mười (chuyên đề)");
    c->set_kind(v1::SESSION_KIND_THEMATIC);
    c->set_place("Hội trường UBND phường");
    c->mutable_quorum_rule()->set_numerator(2);
    c->mutable_quorum_rule()->set_denominator(3);
    for (int i = 1; i <= delegates; ++i) {
      auto* r = c->add_roster();
      r->set_delegate_id(100 + i);
      r->set_full_name("Đại biểu số " + std::to_string(i));
      r->set_title("Đại biểu");
      r->set_seat("A-" + std::to_string(i));
    }
    const char* titles[] = {"Khai mạc kỳ họp", "Báo cáo tình hình kinh tế – xã hội",
                            "Tờ trình về điều chỉnh kế hoạch đầu tư công"};
    for (int i = 0; i < 3; ++i) {
      auto* a = c->add_agenda();
      a->set_id(i + 1);
      a->set_title(titles[i]);
      a->set_kind(i == 0 ? v1::AGENDA_ITEM_KIND_OPENING : v1::AGENDA_ITEM_KIND_REPORT);
      a->set_status(v1::AGENDA_ITEM_STATUS_PENDING);
    }
    auto* doc = c->mutable_agenda(2)->add_documents();
    doc->set_title("Tờ trình số 12/TTr-UBND");
    doc->set_uri("docs/to-trinh-12.pdf");
    for (int i = 0; i < 2; ++i) {
      auto* s = c->add_sittings();
      s->set_id(i + 1);
      s->set_title(i == 0 ? "Phiên khai mạc (sáng)" : "Phiên bế mạc (chiều)");
      s->set_status(v1::SITTING_STATUS_PLANNED);
    }
    return e;
  }
  v1::Event opened(int64_t sitting) {
    v1::Event e = next();
    e.mutable_sitting_opened()->set_sitting_id(sitting);
    return e;
  }
  v1::Event suspended(int64_t sitting, const std::string& reason) {
    v1::Event e = next();
    e.mutable_sitting_suspended()->set_sitting_id(sitting);
    e.mutable_sitting_suspended()->set_reason(reason);
    return e;
  }
  v1::Event resumed(int64_t sitting) {
    v1::Event e = next();
    e.mutable_sitting_resumed()->set_sitting_id(sitting);
    return e;
  }
  v1::Event closed(int64_t sitting) {
    v1::Event e = next();
    e.mutable_sitting_closed()->set_sitting_id(sitting);
    return e;
  }
  v1::Event started(int64_t item, bool reopened = false) {
    v1::Event e = next();
    e.mutable_agenda_item_started()->set_item_id(item);
    e.mutable_agenda_item_started()->set_reopened(reopened);
    return e;
  }
  v1::Event completed(int64_t item) {
    v1::Event e = next();
    e.mutable_agenda_item_completed()->set_item_id(item);
    return e;
  }
  v1::Event attendance(int64_t sitting, int64_t delegate, v1::AttendanceStatus status,
                       const std::string& reason = "") {
    v1::Event e = next();
    auto* a = e.mutable_attendance_recorded();
    a->set_sitting_id(sitting);
    a->set_delegate_id(delegate);
    a->set_status(status);
    a->set_reason(reason);
    return e;
  }
  v1::Event itemAdded(int64_t id, const std::string& title) {
    v1::Event e = next();
    auto* item = e.mutable_agenda_item_added()->mutable_item();
    item->set_id(id);
    item->set_title(title);
    item->set_kind(v1::AGENDA_ITEM_KIND_DISCUSSION);
    item->set_status(v1::AGENDA_ITEM_STATUS_PENDING);
    return e;
  }
  v1::Event sittingAdded(int64_t id, const std::string& title) {
    v1::Event e = next();
    auto* s = e.mutable_sitting_added()->mutable_sitting();
    s->set_id(id);
    s->set_title(title);
    s->set_status(v1::SITTING_STATUS_PLANNED);
    return e;
  }

  // Poll events as the server's Decide emits them: the poll with its kind's defaults
  // filled in; the close's result computed by the same rules.
  v1::Event pollCreated(int64_t id, const std::string& title, v1::PollVisibility visibility) {
    v1::Event e = next();
    v1::Poll p;
    p.set_id(id);
    p.set_title(title);
    p.set_kind(v1::POLL_KIND_RESOLUTION);
    p.set_visibility(visibility);
    p.set_item_id(3);
    p = voting::WithDefaults(p);
    p.set_status(v1::POLL_STATUS_PREPARED);
    *e.mutable_poll_created()->mutable_poll() = p;
    return e;
  }
  v1::Event pollOpened(int64_t id, int64_t sitting, int roster, std::vector<int64_t> entitled,
                       int64_t closesAtSeconds = 0) {
    v1::Event e = next();
    auto* o = e.mutable_poll_opened();
    o->set_poll_id(id);
    o->set_sitting_id(sitting);
    o->set_roster_size(roster);
    o->set_base_count(roster);
    for (int64_t d : entitled) o->add_entitled(d);
    if (closesAtSeconds) o->mutable_closes_at()->set_seconds(closesAtSeconds);
    return e;
  }
  // `choice` 0: no ballot in the event (a secret poll's, or the live stream's copy).
  v1::Event voteCast(int64_t poll, int64_t delegate, int choice = 0) {
    v1::Event e = next();
    auto* v = e.mutable_vote_cast();
    v->set_poll_id(poll);
    v->set_delegate_id(delegate);
    if (choice) {
      auto* m = v->mutable_ballot()->add_marks();
      m->set_question_id(1);
      m->add_choice_ids(choice);
    }
    return e;
  }
  v1::Event pollClosed(const v1::Poll& poll, const std::vector<int>& choices,
                       std::vector<int64_t> entitled) {
    v1::Event e = next();
    v1::PollTally tally = voting::EmptyTally(poll);
    for (int c : choices) {
      v1::Ballot b;
      auto* m = b.add_marks();
      m->set_question_id(1);
      m->add_choice_ids(c);
      voting::AddBallot(poll, b, tally);
    }
    auto* c = e.mutable_poll_closed();
    c->set_poll_id(poll.id());
    for (int64_t d : entitled) c->add_entitled(d);
    *c->mutable_result() = voting::ComputeResult(poll, tally, poll.base_count());
    return e;
  }
  v1::Event published(int64_t poll) {
    v1::Event e = next();
    e.mutable_poll_results_published()->set_poll_id(poll);
    return e;
  }

 private:
  int64_t session_;
  int64_t seq_ = 0;
};

// The same fold the store runs, done directly: the server's view of the session.
v1::SessionState Fold(const std::vector<v1::Event>& events) {
  v1::SessionState s;
  for (const auto& e : events) Apply(s, e);
  return s;
}

// Runs a command through the common Decide, as the server does, and folds its events into
// the store (recorded_at = the command's time): the floor's events exactly as the server
// emits them. `delegate` 0 = the chair (account 3).
constexpr int64_t kT0 = 1'760'000'000'000'000;  // µs
void Run(SessionStore& store, v1::Command command, int64_t nowMicros, int64_t delegate = 0) {
  CommandContext ctx;
  ctx.actor.set_account_id(delegate ? 1000 + delegate : 3);
  ctx.actor.set_role(delegate ? v1::ROLE_DELEGATE : v1::ROLE_CHAIR);
  ctx.actor.set_display_name(delegate ? "Đại biểu" : "Chủ tọa");
  ctx.now_micros = nowMicros;
  if (command.has_request_floor())
    command.mutable_request_floor()->mutable_speaker()->set_delegate_id(delegate);
  if (command.has_withdraw_floor_request())
    command.mutable_withdraw_floor_request()->mutable_speaker()->set_delegate_id(delegate);
  if (command.has_grant_floor() && command.grant_floor().chair_self()) {
    command.mutable_grant_floor()->mutable_chair()->set_account_id(3);
    command.mutable_grant_floor()->mutable_chair()->set_name("Chủ tọa");
  }
  auto events = Decide(store.state(), command, ctx);
  QVERIFY2(events.ok(), events.status().message().c_str());
  for (v1::Event e : *events) {
    *e.mutable_recorded_at() = MicrosTimestamp(nowMicros);
    QCOMPARE(store.applyEvent(e), SessionStore::Outcome::Applied);
  }
}
v1::Command RequestCmd(v1::FloorKind kind, int64_t repliesTo = 0) {
  v1::Command c;
  c.mutable_request_floor()->set_kind(kind);
  c.mutable_request_floor()->set_replies_to_turn_id(repliesTo);
  return c;
}
QList<qint64> RequestIds(const QAbstractItemModel& m);

QVariant Data(const QAbstractItemModel& m, int row, const char* role) {
  const QHash<int, QByteArray> roles = m.roleNames();
  return m.data(m.index(row, 0), roles.key(role));
}

QList<qint64> RequestIds(const QAbstractItemModel& m) {
  QList<qint64> ids;
  for (int row = 0; row < m.rowCount(); ++row) ids.append(Data(m, row, "requestId").toLongLong());
  return ids;
}

}  // namespace

class ModelTest : public QObject {
  Q_OBJECT

 private slots:
  void storeFollowsTheFoldAndRefusesDuplicatesAndGaps();
  void storeEmitsOnlyWhatChanged();
  void storeFoldsABatchAsOneChange();
  void agendaModelTracksCurrentItem();
  void agendaModelInsertsAppendedItems();
  void sittingsModelFollowsLifecycle();
  void attendanceModelComputesQuorum();
  void attendanceModelSignalsOneRowPerRecord();
  void attendanceModelFollowsSelectedSitting();
  void snapshotWithMoreDataInsertsWithoutReset();
  void snapshotOfAnotherSessionResets();
  void modelsSurviveStoreDestruction();
  void pollsModelFollowsLifecycle();
  void pollsModelNeverDependsOnAChoice();
  void pollsModelOffersTheRevote();
  void pollSpecsPassTheServersValidation();
  void floorModelFollowsTheServersOrder();
  void floorModelTimesTurnsOnTheServersClock();
  void serverClockBoundsTheOffset();
  void questionsModelFollowsTheQuestioning();
  void questionsModelFiltersForTheRespondent();
  void questionsModelDescribesTheHearing();
  void englishTranslationIsComplete();
};

// A live EventBatch (a burst of votes) is one state change: one signal, the same state as
// event by event; events already applied are skipped, and a gap keeps what came before.
void ModelTest::storeFoldsABatchAsOneChange() {
  Stream s;
  std::vector<v1::Event> events = {s.created(6), s.opened(1), s.started(1),
                                   s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT),
                                   s.attendance(1, 102, v1::ATTENDANCE_STATUS_ONLINE)};
  SessionStore store;
  QCOMPARE(store.applyEvent(events[0]), SessionStore::Outcome::Applied);
  QCOMPARE(store.applyEvent(events[1]), SessionStore::Outcome::Applied);
  QSignalSpy changed(&store, &SessionStore::changed);
  QSignalSpy applied(&store, &SessionStore::eventApplied);
  google::protobuf::RepeatedPtrField<v1::Event> batch(events.begin() + 1, events.end());
  QCOMPARE(store.applyEvents(batch), SessionStore::Outcome::Applied);
  QCOMPARE(changed.count(), 1);
  QCOMPARE(applied.count(), 3);  // seq 3, 4, 5; seq 2 was already applied
  QCOMPARE(store.lastSeq(), 5);
  QVERIFY(google::protobuf::util::MessageDifferencer::Equals(store.state(), Fold(events)));

  // The same batch again changes nothing.
  QCOMPARE(store.applyEvents(batch), SessionStore::Outcome::Duplicate);
  QCOMPARE(changed.count(), 1);

  // 6 applies, 7 is missing, 8 is refused: the store stands at 6 and reports the gap.
  google::protobuf::RepeatedPtrField<v1::Event> gapped;
  *gapped.Add() = s.completed(1);  // seq 6
  s.next();                        // seq 7 never arrives
  *gapped.Add() = s.started(2);    // seq 8
  QCOMPARE(store.applyEvents(gapped), SessionStore::Outcome::Gap);
  QCOMPARE(store.lastSeq(), 6);
  QCOMPARE(changed.count(), 2);
}

void ModelTest::storeFollowsTheFoldAndRefusesDuplicatesAndGaps() {
  Stream s;
  std::vector<v1::Event> events = {s.created(6), s.opened(1), s.started(1),
                                   s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT)};
  SessionStore store;
  QSignalSpy seqSpy(&store, &SessionStore::lastSeqChanged);
  for (const auto& e : events) QCOMPARE(store.applyEvent(e), SessionStore::Outcome::Applied);
  QCOMPARE(seqSpy.count(), 4);
  QCOMPARE(store.lastSeq(), 4);
  const v1::SessionState expected = Fold(events);
  QVERIFY(google::protobuf::util::MessageDifferencer::Equals(store.state(), expected));

  // The command reply and the live stream both carry an event: the second copy is ignored.
  QCOMPARE(store.applyEvent(events[3]), SessionStore::Outcome::Duplicate);
  QCOMPARE(store.lastSeq(), 4);
  // A gap is refused and leaves the state alone.
  s.next();  // seq 5 never arrives
  QCOMPARE(store.applyEvent(s.completed(1)), SessionStore::Outcome::Gap);
  QCOMPARE(store.lastSeq(), 4);
  QVERIFY(google::protobuf::util::MessageDifferencer::Equals(store.state(), expected));

  // A snapshot of the same state has the same fingerprint.
  SessionStore other;
  other.resetToSnapshot(expected);
  QCOMPARE(other.fingerprint(), store.fingerprint());
  QVERIFY(!store.fingerprint().isEmpty());
}

void ModelTest::storeEmitsOnlyWhatChanged() {
  Stream s;
  SessionStore store;
  QSignalSpy info(&store, &SessionStore::sessionInfoChanged);
  QSignalSpy sitting(&store, &SessionStore::currentSittingChanged);
  QSignalSpy item(&store, &SessionStore::currentItemChanged);
  store.applyEvent(s.created(3));
  QCOMPARE(info.count(), 1);
  QCOMPARE(store.title(), QStringLiteral("Kỳ họp thứ Mười (chuyên đề)"));
  QCOMPARE(sitting.count(), 0);
  QCOMPARE(item.count(), 0);

  store.applyEvent(s.opened(1));
  QCOMPARE(sitting.count(), 1);
  QCOMPARE(store.currentSittingId(), 1);
  QCOMPARE(store.currentSittingStatusText(), QStringLiteral("Đang họp"));
  QCOMPARE(info.count(), 2);  // the session is now in progress
  QCOMPARE(store.status(), int(v1::SESSION_STATUS_IN_PROGRESS));

  store.applyEvent(s.started(3));
  QCOMPARE(item.count(), 1);
  QCOMPARE(store.currentItemNumber(), 3);
  QCOMPARE(store.currentItemTitle(), QStringLiteral("Tờ trình về điều chỉnh kế hoạch đầu tư công"));
  QCOMPARE(store.currentItemDocuments().size(), 1);
  QCOMPARE(store.currentItemDocuments()[0].toMap()["title"].toString(),
           QStringLiteral("Tờ trình số 12/TTr-UBND"));

  // Attendance changes neither the current item nor the session's info, but it is part of
  // the current sitting.
  store.applyEvent(s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(item.count(), 1);
  QCOMPARE(info.count(), 2);
  QCOMPARE(sitting.count(), 2);

  store.applyEvent(s.suspended(1, "Nghỉ giải lao 15 phút"));
  QCOMPARE(sitting.count(), 3);
  QCOMPARE(store.currentSittingStatusText(), QStringLiteral("Tạm dừng"));
  QCOMPARE(store.delegateName(102), QStringLiteral("Đại biểu số 2"));
}

void ModelTest::agendaModelTracksCurrentItem() {
  Stream s;
  SessionStore store;
  AgendaModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  QCOMPARE(model.rowCount(), 0);

  store.applyEvent(s.created(3));
  QCOMPARE(model.rowCount(), 3);
  QCOMPARE(model.count(), 3);
  QCOMPARE(Data(model, 0, "title").toString(), QStringLiteral("Khai mạc kỳ họp"));
  QCOMPARE(Data(model, 0, "kindText").toString(), QStringLiteral("Khai mạc"));
  QCOMPARE(Data(model, 2, "number").toInt(), 3);
  QCOMPARE(Data(model, 2, "documentCount").toInt(), 1);
  QCOMPARE(Data(model, 2, "documents").toList()[0].toMap()["uri"].toString(),
           QStringLiteral("docs/to-trinh-12.pdf"));
  QCOMPARE(Data(model, 1, "statusText").toString(), QStringLiteral("Chưa thực hiện"));

  store.applyEvent(s.opened(1));
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  store.applyEvent(s.started(1));
  QCOMPARE(changed.count(), 1);
  QCOMPARE(changed[0][0].toModelIndex().row(), 0);
  QCOMPARE(changed[0][1].toModelIndex().row(), 0);
  QVERIFY(Data(model, 0, "isCurrent").toBool());
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Đang thực hiện"));

  // Making item 3 current: Decide completes item 1 first, then starts item 3 (two
  // events); each changes exactly its own row.
  changed.clear();
  store.applyEvent(s.completed(1));
  store.applyEvent(s.started(3));
  QCOMPARE(changed.count(), 2);
  QCOMPARE(changed[0][0].toModelIndex().row(), 0);
  QCOMPARE(changed[0][1].toModelIndex().row(), 0);
  QCOMPARE(changed[1][0].toModelIndex().row(), 2);
  QCOMPARE(changed[1][1].toModelIndex().row(), 2);
  QCOMPARE(Data(model, 0, "status").toInt(), int(v1::AGENDA_ITEM_STATUS_DONE));
  QVERIFY(!Data(model, 0, "isCurrent").toBool());
  QVERIFY(Data(model, 2, "isCurrent").toBool());

  changed.clear();
  store.applyEvent(s.completed(3));
  QCOMPARE(changed.count(), 1);
  QCOMPARE(Data(model, 2, "status").toInt(), int(v1::AGENDA_ITEM_STATUS_DONE));
  QVERIFY(!Data(model, 2, "isCurrent").toBool());
}

void ModelTest::agendaModelInsertsAppendedItems() {
  Stream s;
  SessionStore store;
  AgendaModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  store.applyEvent(s.created(2));
  QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  QSignalSpy count(&model, &StoreListModel::countChanged);
  store.applyEvent(s.itemAdded(4, "Thảo luận tại hội trường"));
  QCOMPARE(inserted.count(), 1);
  QCOMPARE(inserted[0][1].toInt(), 3);
  QCOMPARE(inserted[0][2].toInt(), 3);
  QCOMPARE(reset.count(), 0);
  QCOMPARE(count.count(), 1);
  QCOMPARE(Data(model, 3, "title").toString(), QStringLiteral("Thảo luận tại hội trường"));
}

void ModelTest::sittingsModelFollowsLifecycle() {
  Stream s;
  SessionStore store;
  SittingsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  store.applyEvent(s.created(4));
  QCOMPARE(model.rowCount(), 2);
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Chưa khai mạc"));

  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  store.applyEvent(s.opened(1));
  QCOMPARE(changed.count(), 1);
  QCOMPARE(changed[0][0].toModelIndex().row(), 0);
  QVERIFY(Data(model, 0, "isCurrent").toBool());
  QVERIFY(!Data(model, 1, "isCurrent").toBool());
  QCOMPARE(Data(model, 0, "status").toInt(), int(v1::SITTING_STATUS_OPEN));

  store.applyEvent(s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT));
  store.applyEvent(s.attendance(1, 102, v1::ATTENDANCE_STATUS_ONLINE));
  store.applyEvent(s.attendance(1, 103, v1::ATTENDANCE_STATUS_EXCUSED, "Ốm"));
  QCOMPARE(Data(model, 0, "participants").toInt(), 2);

  store.applyEvent(s.suspended(1, "Nghỉ giải lao"));
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Tạm dừng"));
  QVERIFY(Data(model, 0, "isCurrent").toBool());
  store.applyEvent(s.resumed(1));
  store.applyEvent(s.closed(1));
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Đã kết thúc"));
  QVERIFY(!Data(model, 0, "isCurrent").toBool());
  QVERIFY(Data(model, 0, "openedAt").toDateTime().isValid());

  QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
  store.applyEvent(s.sittingAdded(3, "Phiên bổ sung"));
  QCOMPARE(inserted.count(), 1);
  QCOMPARE(model.rowCount(), 3);
}

void ModelTest::attendanceModelComputesQuorum() {
  Stream s;
  SessionStore store;
  AttendanceModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setSelfDelegateId(104);
  store.applyEvent(s.created(6));
  QCOMPARE(model.rowCount(), 6);
  QCOMPARE(model.total(), 6);
  QCOMPARE(model.effectiveSittingId(), 0);
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Chưa điểm danh"));

  QSignalSpy quorum(&model, &AttendanceModel::quorumChanged);
  QSignalSpy self(&model, &AttendanceModel::selfChanged);
  store.applyEvent(s.opened(1));
  QCOMPARE(model.effectiveSittingId(), 1);
  QCOMPARE(model.required(), 4);  // at least 2/3 of 6
  QVERIFY(!model.quorumMet());
  QCOMPARE(model.quorumText(), QStringLiteral("Có mặt 0/6 — chưa đủ túc số (cần 4)"));
  QVERIFY(quorum.count() >= 1);

  store.applyEvent(s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT));
  store.applyEvent(s.attendance(1, 102, v1::ATTENDANCE_STATUS_ONLINE));
  store.applyEvent(s.attendance(1, 103, v1::ATTENDANCE_STATUS_EXCUSED, "Đi công tác"));
  QCOMPARE(model.participants(), 2);
  QCOMPARE(model.excused(), 1);
  QCOMPARE(model.absent(), 3);
  QVERIFY(!model.quorumMet());
  QCOMPARE(self.count(), 0);

  store.applyEvent(s.attendance(1, 104, v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(self.count(), 1);
  QCOMPARE(model.selfStatus(), int(v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(model.selfStatusText(), QStringLiteral("Có mặt"));
  store.applyEvent(s.attendance(1, 105, v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(model.participants(), 4);
  QVERIFY(model.quorumMet());
  QCOMPARE(model.quorumText(), QStringLiteral("Có mặt 4/6 — đủ túc số"));
  QCOMPARE(Data(model, 2, "reason").toString(), QStringLiteral("Đi công tác"));
  QCOMPARE(Data(model, 2, "statusText").toString(), QStringLiteral("Vắng có lý do"));
  QVERIFY(Data(model, 1, "participating").toBool());

  // A correction that takes someone out drops below the rule again.
  store.applyEvent(s.attendance(1, 105, v1::ATTENDANCE_STATUS_ABSENT));
  QVERIFY(!model.quorumMet());
  QCOMPARE(model.participants(), 3);
}

void ModelTest::attendanceModelSignalsOneRowPerRecord() {
  Stream s;
  SessionStore store;
  AttendanceModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  store.applyEvent(s.created(10));
  store.applyEvent(s.opened(1));
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  store.applyEvent(s.attendance(1, 107, v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(changed.count(), 1);
  QCOMPARE(changed[0][0].toModelIndex().row(), 6);
  QCOMPARE(changed[0][1].toModelIndex().row(), 6);
  QCOMPARE(reset.count(), 0);
  // Events that do not touch attendance change no row.
  changed.clear();
  store.applyEvent(s.started(1));
  QCOMPARE(changed.count(), 0);
  // Opening the next sitting: everyone's status belongs to the new sitting.
  store.applyEvent(s.closed(1));
  changed.clear();
  store.applyEvent(s.opened(2));
  QCOMPARE(Data(model, 6, "hasRecord").toBool(), false);
}

void ModelTest::attendanceModelFollowsSelectedSitting() {
  Stream s;
  SessionStore store;
  AttendanceModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  store.applyEvent(s.created(3));
  store.applyEvent(s.opened(1));
  store.applyEvent(s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT));
  store.applyEvent(s.closed(1));
  QCOMPARE(model.effectiveSittingId(), 0);
  QCOMPARE(Data(model, 0, "hasRecord").toBool(), false);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  model.setSittingId(1);
  QCOMPARE(changed.count(), 1);
  QCOMPARE(model.effectiveSittingId(), 1);
  QCOMPARE(Data(model, 0, "status").toInt(), int(v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(model.participants(), 1);
}

void ModelTest::snapshotWithMoreDataInsertsWithoutReset() {
  // A resumed stream the server could not serve from memory starts with a snapshot:
  // the views see the difference, not a reset (no flicker on a tablet).
  Stream s;
  std::vector<v1::Event> events = {s.created(5), s.opened(1)};
  SessionStore store;
  AgendaModel agenda;
  AttendanceModel attendance;
  QAbstractItemModelTester t1(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester t2(&attendance, QAbstractItemModelTester::FailureReportingMode::QtTest);
  agenda.setStore(&store);
  attendance.setStore(&store);
  for (const auto& e : events) store.applyEvent(e);
  events.push_back(s.itemAdded(4, "Thảo luận"));
  events.push_back(s.started(2));
  events.push_back(s.attendance(1, 103, v1::ATTENDANCE_STATUS_ONLINE));
  QSignalSpy reset1(&agenda, &QAbstractItemModel::modelReset);
  QSignalSpy reset2(&attendance, &QAbstractItemModel::modelReset);
  QSignalSpy inserted(&agenda, &QAbstractItemModel::rowsInserted);
  QSignalSpy changed(&attendance, &QAbstractItemModel::dataChanged);
  store.resetToSnapshot(Fold(events));
  QCOMPARE(reset1.count(), 0);
  QCOMPARE(reset2.count(), 0);
  QCOMPARE(inserted.count(), 1);
  QCOMPARE(agenda.rowCount(), 4);
  QVERIFY(Data(agenda, 1, "isCurrent").toBool());
  QCOMPARE(changed.count(), 1);
  QCOMPARE(changed[0][0].toModelIndex().row(), 2);
  QCOMPARE(store.lastSeq(), 5);
  // The stream continues after the snapshot.
  QCOMPARE(store.applyEvent(s.completed(2)), SessionStore::Outcome::Applied);
}

void ModelTest::snapshotOfAnotherSessionResets() {
  Stream a(1), b(2);
  SessionStore store;
  AgendaModel agenda;
  SittingsModel sittings;
  AttendanceModel attendance;
  QAbstractItemModelTester t1(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester t2(&sittings, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester t3(&attendance, QAbstractItemModelTester::FailureReportingMode::QtTest);
  agenda.setStore(&store);
  sittings.setStore(&store);
  attendance.setStore(&store);
  store.applyEvent(a.created(4));
  v1::SessionState other = Fold({b.created(2)});
  other.mutable_agenda()->DeleteSubrange(0, 1);  // different first item: not a prefix
  QSignalSpy reset(&agenda, &QAbstractItemModel::modelReset);
  store.resetToSnapshot(other);
  QCOMPARE(reset.count(), 1);
  QCOMPARE(agenda.rowCount(), 2);
  QCOMPARE(attendance.rowCount(), 2);
  store.clear();
  QCOMPARE(agenda.rowCount(), 0);
  QCOMPARE(sittings.rowCount(), 0);
  QCOMPARE(attendance.rowCount(), 0);
  QCOMPARE(attendance.total(), 0);
}

void ModelTest::modelsSurviveStoreDestruction() {
  Stream s;
  auto* store = new SessionStore;
  AgendaModel agenda;
  QAbstractItemModelTester tester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
  agenda.setStore(store);
  store->applyEvent(s.created(2));
  QCOMPARE(agenda.rowCount(), 3);
  delete store;
  QCOMPARE(agenda.store(), nullptr);
  QCOMPARE(agenda.rowCount(), 0);
}

void ModelTest::pollsModelFollowsLifecycle() {
  Stream s;
  SessionStore store;
  PollsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setSelfDelegateId(102);
  store.applyEvent(s.created(5));
  store.applyEvent(s.opened(1));
  for (int64_t d : {101, 102, 103, 104})
    store.applyEvent(s.attendance(1, d, v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(model.rowCount(), 0);
  QVERIFY(model.openPoll().isEmpty());

  QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  QSignalSpy summaries(&model, &PollsModel::pollsChanged);
  store.applyEvent(
      s.pollCreated(1, "Nghị quyết về kế hoạch đầu tư công", v1::POLL_VISIBILITY_OPEN));
  QCOMPARE(inserted.count(), 1);
  QCOMPARE(model.rowCount(), 1);
  QCOMPARE(Data(model, 0, "status").toInt(), int(v1::POLL_STATUS_PREPARED));
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Đã chuẩn bị"));
  QCOMPARE(Data(model, 0, "kindText").toString(), QStringLiteral("Biểu quyết thông qua"));
  QCOMPARE(Data(model, 0, "secret").toBool(), false);
  const QVariantList questions = Data(model, 0, "questions").toList();
  QCOMPARE(questions.size(), 1);
  const QVariantList choices = questions[0].toMap().value("choices").toList();
  QCOMPARE(choices.size(), 3);
  QCOMPARE(choices[0].toMap().value("label").toString(), QStringLiteral("tán thành"));
  QVERIFY(model.openPoll().isEmpty());
  QCOMPARE(model.activePoll().value("pollId").toLongLong(), 1);
  QCOMPARE(summaries.count(), 1);

  store.applyEvent(s.pollOpened(1, 1, 5, {101, 102, 103, 104}, 1'760'000'600));
  QCOMPARE(changed.count(), 1);
  QCOMPARE(changed[0][0].toModelIndex().row(), 0);
  QVariantMap open = model.openPoll();
  QCOMPARE(open.value("pollId").toLongLong(), 1);
  QCOMPARE(open.value("entitledCount").toInt(), 4);
  QCOMPARE(open.value("votedCount").toInt(), 0);
  QCOMPARE(open.value("hasVoted").toBool(), false);
  QCOMPARE(open.value("selfEntitled").toBool(), true);
  QCOMPARE(open.value("closesAt").toDouble(), 1'760'000'600'000.0);

  changed.clear();
  store.applyEvent(s.voteCast(1, 101));
  QCOMPARE(changed.count(), 1);
  open = model.openPoll();
  QCOMPARE(open.value("votedCount").toInt(), 1);
  QCOMPARE(open.value("votedNames").toStringList(), QStringList{"Đại biểu số 1"});
  QCOMPARE(open.value("notVotedNames").toStringList().size(), 3);
  QCOMPARE(open.value("hasVoted").toBool(), false);

  // A late arrival is entitled now: progress moves with attendance.
  changed.clear();
  store.applyEvent(s.attendance(1, 105, v1::ATTENDANCE_STATUS_PRESENT));
  QCOMPARE(changed.count(), 1);
  QCOMPARE(model.openPoll().value("entitledCount").toInt(), 5);

  store.applyEvent(s.voteCast(1, 102));
  store.applyEvent(s.voteCast(1, 105));
  QCOMPARE(model.openPoll().value("hasVoted").toBool(), true);
  QCOMPARE(Data(model, 0, "votedCount").toInt(), 3);

  v1::Poll poll = store.state().polls(0);
  store.applyEvent(s.pollClosed(poll, {1, 1, 1}, {101, 102, 103, 104, 105}));
  QVERIFY(model.openPoll().isEmpty());
  QCOMPARE(Data(model, 0, "resultText").toString(),
           QStringLiteral("Thông qua: 3/5 đại biểu tán thành, 60,00% tổng số đại biểu"));
  const QVariantList results = Data(model, 0, "results").toList();
  QCOMPARE(results.size(), 1);
  QCOMPARE(results[0].toMap().value("passed").toBool(), true);
  const QVariantList bars = results[0].toMap().value("bars").toList();
  QCOMPARE(bars.size(), 3);
  QCOMPARE(bars[0].toMap().value("count").toInt(), 3);
  QCOMPARE(bars[0].toMap().value("fraction").toDouble(), 0.6);
  QCOMPARE(bars[1].toMap().value("count").toInt(), 0);
  QVERIFY(model.publishedPoll().isEmpty());

  store.applyEvent(s.published(1));
  QCOMPARE(model.publishedPoll().value("pollId").toLongLong(), 1);
  QVERIFY(model.activePoll().isEmpty());
  QCOMPARE(reset.count(), 0);
}

void ModelTest::pollsModelNeverDependsOnAChoice() {
  // Two tablets fed the same sequence except for the choice inside a VoteCast (an open
  // poll's reply echoes the named vote) hold identical states and identical rows: no
  // choice can reach a page through the store or the model. A secret poll's events never
  // carry one at all.
  for (v1::PollVisibility vis : {v1::POLL_VISIBILITY_OPEN, v1::POLL_VISIBILITY_SECRET}) {
    std::vector<QVariantMap> rows;
    QStringList fingerprints;
    for (int choice : {1, 2}) {
      Stream s;
      SessionStore store;
      PollsModel model;
      QAbstractItemModelTester tester(&model,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
      model.setStore(&store);
      model.setSelfDelegateId(101);
      store.applyEvent(s.created(3));
      store.applyEvent(s.opened(1));
      store.applyEvent(s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT));
      store.applyEvent(s.pollCreated(1, "Bỏ phiếu", vis));
      store.applyEvent(s.pollOpened(1, 1, 3, {101}));
      store.applyEvent(s.voteCast(1, 101, vis == v1::POLL_VISIBILITY_OPEN ? choice : 0));
      rows.push_back(model.poll(1));
      fingerprints.append(store.fingerprint());
      QCOMPARE(model.poll(1).value("hasVoted").toBool(), true);
      QCOMPARE(model.poll(1).value("secret").toBool(), vis == v1::POLL_VISIBILITY_SECRET);
    }
    QCOMPARE(rows[0], rows[1]);
    QCOMPARE(fingerprints[0], fingerprints[1]);
  }
}

void ModelTest::pollsModelOffersTheRevote() {
  {
    // A poll that failed its rule (1 of 5 in favour) can be repeated.
    Stream s;
    SessionStore store;
    PollsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    store.applyEvent(s.created(5));
    store.applyEvent(s.opened(1));
    store.applyEvent(s.attendance(1, 101, v1::ATTENDANCE_STATUS_PRESENT));
    store.applyEvent(s.pollCreated(1, "Nghị quyết", v1::POLL_VISIBILITY_OPEN));
    store.applyEvent(s.pollOpened(1, 1, 5, {101}));
    QVERIFY(model.revotablePoll().isEmpty());
    store.applyEvent(s.voteCast(1, 101));
    store.applyEvent(s.pollClosed(store.state().polls(0), {1}, {101}));
    QCOMPARE(Data(model, 0, "failed").toBool(), true);
    QCOMPARE(model.revotablePoll().value("pollId").toLongLong(), 1);
    // The repeat (through Decide, as the server does) takes the offer away.
    v1::Command revote;
    revote.mutable_revote_poll()->set_poll_id(1);
    Run(store, revote, kT0);
    QVERIFY(model.revotablePoll().isEmpty());
    QCOMPARE(model.activePoll().value("revoteOf").toLongLong(), 1);
    QCOMPARE(model.activePoll().value("title").toString(), QStringLiteral("Nghị quyết"));
  }
  {
    // A cancelled poll too; a prepared one is not.
    Stream s;
    SessionStore store;
    PollsModel model;
    model.setStore(&store);
    store.applyEvent(s.created(3));
    store.applyEvent(s.pollCreated(1, "Nghị quyết", v1::POLL_VISIBILITY_OPEN));
    QVERIFY(model.revotablePoll().isEmpty());
    v1::Command cancel;
    cancel.mutable_cancel_poll()->set_poll_id(1);
    cancel.mutable_cancel_poll()->set_reason("Nhầm nội dung");
    Run(store, cancel, kT0);
    QCOMPARE(model.revotablePoll().value("pollId").toLongLong(), 1);
    QCOMPARE(model.revotablePoll().value("failed").toBool(), false);
  }
}

void ModelTest::pollSpecsPassTheServersValidation() {
  using dienhong::client::PollFromSpec;
  // Every kind the console prepares, as the server completes and validates it.
  const QVariantMap rating{{"kind", int(v1::POLL_KIND_CONFIDENCE_RATING)},
                           {"title", "Lấy phiếu tín nhiệm"},
                           {"officials", QStringList{" Nguyễn Văn A — Chủ tịch UBND ", "",
                                                     "Trần Thị B — Phó Chủ tịch"}}};
  v1::Poll p = voting::WithDefaults(PollFromSpec(rating, 3));
  QVERIFY2(voting::ValidatePoll(p).ok(), voting::ValidatePoll(p).message().c_str());
  QCOMPARE(p.questions_size(), 2);
  QCOMPARE(p.questions(0).title(), "Nguyễn Văn A — Chủ tịch UBND");
  QCOMPARE(p.questions(1).choices_size(), 3);
  QCOMPARE(p.item_id(), 3);
  QCOMPARE(p.visibility(), v1::POLL_VISIBILITY_SECRET);  // the kind's default

  const QVariantMap election{{"kind", int(v1::POLL_KIND_ELECTION)},
                             {"title", "Bầu Phó Chủ tịch HĐND"},
                             {"candidates", QStringList{"Lê Văn C", "Phạm Thị D", "Hoàng Văn E"}},
                             {"seats", 2},
                             {"secret", true}};
  p = voting::WithDefaults(PollFromSpec(election, 3));
  QVERIFY2(voting::ValidatePoll(p).ok(), voting::ValidatePoll(p).message().c_str());
  QCOMPARE(p.questions_size(), 1);
  QCOMPARE(p.questions(0).choices_size(), 3);
  QCOMPARE(p.questions(0).max_choices(), 2);
  QCOMPARE(p.questions(0).choices(2).label(), "Hoàng Văn E");

  const QVariantMap custom{{"kind", int(v1::POLL_KIND_CUSTOM)},
                           {"title", "Chọn thời gian họp chuyên đề"},
                           {"choices", QStringList{"Tháng 10", "Tháng 11"}},
                           {"secret", false}};
  p = voting::WithDefaults(PollFromSpec(custom, 0));
  QVERIFY2(voting::ValidatePoll(p).ok(), voting::ValidatePoll(p).message().c_str());
  QCOMPARE(p.questions(0).choices(1).label(), "Tháng 11");
  QCOMPARE(p.visibility(), v1::POLL_VISIBILITY_OPEN);

  const QVariantMap vote{{"kind", int(v1::POLL_KIND_CONFIDENCE_VOTE)},
                         {"title", "Bỏ phiếu tín nhiệm"},
                         {"officials", QStringList{"Nguyễn Văn A — Chủ tịch UBND"}}};
  p = voting::WithDefaults(PollFromSpec(vote, 3));
  QVERIFY2(voting::ValidatePoll(p).ok(), voting::ValidatePoll(p).message().c_str());
  QCOMPARE(p.questions(0).counted_choice(), 2);  // "không tín nhiệm"

  const QVariantMap dismissal{{"kind", int(v1::POLL_KIND_DISMISSAL)}, {"title", "Miễn nhiệm"}};
  p = voting::WithDefaults(PollFromSpec(dismissal, 3));
  QVERIFY(voting::ValidatePoll(p).ok());

  // An election with one candidate is the server's to refuse, naming the field.
  const QVariantMap lonely{{"kind", int(v1::POLL_KIND_ELECTION)},
                           {"title", "Bầu"},
                           {"candidates", QStringList{"Lê Văn C", "  "}},
                           {"seats", 1}};
  const Status refused = voting::ValidatePoll(voting::WithDefaults(PollFromSpec(lonely, 3)));
  QVERIFY(!refused.ok());
  QVERIFY(refused.message().rfind("poll.questions[0].choices", 0) == 0);
}

void ModelTest::floorModelFollowsTheServersOrder() {
  Stream s;
  SessionStore store;
  FloorModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setSelfDelegateId(102);
  store.applyEvent(s.created(5));
  store.applyEvent(s.opened(1));
  store.applyEvent(s.started(2));
  QCOMPARE(model.rowCount(), 0);

  QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
  QSignalSpy summaries(&model, &FloorModel::floorChanged);
  Run(store, RequestCmd(v1::FLOOR_KIND_CONTRIBUTION), kT0, 101);
  Run(store, RequestCmd(v1::FLOOR_KIND_CONTRIBUTION), kT0 + 1, 102);
  QCOMPARE(inserted.count(), 2);
  QCOMPARE(RequestIds(model), (QList<qint64>{1, 2}));
  QCOMPARE(Data(model, 1, "speakerName").toString(), QStringLiteral("Đại biểu số 2"));
  QCOMPARE(Data(model, 1, "kindText").toString(), QStringLiteral("Phát biểu"));
  QCOMPARE(Data(model, 1, "isSelf").toBool(), true);
  QCOMPARE(Data(model, 0, "isSelf").toBool(), false);
  QCOMPARE(model.selfRequests().size(), 1);
  QCOMPARE(model.selfRequests()[0].toMap().value("position").toInt(), 2);

  // A point of order jumps ahead: the server's order, not arrival.
  Run(store, RequestCmd(v1::FLOOR_KIND_POINT_OF_ORDER), kT0 + 2, 103);
  QCOMPARE(RequestIds(model), (QList<qint64>{3, 1, 2}));
  QCOMPARE(Data(model, 0, "position").toInt(), 1);
  QCOMPARE(Data(model, 0, "kindText").toString(), QStringLiteral("Kiến nghị về thủ tục"));
  QCOMPARE(model.selfRequests()[0].toMap().value("position").toInt(), 3);

  // The chair grants the next in line: the point of order becomes the running turn.
  v1::Command grant;
  grant.mutable_grant_floor();
  Run(store, grant, kT0 + 10'000'000);
  QCOMPARE(RequestIds(model), (QList<qint64>{1, 2}));
  QCOMPARE(model.runningTurns().size(), 1);
  QVariantMap current = model.currentTurn();
  QCOMPARE(current.value("turnId").toLongLong(), 1);
  QCOMPARE(current.value("speakerName").toString(), QStringLiteral("Đại biểu số 3"));
  QCOMPARE(current.value("limitSeconds").toInt(), 120);
  QCOMPARE(current.value("warningSeconds").toInt(), 30);
  QCOMPARE(current.value("isChair").toBool(), false);
  // Debate targets: turns of this item by others.
  QCOMPARE(model.debatableTurns().size(), 1);
  QCOMPARE(model.debatableTurns()[0].toMap().value("turnId").toLongLong(), 1);

  // The chair's own turn does not hide the delegate who speaks.
  v1::Command self;
  self.mutable_grant_floor()->set_chair_self(true);
  Run(store, self, kT0 + 11'000'000);
  QCOMPARE(model.runningTurns().size(), 2);
  QCOMPARE(model.currentTurn().value("turnId").toLongLong(), 1);

  // Reorder (position among the item's waiting requests), remove, withdraw.
  v1::Command move;
  move.mutable_reorder_floor_request()->set_request_id(2);
  move.mutable_reorder_floor_request()->set_position(1);
  Run(store, move, kT0 + 12'000'000);
  QCOMPARE(RequestIds(model), (QList<qint64>{2, 1}));
  QCOMPARE(model.selfRequests()[0].toMap().value("position").toInt(), 1);
  v1::Command remove;
  remove.mutable_remove_floor_request()->set_request_id(1);
  remove.mutable_remove_floor_request()->set_reason("Đã phát biểu ở tổ");
  Run(store, remove, kT0 + 13'000'000);
  QCOMPARE(RequestIds(model), (QList<qint64>{2}));
  v1::Command withdraw;
  withdraw.mutable_withdraw_floor_request()->set_request_id(2);
  Run(store, withdraw, kT0 + 14'000'000, 102);
  QCOMPARE(model.rowCount(), 0);
  QVERIFY(model.selfRequests().isEmpty());

  // Close the list; a debate reply with its target; the next item shows its own list.
  summaries.clear();
  v1::Command close;
  close.mutable_close_floor_list();
  Run(store, close, kT0 + 15'000'000);
  QVERIFY(model.listClosed());
  QCOMPARE(summaries.count(), 1);
  v1::Command open;
  open.mutable_open_floor_list();
  Run(store, open, kT0 + 16'000'000);
  QVERIFY(!model.listClosed());
  Run(store, RequestCmd(v1::FLOOR_KIND_DEBATE, 1), kT0 + 17'000'000, 102);
  QCOMPARE(Data(model, 0, "repliesToTurnId").toLongLong(), 1);
  QCOMPARE(Data(model, 0, "repliesToText").toString(),
           QStringLiteral("Tranh luận với lượt 1 — Đại biểu số 3"));
  // (Through Decide: the server ends open turns before the item completes.)
  v1::Command complete;
  complete.mutable_complete_item()->set_item_id(2);
  Run(store, complete, kT0 + 18'000'000);
  v1::Command next;
  next.mutable_set_current_item()->set_item_id(3);
  Run(store, next, kT0 + 19'000'000);
  QCOMPARE(store.currentItemId(), 3);
  QCOMPARE(model.rowCount(), 0);
  QVERIFY(model.runningTurns().isEmpty());  // moving on ends the turns
  QVERIFY(model.currentTurn().isEmpty());
}

void ModelTest::floorModelTimesTurnsOnTheServersClock() {
  Stream s;
  SessionStore store;
  FloorModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  store.applyEvent(s.created(3));
  store.applyEvent(s.opened(1));
  store.applyEvent(s.started(2));
  Run(store, RequestCmd(v1::FLOOR_KIND_POINT_OF_ORDER), kT0, 101);  // 120 s
  v1::Command grant;
  grant.mutable_grant_floor();
  const int64_t start = kT0 + 1'000'000;
  Run(store, grant, start);
  const qint64 turn = model.currentTurn().value("turnId").toLongLong();
  QCOMPARE(model.currentTurn().value("startedAt").toDouble(), start / 1000.0);
  auto at = [&](double seconds) { return model.timing(turn, start / 1000.0 + seconds * 1000.0); };

  QCOMPARE(at(30).value("remainingSeconds").toInt(), 90);
  QCOMPARE(at(30).value("spokenSeconds").toInt(), 30);
  QCOMPARE(at(30).value("warning").toBool(), false);
  QCOMPARE(at(29.5).value("remainingSeconds").toInt(), 91);  // rounded up
  QCOMPARE(at(100).value("warning").toBool(), true);         // 30 s before the limit
  QCOMPARE(at(130).value("overrun").toBool(), true);
  QCOMPARE(at(130).value("remainingSeconds").toInt(), -10);
  QCOMPARE(at(130).value("warning").toBool(), false);

  // Paused at 40 s for 20 s: paused time is not speaking time.
  v1::Command pause;
  pause.mutable_pause_turn()->set_turn_id(turn);
  Run(store, pause, start + 40'000'000);
  QCOMPARE(model.currentTurn().value("paused").toBool(), true);
  QCOMPARE(at(55).value("remainingSeconds").toInt(), 80);
  QCOMPARE(at(55).value("paused").toBool(), true);
  v1::Command resume;
  resume.mutable_resume_turn()->set_turn_id(turn);
  Run(store, resume, start + 60'000'000);
  QCOMPARE(model.currentTurn().value("paused").toBool(), false);
  QCOMPARE(at(70).value("remainingSeconds").toInt(), 70);

  // An extension moves the limit.
  v1::Command extend;
  extend.mutable_extend_turn()->set_turn_id(turn);
  extend.mutable_extend_turn()->set_seconds(60);
  Run(store, extend, start + 70'000'000);
  QCOMPARE(model.currentTurn().value("limitSeconds").toInt(), 180);
  QCOMPARE(model.currentTurn().value("extendedSeconds").toInt(), 60);
  QCOMPARE(at(150).value("remainingSeconds").toInt(), 50);

  v1::Command end;
  end.mutable_end_turn()->set_turn_id(turn);
  Run(store, end, start + 90'000'000);
  QVERIFY(model.currentTurn().isEmpty());
  QCOMPARE(at(500).value("open").toBool(), false);
  QCOMPARE(at(500).value("spokenSeconds").toInt(), 70);  // stops at the end
  QVERIFY(model.timing(99, 0).isEmpty());
}

void ModelTest::serverClockBoundsTheOffset() {
  ServerClock clock;
  QSignalSpy calibrated(&clock, &ServerClock::calibrated);
  QVERIFY(!clock.isCalibrated());
  // The server is 5 s ahead of this machine's monotonic clock + 1e12 ms.
  const double offset = 1e12 + 5000;
  // A command sent at 1000, answered at 1200, recorded by the server at local 1080.
  clock.observe(offset + 1080, 1000, 1200);
  QVERIFY(clock.isCalibrated());
  QCOMPARE(calibrated.count(), 1);
  QCOMPARE(clock.nowAt(2000), offset + 2000 - 120);  // lower bound: t - received
  // A fresh live event (20 ms in flight) tightens it; an older one does not loosen it.
  clock.observe(offset + 2980, std::nullopt, 3000);
  QCOMPARE(clock.nowAt(4000), offset + 4000 - 20);
  clock.observe(offset + 100, std::nullopt, 5000);
  QCOMPARE(clock.nowAt(4000), offset + 4000 - 20);
  QCOMPARE(calibrated.count(), 2);
  // The server's clock is stepped back by 10 s: the bounds cross and the estimate follows.
  clock.observe(offset - 10000 + 6000, 5990, 6010);
  QCOMPARE(clock.nowAt(7000), offset - 10000 + 7000 - 10);
}

namespace {
constexpr int64_t kTuan = 501, kHa = 502;  // respondents' accounts
v1::Command Invite(int64_t account, const std::string& name, const std::string& agency) {
  v1::Command c;
  v1::Respondent* r = c.mutable_invite_respondent()->mutable_respondent();
  r->set_account_id(account);
  r->set_name(name);
  r->set_position("Giám đốc " + agency);
  r->set_agency(agency);
  return c;
}
v1::Command Submit(int64_t delegate, int64_t respondent, const std::string& text) {
  v1::Command c;
  c.mutable_submit_question()->set_delegate_id(delegate);
  c.mutable_submit_question()->set_respondent_account_id(respondent);
  c.mutable_submit_question()->set_text(text);
  return c;
}
v1::Command Group(int64_t id, const std::string& title, std::vector<int64_t> questions) {
  v1::Command c;
  c.mutable_define_question_group()->set_group_id(id);
  c.mutable_define_question_group()->set_title(title);
  for (int64_t q : questions) c.mutable_define_question_group()->add_question_ids(q);
  return c;
}
QList<qint64> QuestionIds(const QAbstractItemModel& m) {
  QList<qint64> ids;
  for (int row = 0; row < m.rowCount(); ++row) ids.append(Data(m, row, "questionId").toLongLong());
  return ids;
}
}  // namespace

// Questions, groups and conclusions through the common Decide and Apply, as the server
// runs them: every model under the tester, rows inserted and changed (not reset) as the
// questioning goes on, the words for each step, and the filters of each page.
void ModelTest::questionsModelFollowsTheQuestioning() {
  Stream s;
  SessionStore store;
  QuestionsModel all, mine, group1;
  QuestionGroupsModel groups;
  ConclusionsModel conclusions;
  QAbstractItemModelTester t1(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester t2(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester t3(&group1, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester t4(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
  QAbstractItemModelTester t5(&conclusions,
                              QAbstractItemModelTester::FailureReportingMode::QtTest);
  for (StoreListModel* m : std::initializer_list<StoreListModel*>{&all, &mine, &group1, &groups,
                                                                  &conclusions})
    m->setStore(&store);
  mine.setSelfDelegateId(102);
  mine.setOnlyOwn(true);
  group1.setGroupId(1);
  // (Stream events first: Run's events continue the sequence.)
  store.applyEvent(s.created(4));
  store.applyEvent(s.opened(1));
  store.applyEvent(s.started(2));
  Run(store, Invite(kTuan, "Lê Minh Tuấn", "UBND phường"), kT0);
  Run(store, Invite(kHa, "Phạm Thu Hà", "Công an phường"), kT0);
  QCOMPARE(all.respondents().size(), 2);
  QCOMPARE(all.respondents()[0].toMap().value("text").toString(),
           QStringLiteral("Lê Minh Tuấn — Giám đốc UBND phường"));

  QSignalSpy inserted(&all, &QAbstractItemModel::rowsInserted);
  QSignalSpy reset(&all, &QAbstractItemModel::modelReset);
  Run(store, Submit(101, kTuan, "Tiến độ cải tạo chung cư cũ?"), kT0 + 1);
  Run(store, Submit(102, kTuan, "Xử lý vi phạm trật tự xây dựng ở tổ 5?"), kT0 + 2);
  Run(store, Submit(102, kHa, "An ninh trật tự khu chợ đêm?"), kT0 + 3);
  QCOMPARE(inserted.count(), 3);
  QCOMPARE(QuestionIds(all), (QList<qint64>{1, 2, 3}));
  QCOMPARE(QuestionIds(mine), (QList<qint64>{2, 3}));
  QCOMPARE(all.ungroupedCount(), 3);
  QCOMPARE(Data(all, 1, "delegateName").toString(), QStringLiteral("Đại biểu số 2"));
  QCOMPARE(Data(all, 1, "respondentName").toString(), QStringLiteral("Lê Minh Tuấn"));
  QCOMPARE(Data(mine, 0, "progressText").toString(),
           QStringLiteral("Đã gửi, chờ xếp nhóm vấn đề"));
  QCOMPARE(Data(mine, 0, "isSelf").toBool(), true);
  QCOMPARE(group1.rowCount(), 0);

  // The secretary groups questions 2 and 1 (in that calling order): rows change, no
  // reset; the group's own model shows them in the group's order.
  QSignalSpy changed(&all, &QAbstractItemModel::dataChanged);
  Run(store, Group(0, "Quản lý trật tự xây dựng", {2, 1}), kT0 + 4);
  QCOMPARE(reset.count(), 0);
  QCOMPARE(changed.count(), 1);  // rows 0-1 in one range
  QCOMPARE(changed[0][0].toModelIndex().row(), 0);
  QCOMPARE(changed[0][1].toModelIndex().row(), 1);
  QCOMPARE(QuestionIds(group1), (QList<qint64>{2, 1}));
  QCOMPARE(Data(mine, 0, "groupTitle").toString(), QStringLiteral("Quản lý trật tự xây dựng"));
  QCOMPARE(Data(mine, 0, "progressText").toString(),
           QStringLiteral("Đã xếp vào nhóm «Quản lý trật tự xây dựng», chờ chủ tọa mời chất vấn"));
  QCOMPARE(groups.rowCount(), 1);
  QCOMPARE(Data(groups, 0, "summaryText").toString(), QStringLiteral("2 câu hỏi"));
  Run(store, Group(0, "An ninh trật tự", {3}), kT0 + 5);
  QCOMPARE(groups.rowCount(), 2);
  QCOMPARE(groups.orderWithMoved(2, 1), (QVariantList{qint64(2), qint64(1)}));
  v1::Command order;
  order.mutable_order_question_groups()->add_group_ids(2);
  order.mutable_order_question_groups()->add_group_ids(1);
  Run(store, order, kT0 + 6);
  QCOMPARE(Data(groups, 0, "groupId").toLongLong(), 2);
  QCOMPARE(Data(groups, 1, "position").toInt(), 2);
  QCOMPARE(all.ungroupedCount(), 0);

  // The chair runs group 1: question turn, answer turn, satisfaction.
  v1::Command start;
  start.mutable_start_question_group()->set_group_id(1);
  Run(store, start, kT0 + 8);
  QCOMPARE(all.currentGroupId(), 1);
  QCOMPARE(all.currentGroupTitle(), QStringLiteral("Quản lý trật tự xây dựng"));
  QCOMPARE(Data(groups, 1, "isCurrent").toBool(), true);
  QCOMPARE(Data(all, 2, "inCurrentGroup").toBool(), false);
  QCOMPARE(Data(all, 1, "inCurrentGroup").toBool(), true);
  v1::Command ask;
  ask.mutable_call_questioner()->set_question_id(2);
  Run(store, ask, kT0 + 9);
  QCOMPARE(Data(mine, 0, "status").toInt(), int(v1::QUESTION_STATUS_ASKED));
  QCOMPARE(Data(mine, 0, "progressText").toString(),
           QStringLiteral("Đã nêu tại phiên họp, chờ trả lời"));
  QCOMPARE(all.awaitingAnswer(kTuan), (QVariantList{qint64(2)}));
  v1::Command end;
  end.mutable_end_turn();
  Run(store, end, kT0 + 10);
  v1::Command answer;
  answer.mutable_call_respondent()->set_respondent_account_id(kTuan);
  answer.mutable_call_respondent()->add_question_ids(2);
  Run(store, answer, kT0 + 11);
  QCOMPARE(Data(mine, 0, "statusText").toString(), QStringLiteral("Đã trả lời"));
  QCOMPARE(Data(groups, 1, "summaryText").toString(), QStringLiteral("2 câu hỏi · 1 đã trả lời"));
  v1::Command verdict;
  verdict.mutable_record_satisfaction()->set_question_id(2);
  verdict.mutable_record_satisfaction()->set_delegate_id(102);
  verdict.mutable_record_satisfaction()->set_satisfied(false);
  Run(store, verdict, kT0 + 12);
  QCOMPARE(Data(mine, 0, "satisfactionText").toString(), QStringLiteral("Chưa hài lòng"));
  QCOMPARE(Data(mine, 0, "progressText").toString(), QStringLiteral("Đã trả lời — chưa hài lòng"));

  // A conclusion of the group with a commitment.
  v1::Command conclude;
  conclude.mutable_record_conclusion()->set_group_id(1);
  conclude.mutable_record_conclusion()->set_text("Đề nghị UBND phường xử lý dứt điểm.");
  v1::Commitment* c = conclude.mutable_record_conclusion()->add_commitments();
  c->set_what("Xử lý 12 công trình vi phạm");
  c->set_agency("UBND phường");
  c->set_due_date("2026-12-31");
  Run(store, conclude, kT0 + 13);
  QCOMPARE(conclusions.rowCount(), 1);
  QCOMPARE(Data(conclusions, 0, "groupTitle").toString(),
           QStringLiteral("Quản lý trật tự xây dựng"));
  const QVariantList commitments = Data(conclusions, 0, "commitments").toList();
  QCOMPARE(commitments.size(), 1);
  QCOMPARE(commitments[0].toMap().value("commitmentId").toLongLong(), 1);
  QCOMPARE(commitments[0].toMap().value("text").toString(),
           QStringLiteral("Xử lý 12 công trình vi phạm — UBND phường, hạn 2026-12-31"));
  QCOMPARE(reset.count(), 0);
}

// The respondent's page: only the questions addressed to them, from the redacted state
// the server sends them (others' questions keep no text).
void ModelTest::questionsModelFiltersForTheRespondent() {
  Stream s;
  SessionStore store;
  store.applyEvent(s.created(3));
  Run(store, Invite(kTuan, "Lê Minh Tuấn", "UBND phường"), kT0);
  Run(store, Invite(kHa, "Phạm Thu Hà", "Công an phường"), kT0);
  Run(store, Submit(101, kTuan, "Câu hỏi cho ông Tuấn"), kT0 + 1);
  Run(store, Submit(102, kHa, "Câu hỏi cho bà Hà"), kT0 + 2);
  v1::SessionState redacted = store.state();
  RedactStateForRespondent(redacted, kTuan);
  SessionStore view;
  view.resetToSnapshot(redacted);
  QuestionsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&view);
  QCOMPARE(model.rowCount(), 2);
  QCOMPARE(Data(model, 1, "redacted").toBool(), true);
  QCOMPARE(Data(model, 1, "text").toString(), QString());
  model.setRespondentAccountId(kTuan);
  QCOMPARE(QuestionIds(model), (QList<qint64>{1}));
  QCOMPARE(Data(model, 0, "text").toString(), QStringLiteral("Câu hỏi cho ông Tuấn"));
  QCOMPARE(Data(model, 0, "redacted").toBool(), false);
  QCOMPARE(Data(model, 0, "delegateName").toString(), QStringLiteral("Đại biểu số 1"));
}

// An explanation hearing: the model says so and describes the panel with the roster's
// names; any other kind of session has no hearing.
void ModelTest::questionsModelDescribesTheHearing() {
  Stream s;
  SessionStore store;
  QuestionsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  store.applyEvent(s.created(5));
  QVERIFY(!model.isHearing());
  QVERIFY(model.hearing().isEmpty());
  v1::SessionState hearing = store.state();
  hearing.set_kind(v1::SESSION_KIND_EXPLANATION_HEARING);
  store.resetToSnapshot(hearing);
  QVERIFY(model.isHearing());
  QSignalSpy changed(&model, &QuestionsModel::interpellationChanged);
  v1::Command set;
  v1::Hearing* h = set.mutable_set_hearing()->mutable_hearing();
  h->set_issue("Quản lý trật tự đô thị");
  h->set_panel_chair_delegate_id(101);
  for (int64_t id : {102, 103, 104}) h->add_panel_member_ids(id);
  h->add_agencies("UBND phường");
  h->add_agencies("Công an phường");
  Run(store, set, kT0);
  QCOMPARE(changed.count(), 1);
  const QVariantMap m = model.hearing();
  QCOMPARE(m.value("issue").toString(), QStringLiteral("Quản lý trật tự đô thị"));
  QCOMPARE(m.value("panelText").toString(),
           QStringLiteral("Chủ tọa: Đại biểu số 1; thành viên: Đại biểu số 2, Đại biểu số 3, "
                          "Đại biểu số 4"));
  QCOMPARE(m.value("agenciesText").toString(), QStringLiteral("UBND phường; Công an phường"));
}

void ModelTest::englishTranslationIsComplete() {
  // The embedded English catalogue loads and covers the words the models produce.
  QTranslator en;
  QVERIFY(en.load(QStringLiteral(":/i18n/dienhong_en.qm")));
  QVERIFY(QCoreApplication::installTranslator(&en));
  Stream s;
  SessionStore store;
  AttendanceModel model;
  model.setStore(&store);
  store.applyEvent(s.created(3));
  store.applyEvent(s.opened(1));
  store.applyEvent(s.attendance(1, 101, v1::ATTENDANCE_STATUS_EXCUSED, "Ốm"));
  QCOMPARE(model.quorumText(), QStringLiteral("Present 0/3 — no quorum (2 needed)"));
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Excused"));
  QCOMPARE(store.currentSittingStatusText(), QStringLiteral("In session"));
  QCOMPARE(dienhong::client::Labels::role(v1::ROLE_CHAIR), QStringLiteral("Chair"));
  QCOMPARE(dienhong::client::Labels::pollStatus(v1::POLL_STATUS_OPEN),
           QStringLiteral("Voting open"));
  QCOMPARE(dienhong::client::Labels::pollKind(v1::POLL_KIND_RESOLUTION),
           QStringLiteral("Resolution vote"));
  QCOMPARE(dienhong::client::Labels::floorKind(v1::FLOOR_KIND_POINT_OF_ORDER),
           QStringLiteral("Point of order"));
  QCOMPARE(dienhong::client::Labels::questionStatus(v1::QUESTION_STATUS_ANSWERED),
           QStringLiteral("Answered"));
  QCOMPARE(dienhong::client::Labels::satisfaction(v1::SATISFACTION_UNSATISFIED),
           QStringLiteral("Not satisfied"));
  QCOMPARE(dienhong::client::Labels::commitmentStatus(v1::COMMITMENT_STATUS_OVERDUE),
           QStringLiteral("Overdue"));
  QCoreApplication::removeTranslator(&en);
  QCOMPARE(dienhong::client::Labels::role(v1::ROLE_CHAIR), QStringLiteral("Chủ tọa"));
}

QTEST_GUILESS_MAIN(ModelTest)
#include "model_test.moc"
