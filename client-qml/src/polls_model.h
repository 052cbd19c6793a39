// PollsModel: the session's polls (biểu quyết), one row per poll in id order, over
// SessionState.polls. Progress (who is entitled now, how many have voted) is computed from
// the state with the server's own voting::EntitledVoters, so it moves with the live
// stream; no polling of GetPollProgress.
//
// Secrecy: the state never holds a choice before a poll closes (Apply records
// participation only), and this model has no role that could carry one. After the close,
// the result holds the tally; for an open poll the named votes exist in the result but
// are not exposed here either (the minutes show them, not the tablets).
//
// Model-level properties for the pages: openPoll (the one open poll, as a map with the
// same keys as the roles; empty when none) and publishedPoll (the newest published one).
//
// Thread-safety: GUI thread only.
#pragma once

#include <QVariantMap>

#include "store_list_model.h"

namespace dienhong::client {

class PollsModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT
  // The tablet's owner: hasVoted / selfEntitled refer to this delegate (0: nobody).
  Q_PROPERTY(qint64 selfDelegateId READ selfDelegateId WRITE setSelfDelegateId NOTIFY
                 selfDelegateIdChanged)
  Q_PROPERTY(QVariantMap openPoll READ openPoll NOTIFY pollsChanged)
  Q_PROPERTY(QVariantMap publishedPoll READ publishedPoll NOTIFY pollsChanged)
  // The newest poll that is neither published nor cancelled (the chair's working poll).
  Q_PROPERTY(QVariantMap activePoll READ activePoll NOTIFY pollsChanged)
  // The newest poll the server would let the chair repeat (RevotePoll): cancelled, or
  // closed / published with a question that failed its rule, and not repeated yet.
  Q_PROPERTY(QVariantMap revotablePoll READ revotablePoll NOTIFY pollsChanged)

 public:
  enum Roles {
    PollIdRole = Qt::UserRole + 1,
    TitleRole,
    KindRole,  // v1::PollKind
    KindTextRole,
    SecretRole,  // bool: bỏ phiếu kín
    StatusRole,  // v1::PollStatus
    StatusTextRole,
    ItemIdRole,
    CountdownSecondsRole,
    ClosesAtRole,       // ms since the epoch (server time); 0: no countdown
    QuestionsRole,      // [{questionId, title, maxChoices, choices: [{choiceId, label}]}]
    EntitledCountRole,  // open: entitled now; closed: at close; prepared: 0
    VotedCountRole,
    HasVotedRole,  // selfDelegateId has voted (participation, never the choice)
    SelfEntitledRole,
    VotedNamesRole,     // open (công khai) polls only: who has voted
    NotVotedNamesRole,  // open polls only: entitled and not voted yet
    ResultTextRole,     // the server's sentence(s); empty before the close
    ResultsRole,        // [{questionId, title, text, hasVerdict, passed, blank,
                        //   bars: [{label, count, fraction}]}]
    CancelReasonRole,
    FailedRole,    // closed or published, and a question failed its rule
    RevoteOfRole,  // the poll this one repeats (0: none)
  };
  Q_ENUM(Roles)

  explicit PollsModel(QObject* parent = nullptr);

  qint64 selfDelegateId() const { return selfDelegateId_; }
  void setSelfDelegateId(qint64 id);
  QVariantMap openPoll() const { return openPoll_; }
  QVariantMap publishedPoll() const { return publishedPoll_; }
  QVariantMap activePoll() const { return activePoll_; }
  QVariantMap revotablePoll() const { return revotablePoll_; }

  // The poll with this id as a map (roles as keys); empty when there is none.
  Q_INVOKABLE QVariantMap poll(qint64 pollId) const;

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void selfDelegateIdChanged();
  void pollsChanged();

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
  void afterChange(const v1::SessionState& previous, const v1::SessionState& now) override;

 private:
  QVariantMap toMap(const v1::SessionState& s, const v1::Poll& p) const;
  void updateSummaries();

  qint64 selfDelegateId_ = 0;
  QVariantMap openPoll_, publishedPoll_, activePoll_, revotablePoll_;
};

}  // namespace dienhong::client
