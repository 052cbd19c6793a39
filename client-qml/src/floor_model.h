// FloorModel: the floor (đăng ký phát biểu) of the current agenda item, over
// SessionState.floor as the common Apply folds it.
//
// Rows are the WAITING requests of the current item in the server's calling order
// (FloorState.queue: the server places each request by the rules of procedure and the
// chair's moves, and the events carry the resulting order, so the model only filters it).
// `position` is the 1-based place among them, the same number ReorderRequest takes.
//
// Model-level properties: the running turns (runningTurns; currentTurn is the one the
// hall watches: a delegate's turn before the chair's own), the list's state, the
// tablet owner's own waiting requests (selfRequests) and the turns of the current item a
// debate reply can name (debatableTurns). timing() computes a turn's clock with common's
// SpokenMicros from a SERVER time the caller gives (ServerClock.nowMs()), so every tablet
// and the big screen count alike whatever their own clock says.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QVariantList>
#include <QVariantMap>

#include "store_list_model.h"

namespace dienhong::client {

class FloorModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT
  // The tablet's owner: isSelf, selfRequests and debatableTurns refer to this delegate.
  Q_PROPERTY(qint64 selfDelegateId READ selfDelegateId WRITE setSelfDelegateId NOTIFY
                 selfDelegateIdChanged)
  Q_PROPERTY(bool listClosed READ listClosed NOTIFY floorChanged)
  // [{turnId, speakerName, delegateGroup, delegateId, kind, kindText, isChair, isSelf,
  //   startedAt (server ms), limitSeconds, extendedSeconds, warningSeconds, laterSpeech,
  //   paused, repliesToText}]
  Q_PROPERTY(QVariantList runningTurns READ runningTurns NOTIFY floorChanged)
  // The turn shown as "đang phát biểu" (same keys; empty when nobody speaks).
  Q_PROPERTY(QVariantMap currentTurn READ currentTurn NOTIFY floorChanged)
  // [{requestId, kind, kindText, position}]: the owner's waiting requests on this item.
  Q_PROPERTY(QVariantList selfRequests READ selfRequests NOTIFY floorChanged)
  // [{turnId, text}]: turns of the current item by others, newest first (debate targets).
  Q_PROPERTY(QVariantList debatableTurns READ debatableTurns NOTIFY floorChanged)

 public:
  enum Roles {
    RequestIdRole = Qt::UserRole + 1,
    PositionRole,  // 1-based among the item's waiting requests
    KindRole,      // v1::FloorKind
    KindTextRole,
    SpeakerNameRole,
    DelegateGroupRole,
    DelegateIdRole,  // 0 for respondents
    IsSelfRole,
    TopicRole,
    RepliesToTurnIdRole,
    RepliesToTextRole,  // "Tranh luận với lượt 3 — Nguyễn Văn A"
    PriorityRole,       // debate reply by the original questioner
    RequestedAtRole,    // server ms since the epoch
  };
  Q_ENUM(Roles)

  explicit FloorModel(QObject* parent = nullptr);

  qint64 selfDelegateId() const { return selfDelegateId_; }
  void setSelfDelegateId(qint64 id);
  bool listClosed() const { return state().floor().list_closed(); }
  QVariantList runningTurns() const { return runningTurns_; }
  QVariantMap currentTurn() const { return currentTurn_; }
  QVariantList selfRequests() const { return selfRequests_; }
  QVariantList debatableTurns() const { return debatableTurns_; }

  // A turn's clock at server time `serverNowMs`: {spokenSeconds, remainingSeconds
  // (negative past the limit), limitSeconds, warning (within warningSeconds of the limit),
  // overrun, paused, open}. Empty when there is no such turn.
  Q_INVOKABLE QVariantMap timing(qint64 turnId, double serverNowMs) const;

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void selfDelegateIdChanged();
  void floorChanged();

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
  void afterChange(const v1::SessionState& previous, const v1::SessionState& now) override;

 private:
  QVariantMap turnMap(const v1::SessionState& s, const v1::Turn& t) const;
  QString turnText(const v1::SessionState& s, int64_t turnId) const;
  bool isSelf(const v1::Speaker& speaker) const;
  void updateSummaries();

  qint64 selfDelegateId_ = 0;
  bool listClosed_ = false;
  QVariantList runningTurns_, selfRequests_, debatableTurns_;
  QVariantMap currentTurn_;
};

}  // namespace dienhong::client
