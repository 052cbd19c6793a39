// SessionStore: the client's copy of one session's v1::SessionState, built exactly as the
// server builds it: a snapshot, then every live event folded with dienhong::Apply (the
// common fold). A tablet's view therefore cannot disagree with the server's.
//
// Every change goes through one path (commit): the store announces the next state
// (aboutToChange), swaps it in, announces the previous one (changed) and then emits the
// fine-grained NOTIFY signals of the properties that actually changed. List models
// (StoreListModel) diff the two states to emit exact row signals; future models (floor
// queue, polls, questions) plug into the same two signals without touching the store.
//
// Events are applied strictly in sequence: an event at or below last_seq is a duplicate
// (a command's reply and the live stream both carry it) and is ignored; an event beyond
// last_seq + 1 is a gap and is refused, so the caller resubscribes.
//
// Thread-safety: GUI thread only (a QObject used by QML).
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "dienhong/v1/events.pb.h"
#include "dienhong/v1/session.pb.h"

namespace dienhong::client {

class SessionStore : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("A SessionStore belongs to a Connection (Connection.store).")

  Q_PROPERTY(bool loaded READ loaded NOTIFY sessionInfoChanged)
  Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY sessionInfoChanged)
  Q_PROPERTY(QString title READ title NOTIFY sessionInfoChanged)
  Q_PROPERTY(QString councilName READ councilName NOTIFY sessionInfoChanged)
  Q_PROPERTY(QString place READ place NOTIFY sessionInfoChanged)
  Q_PROPERTY(int status READ status NOTIFY sessionInfoChanged)
  Q_PROPERTY(QString statusText READ statusText NOTIFY sessionInfoChanged)

  Q_PROPERTY(qint64 currentSittingId READ currentSittingId NOTIFY currentSittingChanged)
  Q_PROPERTY(QString currentSittingTitle READ currentSittingTitle NOTIFY currentSittingChanged)
  Q_PROPERTY(int currentSittingStatus READ currentSittingStatus NOTIFY currentSittingChanged)
  Q_PROPERTY(QString currentSittingStatusText READ currentSittingStatusText
                 NOTIFY currentSittingChanged)

  Q_PROPERTY(qint64 currentItemId READ currentItemId NOTIFY currentItemChanged)
  Q_PROPERTY(int currentItemNumber READ currentItemNumber NOTIFY currentItemChanged)
  Q_PROPERTY(QString currentItemTitle READ currentItemTitle NOTIFY currentItemChanged)
  Q_PROPERTY(QString currentItemKindText READ currentItemKindText NOTIFY currentItemChanged)
  Q_PROPERTY(QString currentItemPresenter READ currentItemPresenter NOTIFY currentItemChanged)
  // [{title, uri, digest}] of the current item's documents.
  Q_PROPERTY(QVariantList currentItemDocuments READ currentItemDocuments
                 NOTIFY currentItemChanged)

  Q_PROPERTY(qint64 lastSeq READ lastSeq NOTIFY lastSeqChanged)

 public:
  enum class Outcome { Applied, Duplicate, Gap };

  explicit SessionStore(QObject* parent = nullptr);

  const v1::SessionState& state() const { return state_; }

  // Replaces the state with a snapshot (first load, or a resume the server could not
  // serve from memory). Models see only the differences.
  void resetToSnapshot(const v1::SessionState& snapshot);
  // Folds one live event (see the class comment for duplicates and gaps).
  Outcome applyEvent(const v1::Event& event);
  // Folds a batch of consecutive live events (EventBatch) as ONE change, so that the
  // models diff once per batch rather than once per event (a burst of 2,000 votes
  // arrives as one batch). Events already applied are skipped; at a gap, what came
  // before it is kept and Gap is returned.
  Outcome applyEvents(const google::protobuf::RepeatedPtrField<v1::Event>& events);
  // Forgets the session (logout, another session chosen).
  void clear();

  bool loaded() const { return state_.session_id() != 0; }
  qint64 sessionId() const { return state_.session_id(); }
  QString title() const;
  QString councilName() const;
  QString place() const;
  int status() const { return state_.status(); }
  QString statusText() const;

  qint64 currentSittingId() const { return state_.current_sitting_id(); }
  QString currentSittingTitle() const;
  int currentSittingStatus() const;
  QString currentSittingStatusText() const;

  qint64 currentItemId() const { return state_.current_item_id(); }
  int currentItemNumber() const;
  QString currentItemTitle() const;
  QString currentItemKindText() const;
  QString currentItemPresenter() const;
  QVariantList currentItemDocuments() const;

  qint64 lastSeq() const { return state_.last_seq(); }

  // SHA-256 (hex) of the state's deterministic serialization: two stores that folded the
  // same events (or one folded them and one got a snapshot) have the same fingerprint.
  Q_INVOKABLE QString fingerprint() const;

  // Name of a delegate on the session's roster ("" when unknown).
  Q_INVOKABLE QString delegateName(qint64 delegateId) const;

  // Helpers shared by the models.
  static const v1::Sitting* findSitting(const v1::SessionState& s, int64_t id);
  static const v1::AgendaItem* findItem(const v1::SessionState& s, int64_t id);

 signals:
  // `next` is about to replace state(); state() is still the old one.
  void aboutToChange(const dienhong::v1::SessionState& next);
  // state() is the new state; `previous` is the one it replaced.
  void changed(const dienhong::v1::SessionState& previous);
  // After changed(): the event that was folded (snapshots do not emit it).
  void eventApplied(const dienhong::v1::Event& event);

  void sessionInfoChanged();
  void currentSittingChanged();
  void currentItemChanged();
  void lastSeqChanged();

 private:
  void commit(v1::SessionState next);

  v1::SessionState state_;
};

}  // namespace dienhong::client
