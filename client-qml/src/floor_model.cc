#include "floor_model.h"

#include <google/protobuf/util/message_differencer.h>

#include "common/floor.h"
#include "labels.h"

namespace dienhong::client {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

double Ms(const google::protobuf::Timestamp& t) {
  return static_cast<double>(TimestampMicros(t)) / 1000.0;
}

// The waiting requests of the current item, in calling order.
std::vector<const v1::FloorRequest*> Waiting(const v1::SessionState& s) {
  std::vector<const v1::FloorRequest*> rows;
  if (s.current_item_id() == 0) return rows;
  for (int64_t id : s.floor().queue()) {
    const v1::FloorRequest* r = FindFloorRequest(s.floor(), id);
    if (r && r->item_id() == s.current_item_id() && r->status() == v1::FLOOR_REQUEST_STATUS_WAITING)
      rows.push_back(r);
  }
  return rows;
}

}  // namespace

FloorModel::FloorModel(QObject* parent) : StoreListModel(parent) {
  connect(this, &QAbstractItemModel::modelReset, this, &FloorModel::updateSummaries);
}

void FloorModel::setSelfDelegateId(qint64 id) {
  if (id == selfDelegateId_) return;
  selfDelegateId_ = id;
  emit selfDelegateIdChanged();
  refreshAll();
}

bool FloorModel::isSelf(const v1::Speaker& speaker) const {
  return selfDelegateId_ != 0 && speaker.delegate_id() == selfDelegateId_;
}

std::vector<int64_t> FloorModel::rowKeys(const v1::SessionState& s) const {
  std::vector<int64_t> keys;
  for (const v1::FloorRequest* r : Waiting(s)) keys.push_back(r->id());
  return keys;
}

bool FloorModel::sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const {
  // Same key at the same row: the position is the same; the request may have changed.
  const std::vector<const v1::FloorRequest*> x = Waiting(a), y = Waiting(b);
  return google::protobuf::util::MessageDifferencer::Equals(*x[row], *y[row]);
}

void FloorModel::afterChange(const v1::SessionState&, const v1::SessionState&) {
  updateSummaries();
}

QString FloorModel::turnText(const v1::SessionState& s, int64_t turnId) const {
  const v1::Turn* t = FindTurn(s.floor(), turnId);
  if (t == nullptr) return QString();
  return tr("lượt %1 — %2").arg(turnId).arg(Q(t->speaker().name()));
}

QVariantMap FloorModel::turnMap(const v1::SessionState& s, const v1::Turn& t) const {
  QVariantMap m;
  m["turnId"] = QVariant::fromValue<qint64>(t.id());
  m["speakerName"] = Q(t.speaker().name());
  m["delegateGroup"] = Q(t.speaker().delegate_group());
  m["delegateId"] = QVariant::fromValue<qint64>(t.speaker().delegate_id());
  m["kind"] = static_cast<int>(t.kind());
  m["kindText"] = Labels::floorKind(t.kind());
  m["isChair"] = t.kind() == v1::FLOOR_KIND_CHAIR;
  m["isSelf"] = isSelf(t.speaker());
  m["startedAt"] = Ms(t.started_at());
  m["limitSeconds"] = t.limit_seconds();
  m["extendedSeconds"] = t.extended_seconds();
  m["warningSeconds"] = t.warning_seconds();
  m["laterSpeech"] = t.later_speech();
  m["paused"] = t.has_paused_at();
  m["repliesToText"] = t.replies_to_turn_id() != 0
                           ? tr("Trả lời %1").arg(turnText(s, t.replies_to_turn_id()))
                           : QString();
  return m;
}

