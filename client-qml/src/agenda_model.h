// AgendaModel: the session's agenda (chương trình), one row per item in agenda order.
//
// Thread-safety: GUI thread only.
#pragma once

#include "store_list_model.h"

namespace dienhong::client {

class AgendaModel : public StoreListModel {
  Q_OBJECT
  QML_ELEMENT

 public:
  enum Roles {
    ItemIdRole = Qt::UserRole + 1,
    NumberRole,          // 1-based position
    TitleRole,
    KindRole,            // v1::AgendaItemKind
    KindTextRole,
    StatusRole,          // v1::AgendaItemStatus
    StatusTextRole,
    IsCurrentRole,
    PresenterRole,
    PlannedMinutesRole,
    DocumentsRole,       // [{title, uri, digest}]
    DocumentCountRole,
  };
  Q_ENUM(Roles)

  explicit AgendaModel(QObject* parent = nullptr);

  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 protected:
  std::vector<int64_t> rowKeys(const v1::SessionState& s) const override;
  bool sameRow(const v1::SessionState& a, const v1::SessionState& b, int row) const override;
};

}  // namespace dienhong::client
