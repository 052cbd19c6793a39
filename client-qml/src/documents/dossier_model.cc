#include "documents/dossier_model.h"

#include <google/protobuf/util/message_differencer.h>

#include <QDate>

#include "common/dossier.h"
#include "documents/documents_model.h"
#include "labels.h"

namespace dienhong::client {

DossierModel::DossierModel(QObject* parent) : StoreListModel(parent) {}

void DossierModel::setItemId(qint64 id) {
  if (id == itemId_) return;
  itemId_ = id;
  resetRows();
  emit itemIdChanged();
  emit checklistChanged();
}

v1::DossierChecklist DossierModel::checklist() const { return ForItem(state(), itemId_); }

std::vector<int64_t> DossierModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  if (itemId_ <= 0) return keys;
  // The checklist held by name: a range-for over a temporary's lines() would dangle.
  const v1::DossierChecklist checklist = ForItem(s, itemId_);
  for (const v1::DossierLine& line : checklist.lines()) keys.push_back(line.kind());
  return keys;
}

bool DossierModel::sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const {
  const v1::DossierChecklist ca = ForItem(a, itemId_), cb = ForItem(b, itemId_);
  if (row >= ca.lines_size() || row >= cb.lines_size()) return false;
  return google::protobuf::util::MessageDifferencer::Equals(ca.lines(row), cb.lines(row));
}

void DossierModel::afterChange(const v1::SessionState&, const v1::SessionState&) {
  emit checklistChanged();
}

QString DossierModel::deadline() const {
  const QString d = QString::fromStdString(checklist().deadline());
  const QDate date = QDate::fromString(d, Qt::ISODate);
  return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : d;
}

bool DossierModel::complete() const { return checklist().complete(); }

bool DossierModel::hasRequirements() const { return checklist().lines_size() > 0; }

QStringList DossierModel::defects() const {
  QStringList out;
  for (const std::string& d : Defects(checklist())) out << QString::fromStdString(d);
  return out;
}

QString DossierModel::summaryOf(const v1::DossierChecklist& c) {
  if (c.lines_size() == 0) return tr("Không yêu cầu tài liệu");
  if (c.complete()) return tr("Hồ sơ đủ, đúng hạn");
  int missing = 0, late = 0;
  for (const v1::DossierLine& l : c.lines()) {
    if (l.status() == v1::PAPER_STATUS_MISSING) ++missing;
    if (l.status() == v1::PAPER_STATUS_LATE) ++late;
  }
  QStringList parts;
  if (missing > 0) parts << tr("thiếu %1").arg(missing);
  if (late > 0) parts << tr("muộn %1").arg(late);
  return tr("Hồ sơ chưa đủ: %1").arg(parts.join(QStringLiteral(", ")));
}

QString DossierModel::summaryText() const { return summaryOf(checklist()); }

QVariantMap DossierModel::summary(qint64 itemId) const {
  const v1::DossierChecklist c = ForItem(state(), itemId);
  QStringList defects;
  for (const std::string& d : Defects(c)) defects << QString::fromStdString(d);
  return {{"complete", c.complete()},
          {"hasRequirements", c.lines_size() > 0},
          {"summaryText", summaryOf(c)},
          {"defects", defects}};
}

QVariantMap DossierModel::overrideOf(qint64 pollId) const {
  for (const v1::DossierOverride& o : state().documents().overrides()) {
    if (o.poll_id() != pollId) continue;
    QStringList defects;
    for (const std::string& d : o.defects()) defects << QString::fromStdString(d);
    return {{"reason", QString::fromStdString(o.reason())}, {"defects", defects}};
  }
  return {};
}

QVariant DossierModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::DossierChecklist c = checklist();
  if (index.row() >= c.lines_size()) return {};
  const v1::DossierLine& line = c.lines(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case KindTextRole:
      return Labels::documentKind(line.kind());
    case KindRole:
      return static_cast<int>(line.kind());
    case StatusRole:
      return static_cast<int>(line.status());
    case StatusTextRole:
      return line.status() == v1::PAPER_STATUS_LATE ? tr("Gửi muộn %1 ngày").arg(line.days_late())
                                                    : Labels::paperStatus(line.status());
    case DocumentIdRole:
      return QVariant::fromValue<qint64>(line.document_id());
    case DocumentTitleRole:
      for (const v1::Document& d : state().documents().documents())
        if (d.id() == line.document_id()) return QString::fromStdString(d.title());
      return QString();
    case PublishedAtRole:
      return line.has_published_at() ? DocumentsModel::formatTime(line.published_at()) : QString();
    case DaysLateRole:
      return line.days_late();
    default:
      return {};
  }
}

QHash<int, QByteArray> DossierModel::roleNames() const {
  return {{KindRole, "kind"},
          {KindTextRole, "kindText"},
          {StatusRole, "status"},
          {StatusTextRole, "statusText"},
          {DocumentIdRole, "documentId"},
          {DocumentTitleRole, "documentTitle"},
          {PublishedAtRole, "publishedAt"},
          {DaysLateRole, "daysLate"}};
}

}  // namespace dienhong::client
