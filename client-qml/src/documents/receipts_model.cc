#include "documents/receipts_model.h"

#include <algorithm>

namespace dienhong::client {
namespace {

bool Contains(const google::protobuf::RepeatedField<int64_t>& ids, int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

ReceiptsModel::ReceiptsModel(QObject* parent) : StoreListModel(parent) {}

void ReceiptsModel::setDocumentId(qint64 id) {
  if (id == documentId_) return;
  documentId_ = id;
  resetRows();
  emit documentIdChanged();
  emit summaryChanged();
}

void ReceiptsModel::setVersion(int v) {
  if (v == version_) return;
  version_ = v;
  resetRows();
  emit versionChanged();
  emit summaryChanged();
}

const v1::DocumentVersion* ReceiptsModel::versionIn(const v1::SessionState& s) const {
  for (const v1::Document& d : s.documents().documents()) {
    if (d.id() != documentId_) continue;
    for (int i = d.versions_size() - 1; i >= 0; --i) {
      const v1::DocumentVersion& v = d.versions(i);
      if (version_ == 0 ? v.has_published_at() : v.number() == version_) return &v;
    }
  }
  return nullptr;
}

int ReceiptsModel::stage(const v1::SessionState& s, int64_t delegateId) const {
  const v1::DocumentVersion* v = versionIn(s);
  if (!v) return 0;
  if (Contains(v->opened_by(), delegateId)) return 2;
  return Contains(v->received_by(), delegateId) ? 1 : 0;
}

std::vector<int64_t> ReceiptsModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  if (documentId_ <= 0) return keys;
  for (int want = 0; want <= 2; ++want)
    for (const v1::RosterEntry& r : s.roster())
      if (stage(s, r.delegate_id()) == want) keys.push_back(r.delegate_id());
  return keys;
}

bool ReceiptsModel::sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const {
  const auto keys = rowKeys(b);
  if (row >= static_cast<int>(keys.size())) return false;
  return stage(a, keys[row]) == stage(b, keys[row]);
}

void ReceiptsModel::afterChange(const v1::SessionState&, const v1::SessionState&) {
  emit summaryChanged();
}

int ReceiptsModel::receivedCount() const {
  const v1::DocumentVersion* v = versionIn(state());
  return v ? v->received_by_size() : 0;
}

int ReceiptsModel::openedCount() const {
  const v1::DocumentVersion* v = versionIn(state());
  return v ? v->opened_by_size() : 0;
}

QString ReceiptsModel::summaryText() const {
  return tr("đã nhận %1/%3 · đã mở %2/%3").arg(receivedCount()).arg(openedCount()).arg(total());
}

QString ReceiptsModel::namesAtStage(int maxStage) const {
  QStringList names;
  for (const v1::RosterEntry& r : state().roster())
    if (stage(state(), r.delegate_id()) <= maxStage) names << QString::fromStdString(r.full_name());
  return names.join(QStringLiteral(", "));
}

QString ReceiptsModel::notReceivedText() const {
  const QString names = namesAtStage(0);
  return names.isEmpty() ? QString() : tr("Chưa nhận: %1").arg(names);
}

QString ReceiptsModel::notOpenedText() const {
  const QString names = namesAtStage(1);
  return names.isEmpty() ? QString() : tr("Chưa mở: %1").arg(names);
}

QVariant ReceiptsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const auto keys = rowKeys(state());
  const int64_t id = keys[index.row()];
  const v1::RosterEntry* entry = nullptr;
  for (const v1::RosterEntry& r : state().roster())
    if (r.delegate_id() == id) entry = &r;
  if (!entry) return {};
  const int st = stage(state(), id);
  switch (role) {
    case Qt::DisplayRole:
    case FullNameRole:
      return QString::fromStdString(entry->full_name());
    case DelegateIdRole:
      return QVariant::fromValue<qint64>(id);
    case SeatRole:
      return QString::fromStdString(entry->seat());
    case ReceivedRole:
      return st >= 1;
    case OpenedRole:
      return st == 2;
    case StatusTextRole:
      return st == 2 ? tr("Đã mở") : st == 1 ? tr("Đã nhận, chưa mở") : tr("Chưa nhận");
    default:
      return {};
  }
}

QHash<int, QByteArray> ReceiptsModel::roleNames() const {
  return {
      {DelegateIdRole, "delegateId"}, {FullNameRole, "fullName"}, {SeatRole, "seat"},
      {ReceivedRole, "received"},     {OpenedRole, "opened"},     {StatusTextRole, "statusText"}};
}

}  // namespace dienhong::client
