// StoreListModel: base of the list models over a SessionStore (agenda, sittings,
// attendance; later the floor queue, polls and questions).
//
// A subclass says which rows a state has (rowKeys) and whether one row looks the same in
// two states (sameRow); this class turns every store change into exact model signals:
// rows appended at the end -> rowsInserted; rows whose data changed -> dataChanged (in
// contiguous ranges); anything else (another session, a reordered list) -> a model reset.
// data() reads the store's state: models never do I/O.
//
// Thread-safety: GUI thread only.
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <vector>

#include "session_store.h"

namespace dienhong::client {

class StoreListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ANONYMOUS
  Q_PROPERTY(dienhong::client::SessionStore* store READ store WRITE setStore NOTIFY storeChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  explicit StoreListModel(QObject* parent = nullptr);

  SessionStore* store() const { return store_; }
  void setStore(SessionStore* store);
  int count() const { return rowCount(); }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;

 signals:
  void storeChanged();
  void countChanged();

 protected:
  // The state the model shows (an empty state without a store).
  const v1::SessionState& state() const;
  // One stable key per row, in row order.
  virtual std::vector<int64_t> rowKeys(const v1::SessionState& s) const = 0;
  // Whether row `row` (same key in both) shows the same data in `a` and `b`.
  virtual bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const = 0;
  // Called after the row signals of a change, for model-level properties.
  virtual void afterChange(const v1::SessionState& previous, const v1::SessionState& now) {}
  // Re-evaluates every row against the current state (e.g. a filter property changed).
  void refreshAll();
  // Recomputes the rows from scratch (a filter property changed which rows there are).
  void resetRows();

 private:
  void attach(SessionStore* store);
  void onAboutToChange(const v1::SessionState& next);
  void onChanged(const v1::SessionState& previous);

  enum class Pending { None, Insert, Reset };
  QPointer<SessionStore> store_;
  std::vector<int64_t> keys_;  // the rows as the views know them
  Pending pending_ = Pending::None;
  std::vector<int64_t> nextKeys_;
};

}  // namespace dienhong::client
