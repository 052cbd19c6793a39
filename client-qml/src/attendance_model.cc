#include "attendance_model.h"

#include <google/protobuf/util/message_differencer.h>

#include "common/quorum.h"
#include "labels.h"

namespace dienhong::client {

AttendanceModel::AttendanceModel(QObject* parent) : StoreListModel(parent) {}

int64_t AttendanceModel::effectiveSitting(const v1::SessionState& s) const {
  return sittingId_ != 0 ? sittingId_ : s.current_sitting_id();
}

const v1::AttendanceRecord* AttendanceModel::record(const v1::SessionState& s,
                                                    int64_t delegateId) const {
  const v1::Sitting* sitting = SessionStore::findSitting(s, effectiveSitting(s));
  if (sitting == nullptr) return nullptr;
  for (const v1::AttendanceRecord& r : sitting->attendance())
    if (r.delegate_id() == delegateId) return &r;
  return nullptr;
}

std::vector<int64_t> AttendanceModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  keys.reserve(s.roster_size());
  for (const v1::RosterEntry& r : s.roster()) keys.push_back(r.delegate_id());
  return keys;
}

bool AttendanceModel::sameRow(const v1::SessionState& a, const v1::SessionState& b,
                              int row) const {
  using google::protobuf::util::MessageDifferencer;
  const auto& x = a.roster(row);
  const auto& y = b.roster(row);
  if (!MessageDifferencer::Equals(x, y)) return false;
  const v1::AttendanceRecord* rx = record(a, x.delegate_id());
  const v1::AttendanceRecord* ry = record(b, y.delegate_id());
  if (rx == nullptr || ry == nullptr) return rx == ry;
  return MessageDifferencer::Equals(*rx, *ry);
}

void AttendanceModel::afterChange(const v1::SessionState& previous, const v1::SessionState& now) {
  v1::QuorumStatus q = ComputeQuorum(now, effectiveSitting(now));
  if (!google::protobuf::util::MessageDifferencer::Equals(q, quorum_)) {
    quorum_ = std::move(q);
    emit quorumChanged();
  }
  const v1::AttendanceRecord* r = record(now, selfDelegateId_);
  const int self = r ? r->status() : 0;
  if (self != selfStatus_) {
    selfStatus_ = self;
    emit selfChanged();
  }
}

void AttendanceModel::setSittingId(qint64 id) {
  if (id == sittingId_) return;
  sittingId_ = id;
  emit sittingIdChanged();
  refreshAll();
}

void AttendanceModel::setSelfDelegateId(qint64 id) {
  if (id == selfDelegateId_) return;
  selfDelegateId_ = id;
  const v1::AttendanceRecord* r = record(state(), selfDelegateId_);
  selfStatus_ = r ? r->status() : 0;
  emit selfChanged();
}

int AttendanceModel::selfStatus() const { return selfStatus_; }

QString AttendanceModel::selfStatusText() const {
  return Labels::attendance(static_cast<v1::AttendanceStatus>(selfStatus_));
}

QString AttendanceModel::quorumText() const {
  if (quorum_.total_delegates() == 0) return QString();
  const QString count = tr("Có mặt %1/%2").arg(participants()).arg(total());
  if (quorum_.sitting_id() == 0 || SessionStore::findSitting(state(), quorum_.sitting_id()) == nullptr)
    return count;
  return quorum_.met() ? tr("%1 — đủ túc số").arg(count)
                       : tr("%1 — chưa đủ túc số (cần %2)").arg(count).arg(required());
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::RosterEntry& entry = state().roster(index.row());
  const v1::AttendanceRecord* r = record(state(), entry.delegate_id());
  const v1::AttendanceStatus status = r ? r->status() : v1::ATTENDANCE_STATUS_UNSPECIFIED;
  switch (role) {
    case Qt::DisplayRole:
    case FullNameRole: return QString::fromStdString(entry.full_name());
    case DelegateIdRole: return QVariant::fromValue<qint64>(entry.delegate_id());
    case PositionRole: return QString::fromStdString(entry.title());
    case GroupRole: return QString::fromStdString(entry.delegate_group());
    case SeatRole: return QString::fromStdString(entry.seat());
    case StatusRole: return static_cast<int>(status);
    case StatusTextRole: return Labels::attendance(status);
    case ReasonRole: return r ? QString::fromStdString(r->reason()) : QString();
    case HasRecordRole: return r != nullptr;
    case ParticipatingRole:
      return status == v1::ATTENDANCE_STATUS_PRESENT || status == v1::ATTENDANCE_STATUS_ONLINE;
    default: return {};
  }
}

QHash<int, QByteArray> AttendanceModel::roleNames() const {
  return {{DelegateIdRole, "delegateId"}, {FullNameRole, "fullName"},
          {PositionRole, "position"},     {GroupRole, "group"},
          {SeatRole, "seat"},             {StatusRole, "status"},
          {StatusTextRole, "statusText"}, {ReasonRole, "reason"},
          {HasRecordRole, "hasRecord"},   {ParticipatingRole, "participating"}};
}

}  // namespace dienhong::client
