#include "store_list_model.h"

#include <algorithm>

namespace dienhong::client {
namespace {
const v1::SessionState& EmptyState() {
  static const v1::SessionState empty;
  return empty;
}
}  // namespace

StoreListModel::StoreListModel(QObject* parent) : QAbstractListModel(parent) {}

const v1::SessionState& StoreListModel::state() const {
  return store_ ? store_->state() : EmptyState();
}

int StoreListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(keys_.size());
}

void StoreListModel::setStore(SessionStore* store) {
  if (store_ == store) return;
  attach(store);
}

void StoreListModel::attach(SessionStore* store) {
  // Copy: the old store may be on its way out.
  const v1::SessionState previous = store_ ? store_->state() : EmptyState();
  beginResetModel();
  if (store_) disconnect(store_, nullptr, this, nullptr);
  store_ = store;
  if (store_) {
    connect(store_, &SessionStore::aboutToChange, this, &StoreListModel::onAboutToChange);
    connect(store_, &SessionStore::changed, this, &StoreListModel::onChanged);
    // The QPointer is already null when destroyed() is emitted: detach explicitly.
    connect(store_, &QObject::destroyed, this, [this] { attach(nullptr); });
  }
  keys_ = rowKeys(state());
  endResetModel();
  afterChange(previous, state());
  emit storeChanged();
  emit countChanged();
}

void StoreListModel::onAboutToChange(const v1::SessionState& next) {
  nextKeys_ = rowKeys(next);
  const bool prefix = nextKeys_.size() >= keys_.size() &&
                      std::equal(keys_.begin(), keys_.end(), nextKeys_.begin());
  if (!prefix) {
    pending_ = Pending::Reset;
    beginResetModel();
  } else if (nextKeys_.size() > keys_.size()) {
    pending_ = Pending::Insert;
    beginInsertRows(QModelIndex(), static_cast<int>(keys_.size()),
                    static_cast<int>(nextKeys_.size()) - 1);
  } else {
    pending_ = Pending::None;
  }
}

void StoreListModel::onChanged(const v1::SessionState& previous) {
  const size_t oldRows = keys_.size();
  const Pending pending = std::exchange(pending_, Pending::None);
  keys_ = std::move(nextKeys_);
  nextKeys_.clear();
  if (pending == Pending::Reset) {
    endResetModel();
  } else {
    if (pending == Pending::Insert) endInsertRows();
    // Rows that existed before: emit dataChanged for contiguous runs that differ.
    const int n = static_cast<int>(oldRows);
    int runStart = -1;
    for (int row = 0; row <= n; ++row) {
      const bool differs = row < n && !sameRow(previous, state(), row);
      if (differs && runStart < 0) runStart = row;
      if (!differs && runStart >= 0) {
        emit dataChanged(index(runStart), index(row - 1));
        runStart = -1;
      }
    }
  }
  if (keys_.size() != oldRows || pending == Pending::Reset) emit countChanged();
  afterChange(previous, state());
}

void StoreListModel::refreshAll() {
  if (!keys_.empty()) emit dataChanged(index(0), index(static_cast<int>(keys_.size()) - 1));
  afterChange(state(), state());
}

void StoreListModel::resetRows() {
  beginResetModel();
  keys_ = rowKeys(state());
  endResetModel();
  emit countChanged();
  afterChange(state(), state());
}

}  // namespace dienhong::client
