// Unit tests of the client's documents room (client-qml/src/documents): DocumentsModel,
// ReceiptsModel and DossierModel over SessionStates built from the proto messages, each
// under QAbstractItemModelTester, and the DocumentCache's digest check and partial files.
#include "documents/documents_model.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "documents/document_cache.h"
#include "documents/dossier_model.h"
#include "documents/receipts_model.h"
#include "session_store.h"

using namespace dienhong;
using dienhong::client::DocumentCache;
using dienhong::client::DocumentsModel;
using dienhong::client::DossierModel;
using dienhong::client::ReceiptsModel;
using dienhong::client::SessionStore;

namespace {

QVariant Data(const QAbstractItemModel& model, int row, const char* role) {
  const QHash<int, QByteArray> names = model.roleNames();
  for (auto it = names.begin(); it != names.end(); ++it)
    if (it.value() == role) return model.data(model.index(row, 0), it.key());
  qFatal("no role %s", role);
}

google::protobuf::Timestamp At(int64_t seconds) {
  google::protobuf::Timestamp t;
  t.set_seconds(seconds);
  return t;
}

// 2026-11-20 09:00 in Vietnam (02:00 UTC).
constexpr int64_t kSent = 1'795'140'000;

std::string Digest(char c) { return "sha256:" + std::string(64, c); }

v1::DocumentVersion* AddVersion(v1::Document* d, bool published, char digest) {
  v1::DocumentVersion* v = d->add_versions();
  v->set_number(d->versions_size());
  v->mutable_pdf()->set_digest(Digest(digest));
  v->mutable_pdf()->set_size_bytes(2'400'000);
  v->mutable_pdf()->set_media_type("application/pdf");
  v->mutable_pdf()->set_file_name("to-trinh.pdf");
  *v->mutable_uploaded_at() = At(kSent - 3600);
  if (published) *v->mutable_published_at() = At(kSent + 3600 * (d->versions_size() - 1));
  return v;
}

// A session with three delegates on the roster and two items; documents:
//  1 item 1 order 2: tờ trình, v1 published (received 101, 102; opened 101)
//  2 item 1 order 1: dự thảo, v1 published and replaced, v2 published (101 opened v1 only)
//  3 item 1 order 3: confidential, published
//  4 item 1 order 4: a draft never published
//  5 item 1: withdrawn draft
//  6 item 2: published, nobody opened
v1::SessionState State() {
  v1::SessionState s;
  s.set_session_id(1);
  s.set_title("Kỳ họp thứ Mười");
  s.set_last_seq(10);
  for (int i = 1; i <= 3; ++i) {
    v1::RosterEntry* r = s.add_roster();
    r->set_delegate_id(100 + i);
    r->set_full_name("Đại biểu số " + std::to_string(i));
  }
  for (int i = 1; i <= 2; ++i) {
    v1::AgendaItem* item = s.add_agenda();
    item->set_id(i);
    item->set_title(i == 1 ? "Nghị quyết về dự toán ngân sách" : "Báo cáo kinh tế – xã hội");
  }
  v1::DocumentsState* docs = s.mutable_documents();
  auto add = [&](int64_t id, int64_t item, v1::DocumentKind kind, const char* title, int order) {
    v1::Document* d = docs->add_documents();
    d->set_id(id);
    d->set_item_id(item);
    d->set_kind(kind);
    d->set_title(title);
    d->set_order(order);
    return d;
  };
  v1::Document* d1 = add(1, 1, v1::DOCUMENT_KIND_SUBMISSION, "Tờ trình dự toán ngân sách", 2);
  d1->set_number("123/TTr-UBND");
  v1::DocumentVersion* v = AddVersion(d1, true, 'a');
  v->add_received_by(101);
  v->add_received_by(102);
  v->add_opened_by(101);
  v1::Document* d2 = add(2, 1, v1::DOCUMENT_KIND_DRAFT_RESOLUTION, "Dự thảo nghị quyết", 1);
  v = AddVersion(d2, true, 'b');
  v->add_received_by(101);
  v->add_opened_by(101);
  *v->mutable_replaced_at() = At(kSent + 3600);
  AddVersion(d2, true, 'c');
  v1::Document* d3 = add(3, 1, v1::DOCUMENT_KIND_REPORT, "Báo cáo mật", 3);
  d3->set_confidential(true);
  *d3->mutable_published_at() = At(kSent);
  v1::Document* d4 = add(4, 1, v1::DOCUMENT_KIND_VERIFICATION_REPORT, "Báo cáo thẩm tra", 4);
  AddVersion(d4, false, 'd');
  v1::Document* d5 = add(5, 1, v1::DOCUMENT_KIND_OTHER, "Rút lại", 5);
  AddVersion(d5, false, 'e');
  d5->set_withdrawn(true);
  v1::Document* d6 = add(6, 2, v1::DOCUMENT_KIND_REPORT, "Báo cáo kinh tế", 1);
  AddVersion(d6, true, 'f');
  return s;
}

v1::Document* Find(v1::SessionState& s, int64_t id) {
  for (v1::Document& d : *s.mutable_documents()->mutable_documents())
    if (d.id() == id) return &d;
  return nullptr;
}

}  // namespace

