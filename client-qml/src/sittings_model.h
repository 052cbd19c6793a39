// SittingsModel: the session's sittings (phiên họp), one row per sitting in session order.
//
// Thread-safety: GUI thread only.
#pragma once

#include "store_list_model.h"

namespace dienhong::client {

class SittingsModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT

 public:
  enum Roles {
    SittingIdRole = Qt::UserRole + 1,
    TitleRole,
    StatusRole,       // v1::SittingStatus
    StatusTextRole,
    IsCurrentRole,    // open or suspended
    ParticipantsRole, // present + online in this sitting
    OpenedAtRole,     // QDateTime, invalid when never opened
    ClosedAtRole,
  };
  Q_ENUM(Roles)

  explicit SittingsModel(QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
};

}  // namespace dienhong::client