void FloorModel::updateSummaries() {
  const v1::SessionState& s = state();
  const v1::FloorState& f = s.floor();
  QVariantList running, self, debatable;
  QVariantMap current, chair;
  for (const v1::Turn& t : f.turns()) {
    if (!TurnOpen(t)) continue;
    QVariantMap m = turnMap(s, t);
    running.append(m);
    if (t.kind() == v1::FLOOR_KIND_CHAIR) {
      if (chair.isEmpty()) chair = m;
    } else if (current.isEmpty()) {
      current = m;
    }
  }
  if (current.isEmpty()) current = chair;
  for (const v1::FloorRequest* r : Waiting(s))
    if (isSelf(r->speaker())) {
      int position = 0;
      for (const v1::FloorRequest* w : Waiting(s)) {
        ++position;
        if (w == r) break;
      }
      self.append(QVariantMap{{"requestId", QVariant::fromValue<qint64>(r->id())},
                              {"kind", static_cast<int>(r->kind())},
                              {"kindText", Labels::floorKind(r->kind())},
                              {"position", position}});
    }
  for (int i = f.turns_size() - 1; i >= 0; --i) {
    const v1::Turn& t = f.turns(i);
    if (t.item_id() != s.current_item_id() || s.current_item_id() == 0 ||
        t.kind() == v1::FLOOR_KIND_CHAIR || isSelf(t.speaker()))
      continue;
    debatable.append(QVariantMap{{"turnId", QVariant::fromValue<qint64>(t.id())},
                                 {"text", tr("Lượt %1 — %2 (%3)")
                                              .arg(t.id())
                                              .arg(Q(t.speaker().name()))
                                              .arg(Labels::floorKind(t.kind()).toLower())}});
  }
  if (f.list_closed() == listClosed_ && running == runningTurns_ && current == currentTurn_ &&
      self == selfRequests_ && debatable == debatableTurns_)
    return;
  listClosed_ = f.list_closed();
  runningTurns_ = running;
  currentTurn_ = current;
  selfRequests_ = self;
  debatableTurns_ = debatable;
  emit floorChanged();
}

QVariantMap FloorModel::timing(qint64 turnId, double serverNowMs) const {
  const v1::Turn* t = FindTurn(state().floor(), turnId);
  if (t == nullptr) return {};
  const int64_t spokenMicros = SpokenMicros(*t, static_cast<int64_t>(serverNowMs * 1000.0));
  const int spoken = static_cast<int>(std::max<int64_t>(0, spokenMicros) / 1000000);
  const int limit = t->limit_seconds();
  // Whole seconds left, rounded up: "0:01" until the limit, then "+0:00".
  const int64_t leftMicros = static_cast<int64_t>(limit) * 1000000 - spokenMicros;
  const int remaining = static_cast<int>(leftMicros >= 0 ? (leftMicros + 999999) / 1000000
                                                         : -((-leftMicros) / 1000000));
  QVariantMap m;
  m["spokenSeconds"] = spoken;
  m["limitSeconds"] = limit;
  m["remainingSeconds"] = limit > 0 ? remaining : 0;
  m["overrun"] = limit > 0 && leftMicros < 0;
  m["warning"] = limit > 0 && t->warning_seconds() > 0 && leftMicros >= 0 &&
                 leftMicros <= static_cast<int64_t>(t->warning_seconds()) * 1000000;
  m["paused"] = t->has_paused_at();
  m["open"] = TurnOpen(*t);
  return m;
}

QVariant FloorModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return {};
  const v1::SessionState& s = state();
  const std::vector<const v1::FloorRequest*> rows = Waiting(s);
  if (index.row() >= static_cast<int>(rows.size())) return {};
  const v1::FloorRequest& r = *rows[index.row()];
  switch (role) {
    case Qt::DisplayRole:
    case SpeakerNameRole:
      return Q(r.speaker().name());
    case RequestIdRole:
      return QVariant::fromValue<qint64>(r.id());
    case PositionRole:
      return index.row() + 1;
    case KindRole:
      return static_cast<int>(r.kind());
    case KindTextRole:
      return Labels::floorKind(r.kind());
    case DelegateGroupRole:
      return Q(r.speaker().delegate_group());
    case DelegateIdRole:
      return QVariant::fromValue<qint64>(r.speaker().delegate_id());
    case IsSelfRole:
      return isSelf(r.speaker());
    case TopicRole:
      return Q(r.topic());
    case RepliesToTurnIdRole:
      return QVariant::fromValue<qint64>(r.replies_to_turn_id());
    case RepliesToTextRole:
      return r.replies_to_turn_id() != 0
                 ? tr("Tranh luận với %1").arg(turnText(s, r.replies_to_turn_id()))
                 : QString();
    case PriorityRole:
      return r.priority();
    case RequestedAtRole:
      return Ms(r.requested_at());
    default:
      return {};
  }
}

QHash<int, QByteArray> FloorModel::roleNames() const {
  return {{RequestIdRole, "requestId"},
          {PositionRole, "position"},
          {KindRole, "kind"},
          {KindTextRole, "kindText"},
          {SpeakerNameRole, "speakerName"},
          {DelegateGroupRole, "delegateGroup"},
          {DelegateIdRole, "delegateId"},
          {IsSelfRole, "isSelf"},
          {TopicRole, "topic"},
          {RepliesToTurnIdRole, "repliesToTurnId"},
          {RepliesToTextRole, "repliesToText"},
          {PriorityRole, "priority"},
          {RequestedAtRole, "requestedAt"}};
}

}  // namespace dienhong::client