class DocumentsModelTest : public QObject {
  Q_OBJECT

 private slots:
  void listsAnItemsPapersInTheSecretarysOrder();
  void delegatesSeePublishedPapersWithBadges();
  void badgeGoesWhenTheDelegateOpensWithoutAReset();
  void deskSeesDraftsAndReceipts();
  void onScreenPageFollowsTheState();
  void receiptsModelCountsAndNamesWhoHasNot();
  void dossierModelChecksAnItemsPapers();
  void dossierModelCountsLatePapersAgainstTheDeadline();
  void cacheChecksTheDigestAndKeepsPartialFiles();
};

void DocumentsModelTest::listsAnItemsPapersInTheSecretarysOrder() {
  SessionStore store;
  DocumentsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setItemId(1);
  store.resetToSnapshot(State());
  // Withdrawn drafts are never listed; order is the secretary's.
  QCOMPARE(model.rowCount(), 4);
  QCOMPARE(model.documentIds(), (QVariantList{qint64(2), qint64(1), qint64(3), qint64(4)}));
  QCOMPARE(Data(model, 0, "kindText").toString(), QStringLiteral("Dự thảo nghị quyết"));
  QCOMPARE(Data(model, 1, "number").toString(), QStringLiteral("123/TTr-UBND"));
  QCOMPARE(model.orderWithMoved(4, 0), (QVariantList{qint64(4), qint64(2), qint64(1), qint64(3)}));
  model.setItemId(2);
  QCOMPARE(model.rowCount(), 1);
  model.setItemId(-1);  // every item, by agenda position
  QCOMPARE(model.documentIds(),
           (QVariantList{qint64(2), qint64(1), qint64(3), qint64(4), qint64(6)}));
}

void DocumentsModelTest::delegatesSeePublishedPapersWithBadges() {
  SessionStore store;
  DocumentsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setItemId(1);
  model.setPublishedOnly(true);
  model.setSelfDelegateId(101);
  store.resetToSnapshot(State());
  // The draft-only paper is not sent, so a delegate does not see it.
  QCOMPARE(model.documentIds(), (QVariantList{qint64(2), qint64(1), qint64(3)}));
  // Paper 2: 101 opened v1, v2 is published now -> updated; paper 1: opened -> none.
  QCOMPARE(Data(model, 0, "badge").toString(), QStringLiteral("updated"));
  QCOMPARE(Data(model, 0, "badgeText").toString(), QStringLiteral("Cập nhật"));
  QCOMPARE(Data(model, 0, "version").toInt(), 2);
  QCOMPARE(Data(model, 0, "digest").toString(), QString::fromStdString(Digest('c')));
  QCOMPARE(Data(model, 1, "badge").toString(), QString());
  // Confidential: listed, no badge, said to be on paper.
  QCOMPARE(Data(model, 2, "confidential").toBool(), true);
  QCOMPARE(Data(model, 2, "badge").toString(), QString());
  QCOMPARE(Data(model, 2, "statusText").toString(),
           QStringLiteral("Tài liệu mật — phát bản giấy tại kỳ họp"));
  QCOMPARE(model.badgeCount(), 1);
  // Another delegate, who opened nothing: both files are new.
  model.setSelfDelegateId(103);
  QCOMPARE(Data(model, 0, "badge").toString(), QStringLiteral("new"));
  QCOMPARE(Data(model, 1, "badgeText").toString(), QStringLiteral("Mới"));
  QCOMPARE(model.badgeCount(), 2);
  QCOMPARE(Data(model, 1, "publishedAt").toString(), QStringLiteral("20/11/2026 09:00"));
}

