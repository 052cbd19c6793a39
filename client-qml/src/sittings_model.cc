#include "sittings_model.h"

#include <google/protobuf/util/message_differencer.h>

#include <QDateTime>

#include "labels.h"

namespace dienhong::client {
namespace {
QDateTime ToDateTime(const google::protobuf::Timestamp& t) {
  if (t.seconds() == 0 && t.nanos() == 0) return {};
  return QDateTime::fromMSecsSinceEpoch(t.seconds() * 1000 + t.nanos() / 1000000);
}
}  // namespace

SittingsModel::SittingsModel(QObject* parent) : StoreListModel(parent) {}

std::vector<int64_t> SittingsModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  keys.reserve(s.sittings_size());
  for (const v1::Sitting& sitting : s.sittings()) keys.push_back(sitting.id());
  return keys;
}

bool SittingsModel::sameRow(const v1::SessionState& a, const v1::SessionState& b,
                            int row) const {
  const auto& x = a.sittings(row);
  const auto& y = b.sittings(row);
  return (a.current_sitting_id() == x.id()) == (b.current_sitting_id() == y.id()) &&
         google::protobuf::util::MessageDifferencer::Equals(x, y);
}

QVariant SittingsModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::Sitting& s = state().sittings(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return QString::fromStdString(s.title());
    case SittingIdRole: return QVariant::fromValue<qint64>(s.id());
    case StatusRole: return static_cast<int>(s.status());
    case StatusTextRole: return Labels::sittingStatus(s.status());
    case IsCurrentRole: return s.id() == state().current_sitting_id();
    case ParticipantsRole: {
      int n = 0;
      for (const v1::AttendanceRecord& r : s.attendance())
        if (r.status() == v1::ATTENDANCE_STATUS_PRESENT ||
            r.status() == v1::ATTENDANCE_STATUS_ONLINE)
          ++n;
      return n;
    }
    case OpenedAtRole: return ToDateTime(s.opened_at());
    case ClosedAtRole: return ToDateTime(s.closed_at());
    default: return {};
  }
}

QHash<int, QByteArray> SittingsModel::roleNames() const {
  return {{SittingIdRole, "sittingId"},     {TitleRole, "title"},
          {StatusRole, "status"},           {StatusTextRole, "statusText"},
          {IsCurrentRole, "isCurrent"},     {ParticipantsRole, "participants"},
          {OpenedAtRole, "openedAt"},       {ClosedAtRole, "closedAt"}};
}

}  // namespace dienhong::client
