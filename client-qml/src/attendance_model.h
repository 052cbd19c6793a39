// AttendanceModel: the session's roster (one row per delegate, roster order) joined with
// the attendance records of one sitting (default: the current sitting), plus that
// sitting's quorum, computed with the server's own dienhong::ComputeQuorum.
//
// selfDelegateId picks one delegate (the tablet's owner) whose status is exposed as
// selfStatus/selfStatusText, for the delegate's check-in card.
//
// Thread-safety: GUI thread only.
#pragma once

#include "dienhong/v1/session.pb.h"
#include "store_list_model.h"

namespace dienhong::client {

class AttendanceModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT
  // 0 = the current sitting (follows the session as sittings open and close).
  Q_PROPERTY(qint64 sittingId READ sittingId WRITE setSittingId NOTIFY sittingIdChanged)
  Q_PROPERTY(qint64 effectiveSittingId READ effectiveSittingId NOTIFY quorumChanged)
  Q_PROPERTY(qint64 selfDelegateId READ selfDelegateId WRITE setSelfDelegateId
                 NOTIFY selfChanged)
  Q_PROPERTY(int selfStatus READ selfStatus NOTIFY selfChanged)
  Q_PROPERTY(QString selfStatusText READ selfStatusText NOTIFY selfChanged)

  Q_PROPERTY(int total READ total NOTIFY quorumChanged)
  Q_PROPERTY(int present READ present NOTIFY quorumChanged)
  Q_PROPERTY(int online READ online NOTIFY quorumChanged)
  Q_PROPERTY(int excused READ excused NOTIFY quorumChanged)
  Q_PROPERTY(int absent READ absent NOTIFY quorumChanged)
  Q_PROPERTY(int participants READ participants NOTIFY quorumChanged)
  Q_PROPERTY(int required READ required NOTIFY quorumChanged)
  Q_PROPERTY(bool quorumMet READ quorumMet NOTIFY quorumChanged)
  // e.g. "Có mặt 20/30 — đủ túc số".
  Q_PROPERTY(QString quorumText READ quorumText NOTIFY quorumChanged)

 public:
  enum Roles {
    DelegateIdRole = Qt::UserRole + 1,
    FullNameRole,
    PositionRole,      // RosterEntry.title, e.g. "Phó Chủ tịch HĐND phường"
    GroupRole,
    SeatRole,
    StatusRole,        // v1::AttendanceStatus; 0 = no record
    StatusTextRole,
    ReasonRole,
    HasRecordRole,
    ParticipatingRole, // present or online
  };
  Q_ENUM(Roles)

  explicit AttendanceModel(QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  qint64 sittingId() const { return sittingId_; }
  void setSittingId(qint64 id);
  qint64 effectiveSittingId() const { return effectiveSitting(state()); }
  qint64 selfDelegateId() const { return selfDelegateId_; }
  void setSelfDelegateId(qint64 id);
  int selfStatus() const;
  QString selfStatusText() const;

  int total() const { return quorum_.total_delegates(); }
  int present() const { return quorum_.present(); }
  int online() const { return quorum_.online(); }
  int excused() const { return quorum_.excused(); }
  int absent() const { return quorum_.absent(); }
  int participants() const { return quorum_.present() + quorum_.online(); }
  int required() const { return quorum_.required(); }
  bool quorumMet() const { return quorum_.met(); }
  QString quorumText() const;

 signals:
  void sittingIdChanged();
  void selfChanged();
  void quorumChanged();

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
  void afterChange(const v1::SessionState& previous, const v1::SessionState& now) override;

 private:
  int64_t effectiveSitting(const v1::SessionState& s) const;
  const v1::AttendanceRecord* record(const v1::SessionState& s, int64_t delegateId) const;

  qint64 sittingId_ = 0;
  qint64 selfDelegateId_ = 0;
  v1::QuorumStatus quorum_;
  int selfStatus_ = 0;
};

}  // namespace dienhong::client