void DocumentsModelTest::badgeGoesWhenTheDelegateOpensWithoutAReset() {
  SessionStore store;
  DocumentsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setItemId(1);
  model.setPublishedOnly(true);
  model.setSelfDelegateId(101);
  v1::SessionState s = State();
  store.resetToSnapshot(s);
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy badges(&model, &DocumentsModel::badgesChanged);
  Find(s, 2)->mutable_versions(1)->add_opened_by(101);
  s.set_last_seq(11);
  store.resetToSnapshot(s);
  QCOMPARE(reset.count(), 0);
  QCOMPARE(changed.count(), 1);
  QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
  QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
  QCOMPARE(Data(model, 0, "badge").toString(), QString());
  QCOMPARE(model.badgeCount(), 0);
  QCOMPARE(badges.count(), 1);
}

void DocumentsModelTest::deskSeesDraftsAndReceipts() {
  SessionStore store;
  DocumentsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setItemId(1);
  v1::SessionState s = State();
  AddVersion(Find(s, 1), false, '9');  // v2 of paper 1 waits as a draft
  store.resetToSnapshot(s);
  const QVariantMap d1 = model.document(1);
  QCOMPARE(d1.value("hasDraft").toBool(), true);
  QCOMPARE(d1.value("version").toInt(), 2);  // the desk reads the latest
  QCOMPARE(d1.value("statusText").toString(),
           QStringLiteral("Đã gửi đại biểu 20/11/2026 09:00 · phiên bản 2 chưa gửi"));
  QCOMPARE(d1.value("receiptText").toString(), QStringLiteral("đã nhận 2/3 · đã mở 1/3"));
  const QVariantMap d4 = model.document(4);
  QCOMPARE(d4.value("published").toBool(), false);
  QCOMPARE(d4.value("statusText").toString(), QStringLiteral("Bản nháp, chưa gửi đại biểu"));
  QCOMPARE(d4.value("receiptText").toString(), QString());
  const QVariantList versions = model.document(2).value("versions").toList();
  QCOMPARE(versions.size(), 2);
  QCOMPARE(versions.at(0).toMap().value("number").toInt(), 2);
  QCOMPARE(versions.at(1).toMap().value("replaced").toBool(), true);
}

void DocumentsModelTest::onScreenPageFollowsTheState() {
  SessionStore store;
  DocumentsModel model;
  model.setStore(&store);
  v1::SessionState s = State();
  store.resetToSnapshot(s);
  QCOMPARE(model.onScreen().value("documentId").toLongLong(), 0);
  QSignalSpy spy(&model, &DocumentsModel::onScreenChanged);
  v1::ScreenPage* p = s.mutable_documents()->mutable_on_screen();
  p->set_document_id(2);
  p->set_version(2);
  p->set_page(3);
  s.set_last_seq(11);
  store.resetToSnapshot(s);
  QCOMPARE(spy.count(), 1);
  QCOMPARE(model.onScreen().value("page").toInt(), 3);
  QCOMPARE(model.onScreen().value("title").toString(), QStringLiteral("Dự thảo nghị quyết"));
  s.set_last_seq(12);
  store.resetToSnapshot(s);  // nothing about the screen changed
  QCOMPARE(spy.count(), 1);
}

void DocumentsModelTest::receiptsModelCountsAndNamesWhoHasNot() {
  SessionStore store;
  ReceiptsModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  v1::SessionState s = State();
  store.resetToSnapshot(s);
  QCOMPARE(model.rowCount(), 0);  // no document chosen
  model.setDocumentId(1);
  QCOMPARE(model.rowCount(), 3);
  QCOMPARE(model.summaryText(), QStringLiteral("đã nhận 2/3 · đã mở 1/3"));
  QCOMPARE(model.notReceivedText(), QStringLiteral("Chưa nhận: Đại biểu số 3"));
  QCOMPARE(model.notOpenedText(), QStringLiteral("Chưa mở: Đại biểu số 2, Đại biểu số 3"));
  // Who has not received first, then who has not opened.
  QCOMPARE(Data(model, 0, "delegateId").toLongLong(), 103);
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Chưa nhận"));
  QCOMPARE(Data(model, 1, "statusText").toString(), QStringLiteral("Đã nhận, chưa mở"));
  QCOMPARE(Data(model, 2, "opened").toBool(), true);
  // The published version counts: paper 2's v2 has no receipts yet, v1 (replaced) had one.
  model.setDocumentId(2);
  QCOMPARE(model.summaryText(), QStringLiteral("đã nhận 0/3 · đã mở 0/3"));
  model.setVersion(1);
  QCOMPARE(model.summaryText(), QStringLiteral("đã nhận 1/3 · đã mở 1/3"));
  // A receipt arrives: the summary follows.
  model.setDocumentId(1);
  model.setVersion(0);
  QSignalSpy summary(&model, &ReceiptsModel::summaryChanged);
  Find(s, 1)->mutable_versions(0)->add_received_by(103);
  s.set_last_seq(11);
  store.resetToSnapshot(s);
  QVERIFY(summary.count() >= 1);
  QCOMPARE(model.summaryText(), QStringLiteral("đã nhận 3/3 · đã mở 1/3"));
  QCOMPARE(model.notReceivedText(), QString());
}

namespace {

// State() with item 1 a draft-resolution item whose rules ask for a tờ trình, a draft
// resolution and a verification report (paper 4, a draft only: missing).
v1::SessionState DossierState() {
  v1::SessionState s = State();
  s.mutable_agenda(0)->set_kind(v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION);
  v1::DossierRules* rules = s.mutable_documents()->mutable_rules();
  rules->set_days_before_other(3);
  auto* r = rules->add_requirements();
  r->set_item_kind(v1::AGENDA_ITEM_KIND_DRAFT_RESOLUTION);
  r->add_required(v1::DOCUMENT_KIND_SUBMISSION);
  r->add_required(v1::DOCUMENT_KIND_DRAFT_RESOLUTION);
  r->add_required(v1::DOCUMENT_KIND_VERIFICATION_REPORT);
  return s;
}

}  // namespace

void DocumentsModelTest::dossierModelChecksAnItemsPapers() {
  SessionStore store;
  DossierModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setItemId(1);
  v1::SessionState s = DossierState();
  store.resetToSnapshot(s);
  QCOMPARE(model.rowCount(), 3);
  QCOMPARE(Data(model, 0, "kindText").toString(), QStringLiteral("Tờ trình"));
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Đúng hạn"));
  QCOMPARE(Data(model, 0, "documentTitle").toString(),
           QStringLiteral("Tờ trình dự toán ngân sách"));
  QCOMPARE(Data(model, 2, "statusText").toString(), QStringLiteral("Còn thiếu"));
  QCOMPARE(Data(model, 2, "documentId").toLongLong(), 0);
  QCOMPARE(model.complete(), false);
  QCOMPARE(model.hasRequirements(), true);
  QCOMPARE(model.deadline(), QString());  // no planned opening: no deadline
  QCOMPARE(model.summaryText(), QStringLiteral("Hồ sơ chưa đủ: thiếu 1"));
  QCOMPARE(model.defects(), QStringList{QStringLiteral("Báo cáo thẩm tra: thiếu")});
  // Item 2 has no kind the rules name: nothing required, shown as such.
  const QVariantMap other = model.summary(2);
  QCOMPARE(other.value("hasRequirements").toBool(), false);
  QCOMPARE(other.value("summaryText").toString(), QStringLiteral("Không yêu cầu tài liệu"));

  // The verification report is published: that row changes, nothing is reset.
  QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
  QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
  QSignalSpy checklist(&model, &DossierModel::checklistChanged);
  *Find(s, 4)->mutable_versions(0)->mutable_published_at() = At(kSent);
  s.set_last_seq(11);
  store.resetToSnapshot(s);
  QCOMPARE(reset.count(), 0);
  QCOMPARE(changed.count(), 1);
  QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
  QVERIFY(checklist.count() >= 1);
  QCOMPARE(Data(model, 2, "documentId").toLongLong(), 4);
  QCOMPARE(model.complete(), true);
  QCOMPARE(model.summaryText(), QStringLiteral("Hồ sơ đủ, đúng hạn"));
  QCOMPARE(model.summary(1).value("complete").toBool(), true);

  // The chair's override of the gate, by poll.
  QCOMPARE(model.overrideOf(7), QVariantMap());
  v1::DossierOverride* o = s.mutable_documents()->add_overrides();
  o->set_poll_id(7);
  o->set_item_id(1);
  o->set_reason("Đã phát bản giấy");
  o->add_defects("Báo cáo thẩm tra: thiếu");
  s.set_last_seq(12);
  store.resetToSnapshot(s);
  QCOMPARE(model.overrideOf(7).value("reason").toString(), QStringLiteral("Đã phát bản giấy"));
  QCOMPARE(model.overrideOf(7).value("defects").toStringList(),
           QStringList{QStringLiteral("Báo cáo thẩm tra: thiếu")});
  QCOMPARE(model.overrideOf(8), QVariantMap());
}

void DocumentsModelTest::dossierModelCountsLatePapersAgainstTheDeadline() {
  SessionStore store;
  DossierModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  model.setStore(&store);
  model.setItemId(1);
  v1::SessionState s = DossierState();
  // Opening 2026-11-22 08:00 in Vietnam, 3 days before: the deadline is 19/11; papers
  // sent on 20/11 are one day late.
  *s.add_sittings()->mutable_planned_start() = At(kSent + 2 * 86400 - 3600);
  store.resetToSnapshot(s);
  QCOMPARE(model.deadline(), QStringLiteral("19/11/2026"));
  QCOMPARE(Data(model, 0, "statusText").toString(), QStringLiteral("Gửi muộn 1 ngày"));
  QCOMPARE(Data(model, 0, "daysLate").toInt(), 1);
  QCOMPARE(Data(model, 0, "publishedAt").toString(), QStringLiteral("20/11/2026 09:00"));
  QCOMPARE(model.summaryText(), QStringLiteral("Hồ sơ chưa đủ: thiếu 1, muộn 2"));
  QCOMPARE(model.defects().size(), 3);
  QCOMPARE(model.defects().at(0), QStringLiteral("Tờ trình: gửi muộn 1 ngày (hạn 19/11/2026)"));
}

void DocumentsModelTest::cacheChecksTheDigestAndKeepsPartialFiles() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  DocumentCache cache(dir.filePath(QStringLiteral("documents")));
  const QByteArray content = "%PDF-1.4 ngân sách\n";
  const QString digest =
      QStringLiteral("sha256:") +
      QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
  // A malformed digest never becomes a path.
  QCOMPARE(DocumentCache::hexOf(QStringLiteral("sha256:../../etc/passwd")), QString());
  QCOMPARE(cache.filePath(QStringLiteral("md5:abc")), QString());
  QCOMPARE(DocumentCache::hexOf(digest.toUpper().replace("SHA256", "sha256")), digest.mid(7));
  QVERIFY(cache.ensureRoot());
  QVERIFY(!cache.contains(digest));
  QCOMPARE(cache.partialSize(digest), 0);
  // A partial download keeps its size for the resume.
  {
    QFile part(cache.partialPath(digest));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(content.left(5));
  }
  QCOMPARE(cache.partialSize(digest), 5);
  QVERIFY(!DocumentCache::verify(cache.partialPath(digest), digest));
  {
    QFile part(cache.partialPath(digest));
    QVERIFY(part.open(QIODevice::Append));
    part.write(content.mid(5));
  }
  QVERIFY(DocumentCache::verify(cache.partialPath(digest), digest));
  QVERIFY(cache.complete(digest));
  QVERIFY(cache.contains(digest));
  QCOMPARE(cache.partialSize(digest), 0);
  // A copy damaged on disk no longer matches and is removed.
  {
    QFile f(cache.filePath(digest));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(2);
    f.write("X");
  }
  QVERIFY(!DocumentCache::verify(cache.filePath(digest), digest));
  cache.remove(digest);
  QVERIFY(!cache.contains(digest));
}

QTEST_MAIN(DocumentsModelTest)

#include "documents_model_test.moc"
